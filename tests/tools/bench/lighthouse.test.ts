import { describe, expect, it } from 'vitest';
import { summarise } from '../../../tools/bench/lighthouse.ts';

describe('summarise', () => {
  it('turns category scores into 0–100 and keeps FCP, LCP, TBT, CLS and Speed Index', () => {
    const result = summarise('claim', '/a/claims/b/', {
      categories: { performance: { score: 0.97 }, accessibility: { score: 1 }, 'best-practices': { score: 1 }, seo: { score: 0.92 } },
      audits: {
        'first-contentful-paint': { numericValue: 1812.4 },
        'largest-contentful-paint': { numericValue: 2011 },
        'total-blocking-time': { numericValue: 0 },
        'cumulative-layout-shift': { numericValue: 0.002 },
        'speed-index': { numericValue: 1900 },
      },
    });
    expect(result).toEqual({
      kind: 'claim',
      path: '/a/claims/b/',
      scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 92 },
      metrics: { fcpMs: 1812.4, lcpMs: 2011, tbtMs: 0, cls: 0.002, speedIndexMs: 1900 },
    });
  });

  it('scores a category Lighthouse could not score as 0, and a missing metric as NaN, so neither passes for 100', () => {
    const result = summarise('story', '/a/', { categories: { performance: { score: null } }, audits: {} });
    expect(result.scores).toEqual({ performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 });
    expect(Number.isNaN(result.metrics.fcpMs)).toBe(true);
  });
});
