import { describe, expect, it } from 'vitest';
import { bestSections } from '../../../src/lib/search/best-sections.ts';

const section = (id: string | undefined, scores: number[]) => ({ id, anchor: id === undefined ? undefined : { id }, weighted_locations: scores.map((balanced_score) => ({ balanced_score })) });

describe('bestSections', () => {
  it('ranks sections by the sum of their word scores, not by page order', () => {
    const found = bestSections([section('references', [1, 1, 1]), section('claim-a', [5, 4]), section('claim-b', [2])], 3);
    expect(found.map((s) => s.id)).toEqual(['claim-a', 'references', 'claim-b']);
  });
  it('leaves out the text before the first heading (the page itself) and keeps at most `max`', () => {
    const found = bestSections([section(undefined, [50]), section('a', [1]), section('b', [3]), section('c', [2])], 2);
    expect(found.map((s) => s.id)).toEqual(['b', 'c']);
  });
  it('keeps page order between sections that score the same', () => {
    expect(bestSections([section('first', [2]), section('second', [2])], 5).map((s) => s.id)).toEqual(['first', 'second']);
  });
  it('gives nothing for no sections, a page with no headings, or a max of 0 or less', () => {
    expect(bestSections([], 3)).toEqual([]);
    expect(bestSections([section(undefined, [4])], 3)).toEqual([]);
    expect(bestSections([section('a', [1])], 0)).toEqual([]);
    expect(bestSections([section('a', [1])], -1)).toEqual([]);
  });
});
