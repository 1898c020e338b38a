import { describe, expect, it } from 'vitest';
import { article, claimReview, jsonLdGraph, lastModified, ratingBounds } from '../../../src/lib/publishing/claim-review.ts';
import type { ClaimData, OriginalData, StoryData, Verdict } from '../../../src/lib/content/schema.ts';

const verdicts: Verdict[] = [
  { id: 'true', label: 'True', ordinal: 6, tone: 'true', icon: 'check', meaning: 'Accurate.' },
  { id: 'false', label: 'False', ordinal: 1, tone: 'false', icon: 'cross', meaning: 'Inaccurate.' },
  { id: 'opinion', label: 'Opinion', ordinal: null, tone: 'neutral', icon: 'speech', meaning: 'Not checkable.' },
];
const byId = (id: string) => verdicts.find((v) => v.id === id) as Verdict;

const claim: ClaimData = {
  quote: 'overseas sales reached more than 140 million units',
  claimant: 'Unnamed author',
  claimDate: '2022-06-01',
  restatement: 'Xiaomi sold over 140 million phones abroad in 2021.',
  claimReviewed: 'Xiaomi sold over 140 million phones outside China in 2021',
  verdict: 'true',
  summary: 'Close.',
  explanation: 'Because.',
  evidence: [{ source: 'idc', excerpt: '191 million' }],
  figures: [],
  topics: [],
};
const original: OriginalData = { title: 'The target is the world’s first', language: 'zh', machineTranslated: true, outlet: 'jingdian677.cn', author: 'unknown', published: '2022-06-01', url: 'http://www.jingdian677.cn/x/' };
const input = { claim, verdict: byId('true'), bounds: ratingBounds(verdicts), claimUrl: 'https://example.org/news/s/claims/c/', original, publisher: { name: 'Marginalia', url: 'https://example.org/news/' }, datePublished: '2026-11-25', reviewBody: 'Close. Figure check, overseas sales: unverified (no source).' };

describe('ratingBounds', () => {
  it('takes best and worst from the ordinal ratings only', () => {
    expect(ratingBounds(verdicts)).toEqual({ best: 6, worst: 1 });
  });
  it('refuses a scale without any ordinal rating', () => {
    expect(() => ratingBounds([byId('opinion')])).toThrow(/at least one rating with an ordinal/);
  });
});

describe('claimReview', () => {
  const review = claimReview(input);
  it('has the required ClaimReview fields from content', () => {
    expect(review['@type']).toBe('ClaimReview');
    expect(review.url).toBe('https://example.org/news/s/claims/c/');
    expect(review.claimReviewed).toBe(claim.claimReviewed);
    expect(review.claimReviewed.length).toBeLessThan(75);
    expect(review.datePublished).toBe('2026-11-25');
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Marginalia', url: 'https://example.org/news/' });
  });
  it('says the review in words: the summary and each figure check, unverified ones as such', () => {
    expect(review.reviewBody).toBe('Close. Figure check, overseas sales: unverified (no source).');
  });
  it('rates on the ordinal scale with best, worst and the label as alternateName', () => {
    expect(review.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 6, bestRating: 6, worstRating: 1, alternateName: 'True' });
  });
  it('reviews a Claim with its author, date and first appearance', () => {
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Unnamed author' },
      datePublished: '2022-06-01',
      appearance: [{ '@type': 'CreativeWork', headline: original.title, url: 'http://www.jingdian677.cn/x/', datePublished: '2022-06-01' }],
      firstAppearance: { '@type': 'CreativeWork', headline: original.title, url: 'http://www.jingdian677.cn/x/', datePublished: '2022-06-01' },
    });
  });
  it('gives an off-scale rating only its label, no number', () => {
    const opinion = claimReview({ ...input, verdict: byId('opinion') });
    expect(opinion.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Opinion' });
  });
  it('leaves out appearance url and dates that are not known', () => {
    const unknown = claimReview({ ...input, claim: { ...claim, claimDate: undefined }, original: { ...original, url: undefined, published: 'unknown' } });
    expect(unknown.itemReviewed.firstAppearance).toEqual({ '@type': 'CreativeWork', headline: original.title });
    expect('datePublished' in unknown.itemReviewed).toBe(false);
  });
});

describe('article and dates', () => {
  const story: StoryData = { title: 'T', dek: 'D', authors: ['A', 'B'], published: '2026-11-01', original: 'o', summary: 'S', corrections: [], excludeTerms: [] };
  it('dateModified is the latest of published, updated and corrections', () => {
    expect(lastModified(story)).toBe('2026-11-01');
    expect(lastModified({ ...story, updated: '2026-11-03' })).toBe('2026-11-03');
    expect(lastModified({ ...story, updated: '2026-11-03', corrections: [{ date: '2026-11-09', kind: 'correction', text: 'x' }] })).toBe('2026-11-09');
  });
  it('builds an Article with authors as people', () => {
    const a = article({ story, url: 'https://example.org/s/', publisher: { name: 'P' }, dateModified: '2026-11-02' });
    expect(a).toMatchObject({ '@type': 'Article', headline: 'T', datePublished: '2026-11-01', dateModified: '2026-11-02', url: 'https://example.org/s/' });
    expect(a.author).toEqual([{ '@type': 'Person', name: 'A' }, { '@type': 'Person', name: 'B' }]);
  });
  it('wraps nodes in one schema.org graph', () => {
    expect(jsonLdGraph([{ a: 1 }])).toEqual({ '@context': 'https://schema.org', '@graph': [{ a: 1 }] });
  });
});
