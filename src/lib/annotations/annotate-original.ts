// Lays out the article under review for the annotated page: claim highlights and glossary terms, each paragraph cut
// into runs at the sentence breaks around the claims' passages, with each claim's note after the run its passage
// ends in. The runs, and the whitespace between paragraphs, hold the article's text and nothing else: the page's text
// is exactly `text`, the text the Web Annotation selectors describe (notes live outside it, see AnnotatedOriginal.astro).
import { anchorQuote, type AnchorFailure } from '../anchoring/anchor-quote.ts';
import { segmentParagraphs, type AnchoredRange, type TextSegment } from '../anchoring/anchor-ranges.ts';
import { sentenceStarts } from '../text/sentences.ts';

/** Id of the element on the annotated page whose text is exactly the article's (the selectors' scope). */
export const ORIGINAL_TEXT_ID = 'original-text';

export interface ClaimQuote {
  slug: string;
  quote: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

export interface ClaimAnchor {
  slug: string;
  start: number;
  end: number;
}

export interface TermWords {
  id: string;
  /** Words marking the term, matched case-insensitively on word boundaries. */
  words: readonly string[];
}

export interface AnnotatedSegment {
  text: string;
  /** Claims highlighting this stretch, outermost first. */
  claims: string[];
  /** Claims whose highlight starts here (put the passage anchor here). */
  claimStarts: string[];
  /** Claims whose highlight ends here (put the note reference after it). */
  claimEnds: string[];
  /** Glossary term this stretch is an occurrence of. */
  term?: string | undefined;
}

/** A stretch of a paragraph shown as one block, followed on the page by the notes of the passages ending in it. */
export interface AnnotatedRun {
  /** 1, 2, … in reading order across the whole article (the page's element ids and grid rows use it). */
  number: number;
  segments: AnnotatedSegment[];
  /** Claims whose passage ends in this run, in reading order: their notes come after it. */
  notes: string[];
}

export interface AnnotatedParagraph {
  /** The article's text between the previous paragraph (or the start) and this one: blank lines, usually. */
  before: string;
  /** The paragraph in runs; a paragraph without claims is one run. */
  runs: AnnotatedRun[];
}

export interface AnnotatedOriginal {
  /** The article's text as the page holds it (line breaks as \n): the selectors' offsets count in it. */
  text: string;
  paragraphs: AnnotatedParagraph[];
  /** The article's text after the last paragraph (trailing whitespace). */
  after: string;
  /** Anchored claims in reading order. */
  anchors: ClaimAnchor[];
  /** Claims whose quote could not be placed; the build's checks report them, the page leaves them out. */
  unanchored: Array<{ slug: string; failure: AnchorFailure }>;
}

/**
 * The text of an original as the page holds it: line breaks as \n (the HTML parser turns every \r\n and \r into
 * \n), without the blank lines around the article, which are not part of it.
 */
export function pageText(body: string): string {
  return body.replace(/\r\n?/g, '\n').trim();
}

/** The quote selectors of claims, as the anchoring reads them. */
export function claimQuotes(claims: ReadonlyArray<{ slug: string; data: { quote: string; prefix?: string | undefined; suffix?: string | undefined } }>): ClaimQuote[] {
  return claims.map((c) => ({ slug: c.slug, quote: c.data.quote, prefix: c.data.prefix, suffix: c.data.suffix }));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Occurrences of glossary words, longest words first so "Hsi Kirin" wins over "Kirin"; no two overlap. */
export function findTermOccurrences(text: string, terms: readonly TermWords[]): AnchoredRange[] {
  const words = terms.flatMap((term) => term.words.map((word) => ({ term: term.id, word }))).sort((a, b) => b.word.length - a.word.length);
  const taken: AnchoredRange[] = [];
  for (const { term, word } of words) {
    const latin = /^[\p{L}\p{N}]/u.test(word) && !/\p{Script=Han}/u.test(word);
    const pattern = new RegExp(latin ? `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])` : escapeRegExp(word), 'giu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((r) => start < r.end && end > r.start)) continue;
      taken.push({ id: `term:${term}:${start}`, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The first occurrence of each term in the text. The page marks only these: an article that says "millet" forty
 * times would otherwise be underlined throughout, and one explanation per page is enough (the glossary follows it).
 */
export function firstTermOccurrences(text: string, terms: readonly TermWords[]): AnchoredRange[] {
  const seen = new Set<string>();
  return findTermOccurrences(text, terms).filter((range) => {
    const term = range.id.split(':')[1] ?? '';
    if (seen.has(term)) return false;
    seen.add(term);
    return true;
  });
}

export function anchorClaims(text: string, claims: readonly ClaimQuote[]): { anchors: ClaimAnchor[]; unanchored: AnnotatedOriginal['unanchored'] } {
  const anchors: ClaimAnchor[] = [];
  const unanchored: AnnotatedOriginal['unanchored'] = [];
  for (const claim of claims) {
    const result = anchorQuote(text, { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix });
    if (result.ok) anchors.push({ slug: claim.slug, start: result.start, end: result.end });
    else unanchored.push({ slug: claim.slug, failure: result });
  }
  // Reading order: notes on the annotated page are numbered as the passages occur.
  anchors.sort((a, b) => a.start - b.start || b.end - a.end);
  return { anchors, unanchored };
}

/**
 * Where a paragraph [start, end) is cut into runs: at the start of the sentence each passage starts in (so a note
 * beside the run lines up with its passage) and after the sentence it ends in (so a note below the run comes between
 * sentences), never inside a passage or a glossary term.
 */
function runCuts(text: string, start: number, end: number, anchors: readonly ClaimAnchor[], ranges: readonly AnchoredRange[]): number[] {
  const starts = sentenceStarts(text.slice(start, end)).map((offset) => start + offset);
  const cuts = new Set<number>();
  for (const anchor of anchors) {
    if (anchor.end <= start || anchor.start >= end) continue;
    const before = starts.filter((s) => s <= anchor.start).at(-1);
    const after = starts.find((s) => s >= anchor.end);
    if (before !== undefined) cuts.add(before);
    if (after !== undefined) cuts.add(after);
  }
  return [...cuts].filter((cut) => !ranges.some((r) => r.start < cut && cut < r.end)).sort((a, b) => a - b);
}

/** Splits a paragraph's segments at the cut offsets (which fall only inside segments no range covers). */
function splitAt(segments: readonly TextSegment[], cuts: readonly number[]): TextSegment[][] {
  const runs: TextSegment[][] = [[]];
  let next = 0;
  for (const segment of segments) {
    let rest = segment;
    while (next < cuts.length && (cuts[next] ?? 0) <= rest.start) {
      if (runs.at(-1)?.length) runs.push([]);
      next += 1;
    }
    while (next < cuts.length && (cuts[next] ?? 0) < rest.end) {
      const at = cuts[next] ?? 0;
      const head = { ...rest, end: at, text: rest.text.slice(0, at - rest.start), lastIds: [] };
      runs.at(-1)?.push(head);
      runs.push([]);
      rest = { ...rest, start: at, text: rest.text.slice(at - rest.start), firstIds: [] };
      next += 1;
    }
    runs.at(-1)?.push(rest);
  }
  return runs.filter((run) => run.length > 0);
}

const CLAIM = 'claim:';
const TERM = 'term:';

export function annotateOriginal(body: string, claims: readonly ClaimQuote[], terms: readonly TermWords[]): AnnotatedOriginal {
  const text = pageText(body);
  const { anchors, unanchored } = anchorClaims(text, claims);
  const ranges: AnchoredRange[] = [...anchors.map((a) => ({ id: `${CLAIM}${a.slug}`, start: a.start, end: a.end })), ...firstTermOccurrences(text, terms)];
  const claimIds = (ids: readonly string[]) => ids.filter((id) => id.startsWith(CLAIM)).map((id) => id.slice(CLAIM.length));
  const toSegment = (segment: TextSegment): AnnotatedSegment => ({
    text: segment.text,
    claims: claimIds(segment.ids),
    claimStarts: claimIds(segment.firstIds),
    claimEnds: claimIds(segment.lastIds),
    term: segment.ids.find((id) => id.startsWith(TERM))?.split(':')[1],
  });
  let previousEnd = 0;
  let runNumber = 0;
  const paragraphs = segmentParagraphs(text, ranges).map((paragraph) => {
    const before = text.slice(previousEnd, paragraph.start);
    previousEnd = paragraph.end;
    const pieces = splitAt(paragraph.segments, runCuts(text, paragraph.start, paragraph.end, anchors, ranges));
    const runs = pieces.map((piece) => {
      const runStart = piece[0]?.start ?? 0;
      const runEnd = piece.at(-1)?.end ?? 0;
      const notes = anchors.filter((a) => a.end > runStart && a.end <= runEnd).map((a) => a.slug);
      runNumber += 1;
      return { number: runNumber, segments: piece.map(toSegment), notes };
    });
    return { before, runs };
  });
  return { text, paragraphs, after: text.slice(previousEnd), anchors, unanchored };
}

/** The text the page shows for an annotated original: every paragraph's `before`, its runs, then `after`. */
export function shownText(annotated: Pick<AnnotatedOriginal, 'paragraphs' | 'after'>): string {
  return annotated.paragraphs.map((p) => p.before + p.runs.map((r) => r.segments.map((s) => s.text).join('')).join('')).join('') + annotated.after;
}
