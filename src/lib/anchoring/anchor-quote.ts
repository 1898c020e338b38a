// Anchors a quote (W3C TextQuoteSelector: exact words, optional prefix/suffix) in an original text,
// tolerant of typing differences; reports original offsets, or why not and what is nearest.
import { nearestPassage } from './nearest-passage.ts';
import { normalize, normalizeString, toOriginalRange, type NormalizedText } from './normalize.ts';

/** The words to find; the same fields as a TextQuoteSelector, without `type`. */
export interface QuoteToAnchor {
  /** The quoted words. */
  exact: string;
  /** Words just before the quote, to tell repeated quotes apart. */
  prefix?: string | undefined;
  /** Words just after the quote, to tell repeated quotes apart. */
  suffix?: string | undefined;
}

/** Where the quote is expected to be, e.g. its position before the original was edited. */
export interface AnchorHint {
  /** Expected start offset in the original; among equally good matches the closest wins. */
  start?: number | undefined;
}

/** How a quote that anchored was told apart from other occurrences. */
export type AnchorResolution = 'unique' | 'context' | 'hint';

/** The quote was found once, or one occurrence was picked by context or hint. */
export interface AnchorSuccess {
  /** Always true. */
  ok: true;
  /** Offset in the original text where the quote starts. */
  start: number;
  /** Offset in the original text just after the quote. */
  end: number;
  /** The original text between start and end (may differ from the quote in case, spacing, punctuation). */
  exact: string;
  /** How many times the quote occurs in the text. */
  occurrences: number;
  /** 'unique' if it occurs once, 'context' if prefix/suffix picked it, 'hint' if the position hint did. */
  resolvedBy: AnchorResolution;
}

/** Why a quote could not be anchored. */
export type AnchorFailureReason = 'not-found' | 'ambiguous' | 'empty-quote';

/** A passage an editor may have meant. */
export interface AnchorCandidate {
  /** Offset in the original text where the passage starts. */
  start: number;
  /** Offset in the original text just after the passage. */
  end: number;
  /** The original text between start and end. */
  passage: string;
  /** The passage with some words around it, as `…before[passage]after…`, for messages. */
  context: string;
  /** How close the passage is to the quote, 0..1 (1 for an exact occurrence). */
  similarity: number;
}

/** The quote could not be anchored. */
export interface AnchorFailure {
  /** Always false. */
  ok: false;
  /** not-found: no occurrence; ambiguous: several, nothing picks one; empty-quote: nothing to find. */
  reason: AnchorFailureReason;
  /** not-found: the nearest passage (if the text is not empty); ambiguous: the tied occurrences. */
  candidates: AnchorCandidate[];
  /** How many times the quote occurs in the text. */
  occurrences: number;
}

/** The outcome of anchoring one quote. */
export type AnchorResult = AnchorSuccess | AnchorFailure;

/** Characters of original text shown on each side of a candidate in messages. */
const CONTEXT_CHARS = 30;

/** The last text normalised, kept because many quotes are anchored in the same original in a row. */
let lastNormalized: NormalizedText | undefined;

function normalizeCached(text: string): NormalizedText {
  if (lastNormalized?.source !== text) lastNormalized = normalize(text);
  return lastNormalized;
}

function assertInput(text: unknown, selector: unknown, hint: unknown): asserts selector is QuoteToAnchor {
  if (typeof text !== 'string') throw new TypeError(`anchorQuote: text must be a string, got ${typeof text}`);
  if (typeof selector !== 'object' || selector === null) throw new TypeError('anchorQuote: selector must be an object with `exact`');
  const { exact, prefix, suffix } = selector as Record<string, unknown>;
  if (typeof exact !== 'string') throw new TypeError(`anchorQuote: selector.exact must be a string, got ${typeof exact}`);
  for (const [name, value] of [['prefix', prefix], ['suffix', suffix]] as const) {
    if (value !== undefined && typeof value !== 'string') {
      throw new TypeError(`anchorQuote: selector.${name} must be a string when given, got ${typeof value}`);
    }
  }
  if (hint === undefined) return;
  if (typeof hint !== 'object' || hint === null) throw new TypeError('anchorQuote: hint must be an object like { start: 120 }');
  const { start } = hint as Record<string, unknown>;
  if (start !== undefined && (typeof start !== 'number' || !Number.isFinite(start) || start < 0)) {
    throw new RangeError(`anchorQuote: hint.start must be a finite offset ≥ 0, got ${String(start)}`);
  }
}

/** Every start offset of `needle` in `haystack`, overlapping occurrences included. */
function findAll(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** How many trailing characters of `prefix` agree with the text just before `at` (a space between is ignored). */
function prefixAgreement(text: string, at: number, prefix: string): number {
  let end = at;
  if (text[end - 1] === ' ') end -= 1;
  let count = 0;
  while (count < prefix.length && count < end && prefix[prefix.length - 1 - count] === text[end - 1 - count]) count++;
  return count;
}

/** How many leading characters of `suffix` agree with the text just after `at` (a space between is ignored). */
function suffixAgreement(text: string, at: number, suffix: string): number {
  let start = at;
  if (text[start] === ' ') start += 1;
  let count = 0;
  while (count < suffix.length && start + count < text.length && suffix[count] === text[start + count]) count++;
  return count;
}

/** Moves `start` left and `end` right so they do not cut a word in two. */
function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  const word = /[\p{L}\p{N}]/u;
  while (start > 0 && word.test(text[start - 1] ?? '') && word.test(text[start] ?? '')) start--;
  while (end < text.length && word.test(text[end - 1] ?? '') && word.test(text[end] ?? '')) end++;
  return { start, end };
}

