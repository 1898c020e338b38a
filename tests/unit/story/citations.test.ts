import { describe, expect, it } from 'vitest';
import { citationId, citingItems, nextCitationId, numberCitations } from '../../../src/lib/story/citations.ts';
import { findUsages } from '../../../src/lib/content/story-mdx.ts';

describe('numberCitations', () => {
  it('numbers nothing for no items', () => {
    expect(numberCitations([])).toEqual({ numbers: new Map(), order: [], uses: new Map() });
  });

  it('numbers sources in order of first use', () => {
    const { numbers, order } = numberCitations([
      { kind: 'cite', source: 'news' },
      { kind: 'cite', source: 'stats' },
    ]);
    expect(order).toEqual(['news', 'stats']);
    expect([...numbers]).toEqual([
      ['news', 1],
      ['stats', 2],
    ]);
  });

  it('keeps the first number of a source cited again', () => {
    const { numbers, order } = numberCitations([
      { kind: 'cite', source: 'news' },
      { kind: 'cite', source: 'stats' },
      { kind: 'cite', source: 'news' },
    ]);
    expect(order).toEqual(['news', 'stats']);
    expect(numbers.get('news')).toBe(1);
  });

  it('numbers sources cited only in claim cards, in evidence order, where the claim appears', () => {
    const { order } = numberCitations([
      { kind: 'cite', source: 'news' },
      { kind: 'claim', sources: ['filing', 'news', 'stats'] },
      { kind: 'cite', source: 'report' },
    ]);
    expect(order).toEqual(['news', 'filing', 'stats', 'report']);
  });

  it('keeps a claim card source\'s number when cited inline later', () => {
    const { numbers } = numberCitations([
      { kind: 'claim', sources: ['stats'] },
      { kind: 'cite', source: 'news' },
      { kind: 'cite', source: 'stats' },
    ]);
    expect([...numbers]).toEqual([
      ['stats', 1],
      ['news', 2],
    ]);
  });

  it('gives a source repeated inside one claim card one number', () => {
    expect(numberCitations([{ kind: 'claim', sources: ['stats', 'stats', 'news'] }]).order).toEqual(['stats', 'news']);
  });

  it('skips a claim card with no evidence', () => {
    expect(numberCitations([{ kind: 'claim', sources: [] }, { kind: 'cite', source: 'news' }]).numbers.get('news')).toBe(1);
  });
});

describe('citation uses', () => {
  it('gives every place a source is cited its own id, in reading order, naming the claim card it is in', () => {
    const { uses } = numberCitations([
      { kind: 'cite', source: 'news' },
      { kind: 'claim', sources: ['stats', 'news'], claim: 'overseas' },
      { kind: 'cite', source: 'news' },
    ]);
    expect(uses.get('news')).toEqual([{ id: 'cite-news-1' }, { id: 'cite-news-2', claim: 'overseas' }, { id: 'cite-news-3' }]);
    expect(uses.get('stats')).toEqual([{ id: 'cite-stats-1', claim: 'overseas' }]);
  });

  it('hands out the same ids as a page renders its citations, counted per page', () => {
    const page = {};
    expect([nextCitationId(page, 'news'), nextCitationId(page, 'stats'), nextCitationId(page, 'news')]).toEqual(['cite-news-1', 'cite-stats-1', 'cite-news-2']);
    expect(nextCitationId({}, 'news')).toBe(citationId('news', 1));
  });
});

describe('citingItems', () => {
  const evidence: Record<string, string[]> = { overseas: ['stats', 'news'], future: ['news'] };
  const evidenceOf = (slug: string) => evidence[slug] ?? [];

  it('reads <Cite> and <Claim> in reading order, resolving claims to their evidence', () => {
    const body = 'Sales<Cite source="report" /> grew.\n\n<Claim id="overseas" />\n\n<BarChart dataset="sales" />\n\n<Claim id="future" />';
    expect(citingItems(findUsages(body), evidenceOf)).toEqual([
      { kind: 'cite', source: 'report' },
      { kind: 'claim', sources: ['stats', 'news'], claim: 'overseas' },
      { kind: 'claim', sources: ['news'], claim: 'future' },
    ]);
  });

  it('ignores citations inside code', () => {
    expect(citingItems(findUsages('`<Cite source="x" />`\n```\n<Claim id="overseas" />\n```'), evidenceOf)).toEqual([]);
  });

  it('numbers a whole story through numberCitations', () => {
    const body = '<Claim id="overseas" /> and<Cite source="report" /> and<Cite source="stats" />';
    expect(numberCitations(citingItems(findUsages(body), evidenceOf)).order).toEqual(['stats', 'news', 'report']);
  });
});
