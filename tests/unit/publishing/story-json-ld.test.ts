import { describe, expect, it } from 'vitest';
import { claimReview, ratingBounds } from '../../../src/lib/publishing/claim-review.ts';
import { claimJsonLd, storyJsonLd, type JsonLdSite } from '../../../src/lib/publishing/story-json-ld.ts';
import { routes } from '../../../src/lib/publishing/urls.ts';
import { claim, figure } from '../integrity/make-bundle.ts';
import { demoContext } from '../story/make-context.ts';

const site: JsonLdSite = { origin: 'https://example.org', routes: routes('/news/'), publisher: { name: 'Marginalia', url: 'https://example.org/news/' } };
const body = '<Claim id="future" />\n\n<Claim id="sales" />';
const corrections = [{ date: '2026-11-20', kind: 'update' as const, text: 'Added a source.' }];

type Node = Record<string, unknown>;
const graphOf = (doc: { '@graph': readonly object[] }) => doc['@graph'] as Node[];

describe('storyJsonLd', () => {
  const context = demoContext({ body, story: { published: '2026-11-01', updated: '2026-11-10', corrections } });
  const doc = storyJsonLd(context, new Set(['sales', 'future']), site);

  it('is one schema.org document: an Article, then a ClaimReview per claim shown, in the order the story shows them', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(graphOf(doc).map((node) => [node['@type'], node.url])).toEqual([
      ['Article', 'https://example.org/news/demo/'],
      ['ClaimReview', 'https://example.org/news/demo/claims/future/'],
      ['ClaimReview', 'https://example.org/news/demo/claims/sales/'],
    ]);
  });

  it("dates the article by the story's publication and its latest update or correction", () => {
    expect(graphOf(doc)[0]).toMatchObject({ headline: 'A story', description: 'Dek.', datePublished: '2026-11-01', dateModified: '2026-11-20', publisher: { '@type': 'Organization', name: 'Marginalia', url: 'https://example.org/news/' } });
  });

  it("rates each claim on the story's scale, dated by the story", () => {
    const sales = context.claims.get('sales');
    expect(graphOf(doc)[2]).toEqual(
      claimReview({
        claim: sales!.data,
        verdict: sales!.verdict,
        bounds: ratingBounds(context.verdicts),
        claimUrl: 'https://example.org/news/demo/claims/sales/',
        original: context.original.data,
        publisher: site.publisher,
        datePublished: '2026-11-01',
        reviewBody: 'Right.',
      }),
    );
    expect(graphOf(doc)[2]?.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: 'True' });
  });

  it("words the review as the claim's summary, then a sentence per figure check", () => {
    const checked = demoContext({ claims: [claim('demo', 'sales', { summary: 'Close to the data.', figures: [figure()] })] });
    expect(graphOf(storyJsonLd(checked, new Set(['sales']), site))[1]?.reviewBody).toBe('Close to the data. Figure check, Widgets sold outside China: the data agree with the article.');
  });

  it('gives a rating off the scale only its label', () => {
    expect(graphOf(doc)[1]?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Opinion' });
  });

  it('leaves out the claims the story does not show', () => {
    const only = storyJsonLd(context, new Set(['sales']), site);
    expect(graphOf(only).map((node) => node.url)).toEqual(['https://example.org/news/demo/', 'https://example.org/news/demo/claims/sales/']);
  });

  it('is the Article alone when the story shows no claim', () => {
    expect(graphOf(storyJsonLd(context, new Set(), site)).map((node) => node['@type'])).toEqual(['Article']);
  });

  it("names no claim of another story, even one with a shown claim's slug", () => {
    expect(JSON.stringify(storyJsonLd(context, new Set(['elsewhere', 'sales', 'future']), site))).not.toContain('/other/');
  });
});

describe('claimJsonLd', () => {
  const context = demoContext({ body });

  it("is the claim's ClaimReview alone, at the claim's own address", () => {
    const doc = claimJsonLd(context, context.claims.get('future')!, site);
    expect(doc['@context']).toBe('https://schema.org');
    expect(graphOf(doc).map((node) => [node['@type'], node.url, node.claimReviewed])).toEqual([['ClaimReview', 'https://example.org/news/demo/claims/future/', 'The future is bright']]);
  });

  it('is the same review the story page carries for that claim', () => {
    const claim = context.claims.get('sales')!;
    expect(graphOf(claimJsonLd(context, claim, site))[0]).toEqual(graphOf(storyJsonLd(context, new Set(['sales']), site))[1]);
  });
});