/** Moves `start` right and `end` left past whitespace. */
function trimSpace(text: string, { start, end }: { start: number; end: number }): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

/** `…before[passage]after…` with about CONTEXT_CHARS characters of whole words on each side. */
function passageInContext(text: string, start: number, end: number, contextChars = CONTEXT_CHARS): string {
  const around = snapToWords(text, Math.max(0, start - contextChars), Math.min(text.length, end + contextChars));
  const before = oneLine(text.slice(around.start, start)).trimStart();
  const after = oneLine(text.slice(end, around.end)).trimEnd();
  const open = around.start > 0 ? '…' : '';
  const close = around.end < text.length ? '…' : '';
  return `${open}${before}[${oneLine(text.slice(start, end))}]${after}${close}`;
}

function candidate(text: string, start: number, end: number, similarity: number): AnchorCandidate {
  return { start, end, passage: text.slice(start, end), context: passageInContext(text, start, end), similarity };
}

/** Most candidates listed in a message; the rest are summed up as "… and N more". */
const MAX_LISTED = 10;

/** `1) "…[passage]…"` for each candidate, up to MAX_LISTED, then `… and N more`. */
export function listCandidates(candidates: readonly AnchorCandidate[]): string[] {
  const lines = candidates.slice(0, MAX_LISTED).map((c, i) => `${i + 1}) "${c.context}"`);
  if (candidates.length > MAX_LISTED) lines.push(`… and ${candidates.length - MAX_LISTED} more`);
  return lines;
}

/** Similarity as a whole percentage that only says 100 % when the passage is identical. */
export function percent(similarity: number): number {
  const value = Math.round(similarity * 100);
  return value === 100 && similarity < 1 ? 99 : value;
}

function notFound(normalized: NormalizedText, quote: string): AnchorFailure {
  const match = nearestPassage(normalized.text, quote);
  if (match === undefined) {
    return { ok: false, reason: 'not-found', candidates: [], occurrences: 0 };
  }
  const original = toOriginalRange(normalized, match.from, match.to);
  const words = trimSpace(normalized.source, snapToWords(normalized.source, original.start, original.end));
  const nearest = candidate(normalized.source, words.start, words.end, match.similarity);
  return { ok: false, reason: 'not-found', candidates: [nearest], occurrences: 0 };
}

function ambiguous(tied: AnchorCandidate[], occurrences: number): AnchorFailure {
  return { ok: false, reason: 'ambiguous', candidates: tied, occurrences };
}

/**
 * Find `selector.exact` in `text`, ignoring differences in case, whitespace, full-width forms, curly
 * quotes, dashes and ellipses. Repeated quotes are told apart by prefix/suffix, then by `hint.start`.
 * Offsets in the result are in `text` itself. Throws TypeError/RangeError on malformed arguments.
 */
export function anchorQuote(text: string, selector: QuoteToAnchor, hint?: AnchorHint): AnchorResult {
  assertInput(text, selector, hint);
  const quote = normalizeString(selector.exact);
  if (quote === '') {
    return { ok: false, reason: 'empty-quote', candidates: [], occurrences: 0 };
  }
  const normalized = normalizeCached(text);
  const found = findAll(normalized.text, quote);
  const occurrences = found.length;
  const success = (at: number, resolvedBy: AnchorResolution): AnchorSuccess => {
    const { start, end } = toOriginalRange(normalized, at, at + quote.length);
    return { ok: true, start, end, exact: text.slice(start, end), occurrences, resolvedBy };
  };

  if (occurrences === 0) return notFound(normalized, quote);
  const [first] = found;
  if (occurrences === 1 && first !== undefined) return success(first, 'unique');

  // Several occurrences: keep those whose surroundings agree best with prefix and suffix.
  const prefix = selector.prefix === undefined ? '' : normalizeString(selector.prefix);
  const suffix = selector.suffix === undefined ? '' : normalizeString(selector.suffix);
  const scores = found.map(
    (at) => prefixAgreement(normalized.text, at, prefix) + suffixAgreement(normalized.text, at + quote.length, suffix),
  );
  const bestScore = scores.reduce((best, score) => Math.max(best, score), 0);
  let tied = found.filter((_, i) => scores[i] === bestScore);
  let resolvedBy: AnchorResolution = 'context';

  // Still tied: the occurrence closest to the hinted position, if exactly one is closest.
  const hintStart = hint?.start;
  if (tied.length > 1 && hintStart !== undefined) {
    const distance = (at: number): number => Math.abs(toOriginalRange(normalized, at, at + 1).start - hintStart);
    const closest = tied.reduce((best, at) => Math.min(best, distance(at)), Number.POSITIVE_INFINITY);
    tied = tied.filter((at) => distance(at) === closest);
    resolvedBy = 'hint';
  }
  const [only] = tied;
  if (tied.length === 1 && only !== undefined) return success(only, resolvedBy);

  const candidates = tied.map((at) => {
    const { start, end } = toOriginalRange(normalized, at, at + quote.length);
    return candidate(text, start, end, 1);
  });
  return ambiguous(candidates, occurrences);
}
