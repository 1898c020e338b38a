// The claims feed: every claim we published, for aggregators (Google's Fact Check tools, Duke's Reporters' Lab), as
// a schema.org DataFeed of the very ClaimReview nodes the claim pages embed, and as a CSV of the same claims.
import type { ClaimReviewNode } from './claim-review.ts';
import { csvText } from './csv-text.ts';
import type { Routes } from './urls.ts';

/** The two files of the feed, as every page announces them (<link rel="alternate">): site path, type, title. */
export function claimsFeedLinks(routes: Routes, siteName: string): { href: string; type: string; title: string }[] {
  return [
    { href: routes.claimsFeed(), type: 'application/ld+json', title: `${siteName}: every claim we checked (ClaimReview)` },
    { href: routes.claimsCsv(), type: 'text/csv', title: `${siteName}: every claim we checked (CSV)` },
  ];
}

export interface FeedClaim {
  /** The claim's ClaimReview, built by claimReview() exactly as its page embeds it. */
  review: ClaimReviewNode;
  /** Absolute URL of the story the claim is checked in. */
  storyUrl: string;
}

export interface FeedInfo {
  name: string;
  description: string;
  /** Absolute URL of the feed itself. */
  url: string;
  publisher: ClaimReviewNode['author'];
}

/** The latest review date in the feed, or undefined for an empty feed. */
function latest(claims: readonly FeedClaim[]): string | undefined {
  return claims.map((c) => c.review.datePublished).sort().at(-1);
}

/** The feed as JSON-LD: a DataFeed whose dataFeedElement are the ClaimReview nodes, one per claim. */
export function claimsDataFeed(claims: readonly FeedClaim[], info: FeedInfo) {
  const modified = latest(claims);
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    name: info.name,
    description: info.description,
    url: info.url,
    publisher: info.publisher,
    ...(modified ? { dateModified: modified } : {}),
    dataFeedElement: claims.map((c) => c.review),
  };
}

/** Columns of claims.csv, in order, as named in its header. */
export const CLAIMS_CSV_HEADER = ['claim', 'claimant', 'claim date', 'verdict label', 'rating value', 'review date', 'claim URL', 'story URL', 'first appearance URL'] as const;

/** claims.csv: one record per claim, read from its ClaimReview so the two files cannot disagree. */
export function claimsCsv(claims: readonly FeedClaim[]): string {
  const rows = claims.map(({ review, storyUrl }) => {
    const { itemReviewed: claim, reviewRating: rating } = review;
    return [
      review.claimReviewed,
      claim.author.name,
      claim.datePublished,
      rating.alternateName,
      'ratingValue' in rating ? rating.ratingValue : undefined,
      review.datePublished,
      review.url,
      storyUrl,
      claim.firstAppearance.url,
    ];
  });
  return csvText(CLAIMS_CSV_HEADER, rows);
}
