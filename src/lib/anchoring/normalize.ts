// Builds a normalised copy of a text for tolerant quote matching (case, whitespace, full-width, quotes,
// dashes, ellipses), with a map from every normalised character back to its [start, end) in the original.

/** A normalised text and its map back to the original. */
export interface NormalizedText {
  /** The text it was built from. */
  source: string;
  /** The normalised text: lower case, ASCII punctuation, whitespace collapsed, trimmed. */
  text: string;
  /** starts[i] is the offset in `source` where the character that produced text[i] begins. */
  starts: number[];
  /** ends[i] is the offset in `source` (exclusive) where that character ends. */
  ends: number[];
}

/** Characters that NFKC leaves alone but that editors type differently; the value replaces the key. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  // Single quotes and apostrophes (’ vs ').
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'", '\u00B4': "'",
  // Double quotes and quote-like brackets.
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u300C': '"', '\u300D': '"', '\u300E': '"', '\u300F': '"', '\u300A': '"', '\u300B': '"',
  // Dashes and minus signs.
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  // CJK punctuation that has no compatibility decomposition (full-width forms are handled by NFKC).
  '\u3002': '.', '\u3001': ',', '\u3010': '[', '\u3011': ']', '\u3014': '(', '\u3015': ')',
  // Invisible characters: dropped.
  '\u00AD': '', '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '',
};

/** Punctuation next to which whitespace does not count ("day!Xiaomi" matches "day! Xiaomi", "（" matches " ("). */
const SPACE_INSENSITIVE = new Set([',', '.', ';', ':', '!', '?', '(', ')']);

/** A base character with its combining marks, so composed and decomposed accents normalise alike (sticky: read at an offset). */
const UNIT = /\P{M}\p{M}*|\p{M}+/uy;

const WHITESPACE = /^\s$/u;

/** The normalised form of one unit of the original (may be empty or several characters). */
function normalizeUnit(unit: string): string {
  let out = '';
  for (const char of unit.normalize('NFKC')) out += REPLACEMENTS[char] ?? char;
  return out.toLowerCase();
}

/** Precomputed normalised forms of the ASCII characters: most of any text, so the fast path of normalize(). */
const ASCII_UNITS: readonly string[] = Array.from({ length: 128 }, (_, code) => normalizeUnit(String.fromCharCode(code)));
const ASCII_SPACE: readonly boolean[] = Array.from({ length: 128 }, (_, code) => WHITESPACE.test(String.fromCharCode(code)));
/** No combining mark (\p{M}) lies below U+0300, so an ASCII character followed by a code unit below it is a unit on its own. */
const FIRST_MARK = 0x300;

/**
 * Normalise `source` for matching. Every character of the result maps back to the original:
 * `source.slice(starts[i], ends[i])` is what produced `text[i]`.
 */
export function normalize(source: string): NormalizedText {
  if (typeof source !== 'string') throw new TypeError(`normalize: expected a string, got ${typeof source}`);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  /** A run of whitespace not yet written: written as one space only if the next character needs it. */
  let pendingSpace: { start: number; end: number } | undefined;

  // The last character written, kept aside: reading text[text.length - 1] would flatten the string being built
  // on every call, which made normalising a whole article quadratic in its length.
  let previous = '';
  const emit = (char: string, start: number, end: number): void => {
    text += char;
    previous = char;
    starts.push(start);
    ends.push(end);
  };

  const length = source.length;
  for (let start = 0; start < length; ) {
    const code = source.charCodeAt(start);
    let end: number;
    let normalizedUnit: string;
    if (code < 0x80 && (start + 1 >= length || source.charCodeAt(start + 1) < FIRST_MARK)) {
      // Fast path: a lone ASCII character (no combining mark follows).
      end = start + 1;
      if (ASCII_SPACE[code]) {
        pendingSpace = pendingSpace ? { start: pendingSpace.start, end } : { start, end };
        start = end;
        continue;
      }
      normalizedUnit = ASCII_UNITS[code] as string;
    } else {
      UNIT.lastIndex = start;
      const match = UNIT.exec(source);
      end = match ? start + match[0].length : start + 1;
      normalizedUnit = normalizeUnit(source.slice(start, end));
    }
    // One map entry per UTF-16 code unit, so offsets into `text` index `starts` and `ends` directly.
    for (let k = 0; k < normalizedUnit.length; k++) {
      const char = normalizedUnit.charAt(k);
      if (WHITESPACE.test(char)) {
        pendingSpace = pendingSpace ? { start: pendingSpace.start, end } : { start, end };
        continue;
      }
      if (pendingSpace) {
        const needed = previous !== '' && !SPACE_INSENSITIVE.has(previous) && !SPACE_INSENSITIVE.has(char);
        if (needed) emit(' ', pendingSpace.start, pendingSpace.end);
        pendingSpace = undefined;
      }
      emit(char, start, end);
    }
    start = end;
  }
  return { source, text, starts, ends };
}

/** Normalised form of a string, without the map (for comparing prefixes, suffixes and ids). */
export function normalizeString(source: string): string {
  return normalize(source).text;
}

/** The original [start, end) covered by the normalised range [from, to). */
export function toOriginalRange(normalized: NormalizedText, from: number, to: number): { start: number; end: number } {
  const length = normalized.text.length;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > length || from >= to) {
    throw new RangeError(`toOriginalRange: [${from}, ${to}) is not a non-empty range within 0..${length}`);
  }
  const start = normalized.starts[from];
  const end = normalized.ends[to - 1];
  if (start === undefined || end === undefined) throw new RangeError(`toOriginalRange: [${from}, ${to}) has no map`);
  return { start, end };
}
