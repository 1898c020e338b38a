// W3C Web Annotation selectors for a quote in a text, and `describeQuote`, which builds the
// TextQuoteSelector (exact words plus a little context) for a known position, e.g. for export.

/** A quote identified by its words: https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  /** Always 'TextQuoteSelector'. */
  type: 'TextQuoteSelector';
  /** The quoted words, exactly as in the text. */
  exact: string;
  /** Text just before the quote, used to tell repeated quotes apart. */
  prefix?: string;
  /** Text just after the quote, used to tell repeated quotes apart. */
  suffix?: string;
}

/** A quote identified by its offsets: https://www.w3.org/TR/annotation-model/#text-position-selector */
export interface TextPositionSelector {
  /** Always 'TextPositionSelector'. */
  type: 'TextPositionSelector';
  /** Offset of the first character of the quote, in Unicode code points (the model requires code points, not the
   * UTF-16 code units of a JavaScript string: an emoji counts once). */
  start: number;
  /** Offset just after the last character of the quote, in code points. */
  end: number;
}

/** Default number of characters of context kept on each side of a quote. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/** Throws a RangeError unless [start, end) is a non-empty range inside `text`. */
export function assertRange(text: string, start: number, end: number, caller: string): void {
  if (typeof text !== 'string') throw new TypeError(`${caller}: text must be a string, got ${typeof text}`);
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`${caller}: start and end must be integers, got ${start} and ${end}`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`${caller}: [${start}, ${end}) is not a non-empty range within 0..${text.length}`);
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** A selector for `text.slice(start, end)` with up to `contextLength` characters of prefix and suffix. */
export function describeQuote(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): TextQuoteSelector {
  assertRange(text, start, end, 'describeQuote');
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`describeQuote: contextLength must be a whole number ≥ 0, got ${contextLength}`);
  }
  let prefixStart = Math.max(0, start - contextLength);
  let suffixEnd = Math.min(text.length, end + contextLength);
  // Never cut an emoji or other astral character in half at the edge of the context.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;

  const selector: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(start, end) };
  const prefix = text.slice(prefixStart, start);
  const suffix = text.slice(end, suffixEnd);
  if (prefix) selector.prefix = prefix;
  if (suffix) selector.suffix = suffix;
  return selector;
}

/** Code points in text.slice(0, offset). */
const codePointsBefore = (text: string, offset: number): number => {
  let count = 0;
  for (let i = 0; i < offset; i++) if (!isLowSurrogate(text.charCodeAt(i)) || i === 0 || !isHighSurrogate(text.charCodeAt(i - 1))) count += 1;
  return count;
};

/** The TextPositionSelector for [start, end) in `text` (JavaScript string offsets), counted in code points. */
export function describePosition(text: string, start: number, end: number): TextPositionSelector {
  assertRange(text, start, end, 'describePosition');
  return { type: 'TextPositionSelector', start: codePointsBefore(text, start), end: codePointsBefore(text, end) };
}
