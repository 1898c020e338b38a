// Greedy line breaking for text drawn without a browser (chart labels, social cards): breaks at spaces and between
// CJK characters, never at a no-break space, and cuts a word wider than a line between characters. The caller
// measures: approximate widths for charts, real font metrics for cards.

/** Width in px of a piece of text. */
export type Measure = (text: string) => number;

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

/** True for characters that take a full em and may break a line on either side (CJK, Hangul, full-width, emoji). */
export function isWideChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return WIDE_RANGES.some(([from, to]) => code >= from && code <= to);
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
function breakWord(word: string, maxWidth: number, width: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && width(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export interface WrapResult {
  lines: string[];
  /** True when the text did not fit in `maxLines` and the last line ends with an ellipsis. */
  truncated: boolean;
}

/** The longest start of `text` that fits with "…" after it, cut at a word boundary when there is one. */
export function ellipsize(text: string, maxWidth: number, width: Measure): string {
  if (width(text) <= maxWidth) return text;
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && width(`${chars.slice(0, end).join('').trimEnd()}…`) > maxWidth) end--;
  const cut = chars.slice(0, end).join('');
  const atSpace = cut.lastIndexOf(' ');
  const head = atSpace > cut.length / 2 ? cut.slice(0, atSpace) : cut;
  return `${head.trimEnd().replace(/[,;:.\-–—]+$/, '')}…`;
}

/**
 * `text` in lines no wider than `maxWidth`; blank text gives no lines. With `maxLines`, what does not fit is cut
 * and the last line ends with "…".
 */
export function wrapText(text: string, maxWidth: number, width: Measure, maxLines = Infinity): WrapResult {
  const lines: string[] = [];
  let line = '';
  for (const token of tokenize(text)) {
    const joined = line ? line + (token.spaced ? ' ' : '') + token.text : token.text;
    if (width(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakWord(token.text, maxWidth, width);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(lines.slice(maxLines - 1).join(' '), maxWidth, width);
  return { lines: kept, truncated: true };
}
