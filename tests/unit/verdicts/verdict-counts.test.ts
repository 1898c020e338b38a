import { describe, expect, it } from 'vitest';
import { countByVerdict, verdictSummaryText } from '../../../src/lib/verdicts/verdict-counts.ts';
import { counted, rating } from './fixtures.ts';

describe('countByVerdict', () => {
  const scale = [rating('True'), rating('False'), rating('Opinion')];
  const claim = (id: string, verdict: string) => ({ id, verdict: { id: verdict } });

  it('counts claims per rating in scale order, with their share and the claims in story order', () => {
    const claims = [claim('a', 'false'), claim('b', 'true'), claim('c', 'false'), claim('d', 'opinion')];
    expect(countByVerdict(scale, claims).map((row) => [row.verdict.id, row.count, row.share, row.claims.map((c) => c.id)])).toEqual([
      ['true', 1, 0.25, ['b']],
      ['false', 2, 0.5, ['a', 'c']],
      ['opinion', 1, 0.25, ['d']],
    ]);
  });

  it('leaves out ratings no claim got, and counts nothing for no claims', () => {
    expect(countByVerdict(scale, [claim('a', 'true')]).map((row) => row.verdict.id)).toEqual(['true']);
    expect(countByVerdict(scale, [])).toEqual([]);
  });
});

describe('verdictSummaryText', () => {
  it('counts the claims and lists the ratings in the order given', () => {
    expect(verdictSummaryText([counted(rating('True'), 7), counted(rating('Opinion'), 1)])).toBe('8 claims checked: 7 True, 1 Opinion.');
  });
  it('speaks of one claim in the singular and leaves out ratings no claim got', () => {
    expect(verdictSummaryText([counted(rating('False'), 1), counted(rating('True'), 0)])).toBe('1 claim checked: 1 False.');
  });
  it('says when nothing was checked yet', () => {
    expect(verdictSummaryText([])).toBe('No claims checked yet.');
  });
});
