import { describe, expect, it } from 'vitest';
import { claimsBySource } from '../../../src/lib/story/source-usage.ts';
import { claim } from '../integrity/make-bundle.ts';

describe('claimsBySource', () => {
  it('lists under each source the claims whose evidence cites it, with their story and slug', () => {
    const byId = claimsBySource([
      claim('demo', 'sales', { claimReviewed: 'Sales reached 140 million', evidence: [{ source: 'stats', excerpt: 'x' }, { source: 'news', excerpt: 'y' }] }),
      claim('other', 'growth', { claimReviewed: 'Sales grew', evidence: [{ source: 'news', excerpt: 'z' }] }),
    ]);
    expect([...byId]).toEqual([
      ['stats', [{ story: 'demo', slug: 'sales', claimReviewed: 'Sales reached 140 million' }]],
      [
        'news',
        [
          { story: 'demo', slug: 'sales', claimReviewed: 'Sales reached 140 million' },
          { story: 'other', slug: 'growth', claimReviewed: 'Sales grew' },
        ],
      ],
    ]);
  });

  it('lists a claim once under a source its evidence cites twice', () => {
    const byId = claimsBySource([claim('demo', 'sales', { evidence: [{ source: 'stats', excerpt: 'a' }, { source: 'stats', excerpt: 'b' }] })]);
    expect(byId.get('stats')).toHaveLength(1);
  });

  it('has no entry for a source no claim cites', () => {
    expect(claimsBySource([claim('demo', 'sales')]).has('news')).toBe(false);
  });

  it('is empty without claims', () => {
    expect(claimsBySource([]).size).toBe(0);
  });
});
