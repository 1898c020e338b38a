import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { claimReviewFailures } from '../../../src/lib/publishing/claim-review-rules.ts';
import { CLAIMS_CSV_HEADER, claimsCsv, claimsDataFeed, claimsFeedLinks, type FeedClaim } from '../../../src/lib/publishing/claims-feed.ts';
import { claimJsonLd, claimReviews, type JsonLdSite } from '../../../src/lib/publishing/story-json-ld.ts';
import { routes } from '../../../src/lib/publishing/urls.ts';
import { claim } from '../integrity/make-bundle.ts';
import { demoContext } from '../story/make-context.ts';

const site: JsonLdSite = { origin: 'https://example.org', routes: routes('/news/'), publisher: { name: 'Marginalia', url: 'https://example.org/news/' } };
const context = demoContext({ body: '<Claim id="sales" />\n\n<Claim id="future" />', story: { published: '2026-11-01' } });
const claims: FeedClaim[] = claimReviews(context, site).map(({ review }) => ({ review, storyUrl: 'https://example.org/news/demo/' }));
const INFO = { name: 'Marginalia: claims', description: 'Every claim.', url: 'https://example.org/news/claims.json', publisher: { '@type': 'Organization', name: 'Marginalia' } };

describe('claimsDataFeed', () => {
  const feed = claimsDataFeed(claims, INFO);

  it('is a schema.org DataFeed with one ClaimReview per claim of the story', () => {
    expect(feed['@context']).toBe('https://schema.org');
    expect(feed['@type']).toBe('DataFeed');
    expect(feed.dataFeedElement.map((r) => r.url)).toEqual(['https://example.org/news/demo/claims/sales/', 'https://example.org/news/demo/claims/future/']);
  });

  it("lists exactly the ClaimReview each claim's page embeds", () => {
    const sales = context.claims.get('sales')!;
    expect(feed.dataFeedElement[0]).toEqual(claimJsonLd(context, sales, site)['@graph'][0]);
  });

  it('meets the ClaimReview rules the pages meet', () => {
    for (const review of feed.dataFeedElement) expect(claimReviewFailures(review, 'https://example.org')).toEqual([]);
  });

  it('is dated by its latest review, and has no date when empty', () => {
    expect(feed.dateModified).toBe('2026-11-01');
    expect(claimsDataFeed([], INFO)).not.toHaveProperty('dateModified');
    expect(claimsDataFeed([], INFO).dataFeedElement).toEqual([]);
  });
});

describe('claimsCsv', () => {
  it('has the header, then a record per claim read from its ClaimReview', () => {
    const rows = csvParseRows(claimsCsv(claims).replace(/\r\n/g, '\n'));
    expect(rows[0]).toEqual([...CLAIMS_CSV_HEADER]);
    expect(rows[1]).toEqual(['Sales reached 140 million', 'Author', '', 'True', '3', '2026-11-01', 'https://example.org/news/demo/claims/sales/', 'https://example.org/news/demo/', '']);
    // A rating off the scale has no value.
    expect(rows[2]?.slice(3, 5)).toEqual(['Opinion', '']);
    expect(rows).toHaveLength(3);
  });

  it('keeps hostile text a text cell: quoted when needed, never a formula', () => {
    const hostile = demoContext({ claims: [claim('demo', 'sales', { claimReviewed: '=HYPERLINK("http://evil.example"), "x"', claimant: '@cmd|calc' })] });
    const [review] = claimReviews(hostile, site);
    const text = claimsCsv([{ review: review!.review, storyUrl: 'https://example.org/news/demo/' }]);
    const rows = csvParseRows(text.replace(/\r\n/g, '\n'));
    expect(rows[1]?.[0]).toBe('\'=HYPERLINK("http://evil.example"), "x"');
    expect(rows[1]?.[1]).toBe("'@cmd|calc");
  });
});

describe('claimsFeedLinks', () => {
  it('names the two files under the base, with their types', () => {
    expect(claimsFeedLinks(routes('/news/'), 'Marginalia').map((l) => [l.href, l.type])).toEqual([
      ['/news/claims.json', 'application/ld+json'],
      ['/news/claims.csv', 'text/csv'],
    ]);
  });
});
