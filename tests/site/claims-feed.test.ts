// The claims feed on the built site: claims.json (a DataFeed of ClaimReview) and claims.csv hold one entry per claim
// shown on any page, the same ClaimReview the pages embed, all valid under the one ClaimReview checker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { claimReviewFailures } from '../../src/lib/publishing/claim-review-rules.ts';
import { CLAIMS_CSV_HEADER } from '../../src/lib/publishing/claims-feed.ts';
import { findPages } from '../../tools/site/pages.ts';
import { jsonLdBlocks } from './html-doc.ts';
import { basePath, distDir, siteUrl } from './site-env.ts';

type Node = Record<string, any>;
const pages = findPages(distDir(), basePath());
const feed = JSON.parse(readFileSync(join(distDir(), 'claims.json'), 'utf8')) as Node;
const elements = feed.dataFeedElement as Node[];

/** Every ClaimReview in every page's JSON-LD, with the page it is on. */
const pageReviews = pages.flatMap((page) =>
  jsonLdBlocks(readFileSync(page.file, 'utf8'))
    .flatMap((block) => ((block as Node)['@graph'] as Node[] | undefined) ?? [block as Node])
    .filter((node) => node['@type'] === 'ClaimReview')
    .map((review) => ({ page: page.path, review })),
);

describe('claims.json', () => {
  it('is a schema.org DataFeed under the base path', () => {
    expect(feed['@context']).toBe('https://schema.org');
    expect(feed['@type']).toBe('DataFeed');
    expect(feed.url).toBe(new URL(`${basePath()}claims.json`, siteUrl()).href);
  });

  it('and every page meet the same ClaimReview rules', () => {
    expect(pageReviews.length).toBeGreaterThan(elements.length);
    expect(pageReviews.flatMap(({ page, review }) => claimReviewFailures(review, siteUrl()).map((f) => `${page}: ${f}`))).toEqual([]);
    expect(elements.flatMap((review) => claimReviewFailures(review, siteUrl()).map((f) => `claims.json ${String(review.url)}: ${f}`))).toEqual([]);
  });

  it('has one entry per claim shown on any page, each exactly as the pages embed it', () => {
    const feedUrls = elements.map((review) => String(review.url));
    expect(new Set(feedUrls).size).toBe(feedUrls.length);
    expect(new Set(feedUrls)).toEqual(new Set(pageReviews.map(({ review }) => String(review.url))));
    const byUrl = new Map(elements.map((review) => [String(review.url), review]));
    for (const { page, review } of pageReviews) expect(byUrl.get(String(review.url)), `${page}: ${String(review.url)}`).toEqual(review);
  });

  it('has no markup characters left raw in the file', () => {
    expect(readFileSync(join(distDir(), 'claims.json'), 'utf8')).not.toMatch(/[<>]/);
  });
});

describe('claims.csv', () => {
  const text = readFileSync(join(distDir(), 'claims.csv'), 'utf8');
  const rows = csvParse(text.replace(/\r\n/g, '\n'));

  it('has the header and a record per entry of claims.json, each line ended by CRLF', () => {
    expect(rows.columns).toEqual([...CLAIMS_CSV_HEADER]);
    expect(rows).toHaveLength(elements.length);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('says what claims.json says, claim by claim', () => {
    elements.forEach((review, i) => {
      const row = rows[i]!;
      const claim = review.itemReviewed as Node;
      expect(row.claim).toBe(review.claimReviewed);
      expect(row.claimant).toBe(claim.author.name);
      expect(row['claim date']).toBe(claim.datePublished ?? '');
      expect(row['verdict label']).toBe(review.reviewRating.alternateName);
      expect(row['rating value']).toBe(review.reviewRating.ratingValue === undefined ? '' : String(review.reviewRating.ratingValue));
      expect(row['review date']).toBe(review.datePublished);
      expect(row['claim URL']).toBe(review.url);
      expect(row['story URL']).toBe(String(review.url).replace(/claims\/[^/]+\/$/, ''));
      expect(row['first appearance URL']).toBe(claim.firstAppearance.url ?? '');
    });
  });
});

describe('the feed is announced and linked', () => {
  it("in every page's head", () => {
    for (const page of pages) {
      const head = readFileSync(page.file, 'utf8').split('</head>')[0] ?? '';
      expect(head, page.path).toContain(`<link rel="alternate" type="application/ld+json" title="`);
      expect(head, page.path).toContain(`href="${new URL(`${basePath()}claims.json`, siteUrl()).href}"`);
      expect(head, page.path).toContain(`href="${new URL(`${basePath()}claims.csv`, siteUrl()).href}"`);
    }
  });

  it('from the methodology page', () => {
    const html = readFileSync(join(distDir(), 'methodology', 'index.html'), 'utf8');
    expect(html).toContain(`href="${basePath()}claims.json"`);
    expect(html).toContain(`href="${basePath()}claims.csv"`);
  });
});
