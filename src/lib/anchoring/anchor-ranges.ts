// Cuts a text into segments for rendering highlights of anchored ranges that may overlap or nest,
// optionally within paragraphs, and marks each range's first and last segment (for anchor ids).

/** A quote already anchored in the text. */
export interface AnchoredRange {
  /** Unique id of the range, e.g. the claim id. */
  id: string;
  /** Offset where the range starts. */
  start: number;
  /** Offset just after the range. */
  end: number;
}

/** A stretch of text covered by the same set of ranges (possibly none). */
export interface TextSegment {
  /** Offset where the segment starts. */
  start: number;
  /** Offset just after the segment. */
  end: number;
  /** The text of the segment. */
  text: string;
  /** Every range covering the segment, outermost first; the order of two ranges is the same in every segment. */
  ids: string[];
  /** The ids whose range is first rendered in this segment: put the range's anchor id (back-link target) here. */
  firstIds: string[];
  /** The ids whose range is last rendered in this segment. */
  lastIds: string[];
}

/** A [start, end) span of the text. */
export interface TextSpan {
  /** Offset where the span starts. */
  start: number;
  /** Offset just after the span. */
  end: number;
}

/** A paragraph of the text and its segments. */
export interface ParagraphSegments extends TextSpan {
  /** The text of the paragraph, without surrounding whitespace. */
  text: string;
  /** The paragraph cut into segments; together they cover it exactly. */
  segments: TextSegment[];
}

function assertRanges(text: string, ranges: readonly AnchoredRange[], caller: string): void {
  if (typeof text !== 'string') throw new TypeError(`${caller}: text must be a string, got ${typeof text}`);
  if (!Array.isArray(ranges)) throw new TypeError(`${caller}: ranges must be an array`);
  const seen = new Set<string>();
  for (const range of ranges) {
    const { id, start, end } = range;
    if (typeof id !== 'string' || id === '') throw new TypeError(`${caller}: every range needs a non-empty string id`);
    if (seen.has(id)) throw new RangeError(`${caller}: range id "${id}" is used twice`);
    seen.add(id);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
      throw new RangeError(`${caller}: range "${id}" [${start}, ${end}) is not a non-empty range within 0..${text.length}`);
    }
  }
}

/** Ranges outermost first: earlier start, then longer, then input order. */
function outermostFirst(ranges: readonly AnchoredRange[]): AnchoredRange[] {
  return ranges
    .map((range, index) => ({ range, index }))
    .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end || a.index - b.index)
    .map(({ range }) => range);
}

/** Segments covering [from, to) of the text, cut wherever a range starts or ends (first/last not yet marked). */
function cut(text: string, ordered: readonly AnchoredRange[], from: number, to: number): TextSegment[] {
  const cuts = new Set([from, to]);
  for (const { start, end } of ordered) {
    if (start > from && start < to) cuts.add(start);
    if (end > from && end < to) cuts.add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const ids = ordered.filter((r) => r.start <= start && r.end >= end).map((r) => r.id);
    segments.push({ start, end, text: text.slice(start, end), ids, firstIds: [], lastIds: [] });
  }
  return segments;
}

/** Fills firstIds and lastIds: the first and last segment, in order, in which each id appears. */
function markFirstAndLast(segments: readonly TextSegment[]): void {
  const seenFirst = new Set<string>();
  for (const segment of segments) {
    segment.firstIds = segment.ids.filter((id) => !seenFirst.has(id));
    for (const id of segment.firstIds) seenFirst.add(id);
  }
  const seenLast = new Set<string>();
  for (const segment of [...segments].reverse()) {
    segment.lastIds = segment.ids.filter((id) => !seenLast.has(id));
    for (const id of segment.lastIds) seenLast.add(id);
  }
}

/** The whole text as consecutive segments; a segment with no ids is plain text. */
export function segmentText(text: string, ranges: readonly AnchoredRange[]): TextSegment[] {
  assertRanges(text, ranges, 'segmentText');
  const segments = cut(text, outermostFirst(ranges), 0, text.length);
  markFirstAndLast(segments);
  return segments;
}

/**
 * Paragraphs of the text, trimmed: separated by blank lines, or, if the text has no blank line
 * between two lines of text, one paragraph per line.
 */
export function splitParagraphs(text: string): TextSpan[] {
  if (typeof text !== 'string') throw new TypeError(`splitParagraphs: text must be a string, got ${typeof text}`);
  // Each line, trimmed; undefined for a blank line.
  const lines: Array<TextSpan | undefined> = [];
  const lineBreak = /\r\n|\r|\n/g;
  for (let at = 0; ; ) {
    lineBreak.lastIndex = at;
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(at, end);
    const leading = line.length - line.trimStart().length;
    const trailing = line.length - line.trimEnd().length;
    lines.push(line.trim() === '' ? undefined : { start: at + leading, end: end - trailing });
    if (!found) break;
    at = found.index + found[0].length;
  }
  const firstText = lines.findIndex((line) => line !== undefined);
  const lastText = lines.findLastIndex((line) => line !== undefined);
  const hasBlankLine = lines.slice(firstText, lastText + 1).includes(undefined);
  if (!hasBlankLine) return lines.filter((line): line is TextSpan => line !== undefined);

  const paragraphs: TextSpan[] = [];
  let current: TextSpan | undefined;
  for (const line of lines) {
    if (line === undefined) {
      if (current) paragraphs.push(current);
      current = undefined;
    } else {
      current = current ? { start: current.start, end: line.end } : { ...line };
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/**
 * The text's paragraphs (see splitParagraphs), each cut into segments; a range that spans paragraphs
 * is split, and firstIds/lastIds mark its first and last segment overall. Whitespace between
 * paragraphs belongs to no segment.
 */
export function segmentParagraphs(text: string, ranges: readonly AnchoredRange[]): ParagraphSegments[] {
  assertRanges(text, ranges, 'segmentParagraphs');
  const ordered = outermostFirst(ranges);
  const paragraphs = splitParagraphs(text).map((p) => ({
    ...p,
    text: text.slice(p.start, p.end),
    segments: cut(text, ordered, p.start, p.end),
  }));
  markFirstAndLast(paragraphs.flatMap((p) => p.segments));
  return paragraphs;
}
