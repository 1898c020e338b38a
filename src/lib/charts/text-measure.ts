// Approximate text width from font size and characters (no DOM available at build time), and
// greedy word wrapping on top of it. Used for label collision checks and wrapping.

/** Average advance of Latin letters, digits and punctuation, in em. */
export const AVERAGE_CHAR_EM = 0.6;
/** Advance of CJK, Hangul, full-width forms and emoji, in em. */
export const WIDE_CHAR_EM = 1;

const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0xa4cf], // CJK radicals, kana, CJK ideographs, Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6],
  [0x1f300, 0x1faff], // emoji
  [0x20000, 0x3fffd], // CJK extensions
];

/** True for characters that take a full em (CJK, Hangul, full-width, emoji). */
export function isWideChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return WIDE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** Approximate rendered width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += isWideChar(char) ? WIDE_CHAR_EM : AVERAGE_CHAR_EM;
  return em * fontSize;
}

/** Width of the widest of several texts. */
export function maxTextWidth(texts: readonly string[], fontSize: number): number {
  return texts.reduce((widest, text) => Math.max(widest, textWidth(text, fontSize)), 0);
}

/** Whitespace that may break a line; no-break spaces (U+00A0, U+2007, U+202F) keep "191.2 M" together. */
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]/;

interface Token {
  text: string;
  /** Whether a space separated this token from the previous one (CJK characters break without one). */
  spaced: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let spaced = false;
  const flush = (): void => {
    if (word) tokens.push({ text: word, spaced });
    word = '';
    spaced = false;
  };
  for (const char of text) {
    if (BREAKING_SPACE.test(char)) {
      flush();
      spaced = tokens.length > 0;
    } else if (isWideChar(char)) {
      const hadSpace = spaced;
      flush();
      tokens.push({ text: char, spaced: hadSpace });
    } else {
      word += char;
    }
  }
  flush();
  return tokens;
}

/** Splits a word wider than maxWidth into pieces that fit (at least one character each). */
function breakWord(word: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(piece + char, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy wrap of `text` into lines no wider than `maxWidth` px at `fontSize`. Breaks at spaces and
 * between CJK characters; a single word wider than a line is broken between characters.
 * Blank text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokenize(text)) {
    const joined = line ? line + (token.spaced ? ' ' : '') + token.text : token.text;
    if (textWidth(joined, fontSize) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakWord(token.text, maxWidth, fontSize);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}
