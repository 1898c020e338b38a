// Lays out the article under review for the annotated page: claim highlights and glossary terms, cut into paragraphs.
import { anchorQuote, type AnchorFailure } from '../anchoring/anchor-quote.ts';
import { segmentParagraphs, type AnchoredRange } from '../anchoring/anchor-ranges.ts';

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

export interface AnnotatedParagraph {
  segments: AnnotatedSegment[];
}

export interface AnnotatedOriginal {
  paragraphs: AnnotatedParagraph[];
  /** Anchored claims in reading order. */
  anchors: ClaimAnchor[];
  /** Claims whose quote could not be placed; the build's checks report them, the page leaves them out. */
  unanchored: Array<{ slug: string; failure: AnchorFailure }>;
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

const CLAIM = 'claim:';
const TERM = 'term:';

export function annotateOriginal(text: string, claims: readonly ClaimQuote[], terms: readonly TermWords[]): AnnotatedOriginal {
  const { anchors, unanchored } = anchorClaims(text, claims);
  const ranges: AnchoredRange[] = [...anchors.map((a) => ({ id: `${CLAIM}${a.slug}`, start: a.start, end: a.end })), ...findTermOccurrences(text, terms)];
  const claimIds = (ids: readonly string[]) => ids.filter((id) => id.startsWith(CLAIM)).map((id) => id.slice(CLAIM.length));
  const paragraphs = segmentParagraphs(text, ranges).map((paragraph) => ({
    segments: paragraph.segments.map((segment) => ({
      text: segment.text,
      claims: claimIds(segment.ids),
      claimStarts: claimIds(segment.firstIds),
      claimEnds: claimIds(segment.lastIds),
      term: segment.ids.find((id) => id.startsWith(TERM))?.split(':')[1],
    })),
  }));
  return { paragraphs, anchors, unanchored };
}
