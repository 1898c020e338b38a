// schema.org structured data for fact checks: a ClaimReview per claim and an Article per story, built from content only.
import type { ClaimData, OriginalData, StoryData, Verdict } from '../content/schema.ts';

export interface RatingBounds {
  best: number;
  worst: number;
}

/** Highest and lowest ordinal on the scale; ratings off the scale (ordinal null) do not count. */
export function ratingBounds(verdicts: readonly Verdict[]): RatingBounds {
  const ordinals = verdicts.map((v) => v.ordinal).filter((o): o is number => o !== null);
  if (ordinals.length === 0) throw new Error('content/verdicts.yaml: the scale needs at least one rating with an ordinal');
  return { best: Math.max(...ordinals), worst: Math.min(...ordinals) };
}

export interface Publisher {
  name: string;
  url?: string | undefined;
}

export interface ClaimReviewInput {
  claim: ClaimData;
  verdict: Verdict;
  bounds: RatingBounds;
  /** Absolute URL of the claim's own page. */
  claimUrl: string;
  original: OriginalData;
  publisher: Publisher;
  /** When the fact check was published (the story's date). */
  datePublished: string;
  /** The review in words: the one-line summary, then a sentence per figure check. */
  reviewBody: string;
}

/** The publisher as a schema.org Organization. */
export function organization(publisher: Publisher) {
  return { '@type': 'Organization', name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) };
}

function rating(verdict: Verdict, bounds: RatingBounds) {
  // Off-scale ratings (opinion, unverifiable) carry only their label: no number without a documented meaning.
  if (verdict.ordinal === null) return { '@type': 'Rating', alternateName: verdict.label };
  return { '@type': 'Rating', ratingValue: verdict.ordinal, bestRating: bounds.best, worstRating: bounds.worst, alternateName: verdict.label };
}

function appearance(original: OriginalData) {
  return {
    '@type': 'CreativeWork',
    headline: original.title,
    ...(original.url ? { url: original.url } : {}),
    ...(original.published !== 'unknown' ? { datePublished: original.published } : {}),
  };
}

export function claimReview(input: ClaimReviewInput) {
  const { claim, original } = input;
  const firstAppearance = appearance(original);
  return {
    '@type': 'ClaimReview',
    url: input.claimUrl,
    claimReviewed: claim.claimReviewed,
    author: organization(input.publisher),
    datePublished: input.datePublished,
    reviewBody: input.reviewBody,
    reviewRating: rating(input.verdict, input.bounds),
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: claim.claimant },
      ...(claim.claimDate ? { datePublished: claim.claimDate } : {}),
      appearance: [firstAppearance],
      firstAppearance,
    },
  };
}

/** A ClaimReview node as claimReview() builds it: what the pages embed and the claims feed lists. */
export type ClaimReviewNode = ReturnType<typeof claimReview>;

export interface ArticleInput {
  story: StoryData;
  url: string;
  publisher: Publisher;
  /** Latest of the story's updated date and its corrections. */
  dateModified: string;
}

export function article(input: ArticleInput) {
  return {
    '@type': 'Article',
    headline: input.story.title,
    description: input.story.dek,
    url: input.url,
    datePublished: input.story.published,
    dateModified: input.dateModified,
    author: input.story.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: organization(input.publisher),
  };
}

/** A JSON-LD document: one @context for a @graph of nodes. */
export function jsonLdGraph(nodes: readonly object[]) {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** dateModified: the latest of published, updated and every correction's date. */
export function lastModified(story: StoryData): string {
  return [story.published, story.updated ?? '', ...story.corrections.map((c) => c.date)].filter(Boolean).sort().at(-1) ?? story.published;
}
