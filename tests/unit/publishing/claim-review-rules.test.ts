import { describe, expect, it } from 'vitest';
import { claimReviewFailures } from '../../../src/lib/publishing/claim-review-rules.ts';

const VALID = {
  '@type': 'ClaimReview',
  url: 'https://example.org/news/demo/claims/sales/',
  claimReviewed: 'Widgets sold 140 million abroad',
  author: { '@type': 'Organization', name: 'Marginalia' },
  datePublished: '2026-11-01',
  reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: 'True' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'An author' }, datePublished: '2022-06', firstAppearance: { '@type': 'CreativeWork', url: 'https://a.example/' } },
};

describe('claimReviewFailures', () => {
  it('finds nothing wrong with a complete ClaimReview on its site', () => {
    expect(claimReviewFailures(VALID, 'https://example.org')).toEqual([]);
  });
  it('accepts a rating off the scale that carries only its label', () => {
    expect(claimReviewFailures({ ...VALID, reviewRating: { '@type': 'Rating', alternateName: 'Opinion' } })).toEqual([]);
  });
  it('refuses a node that is not a ClaimReview', () => {
    expect(claimReviewFailures({ ...VALID, '@type': 'Review' })).toEqual(['ClaimReview.@type: is "Review", not "ClaimReview"']);
    expect(claimReviewFailures(null)).toEqual(['ClaimReview: is missing (a ClaimReview)']);
  });
  it('refuses a claimReviewed of 75 characters or more', () => {
    expect(claimReviewFailures({ ...VALID, claimReviewed: 'x'.repeat(75) })).toEqual(['claimReviewed: is 75 characters, over 74']);
  });
  it('refuses a rating without its verdict in words, or with a value off its own scale', () => {
    expect(claimReviewFailures({ ...VALID, reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 3, worstRating: 1 } })).toEqual([
      'reviewRating.alternateName: is missing (the verdict in words)',
      'reviewRating.ratingValue: 4 is outside worstRating 1 … bestRating 3',
    ]);
  });
  it('refuses a url that is relative or on another site', () => {
    expect(claimReviewFailures({ ...VALID, url: '/demo/claims/sales/' })).toEqual(['url: must be the absolute address of the fact check']);
    expect(claimReviewFailures(VALID, 'https://other.example')).toEqual(['url: https://example.org/news/demo/claims/sales/ is not on https://other.example']);
  });
  it('refuses a missing author, date and claim', () => {
    const { author: _a, datePublished: _d, itemReviewed: _i, ...rest } = VALID;
    expect(claimReviewFailures(rest)).toEqual(['author: is missing (an Organization)', 'datePublished: must be a date, YYYY-MM-DD', 'itemReviewed: is missing (a Claim)']);
  });
  it('refuses a first appearance that is not a CreativeWork with an absolute address', () => {
    expect(claimReviewFailures({ ...VALID, itemReviewed: { ...VALID.itemReviewed, firstAppearance: { '@type': 'CreativeWork', url: 'javascript:alert(1)' } } })).toEqual([
      'itemReviewed.firstAppearance: must be a CreativeWork with an absolute url',
    ]);
  });
});
