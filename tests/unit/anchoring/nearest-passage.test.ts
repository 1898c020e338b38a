import { describe, expect, it } from 'vitest';
import { nearestPassage } from '../../../src/lib/anchoring/nearest-passage';

describe('nearestPassage', () => {
  it('finds an exact occurrence at distance 0 and similarity 1', () => {
    const haystack = 'domestic sales only 50 million units';
    expect(nearestPassage(haystack, 'only 50 million')).toEqual({ from: 15, to: 30, distance: 0, similarity: 1 });
  });

  it('finds a passage with one substituted character', () => {
    const haystack = 'global sales in 2021 up to 190 million units, while domestic';
    const match = nearestPassage(haystack, 'up to 180 million');
    expect(haystack.slice(match?.from, match?.to)).toBe('up to 190 million');
    expect(match?.distance).toBe(1);
    expect(match?.similarity).toBeCloseTo(1 - 1 / 17);
  });

  it('finds a passage spelt differently (one character fewer in the quote)', () => {
    const haystack = 'the world’s top smartphone maker with 140 million units';
    const match = nearestPassage(haystack, 'top smartfone maker');
    expect(haystack.slice(match?.from, match?.to)).toBe('top smartphone maker');
    expect(match?.distance).toBe(2);
  });

  it('prefers substituting a word of the same length to skipping a missing word (edit distance)', () => {
    const haystack = 'the world’s top smartphone maker with 140 million units';
    const match = nearestPassage(haystack, 'top maker with 140');
    expect(haystack.slice(match?.from, match?.to)).toBe('one maker with 140');
    expect(match?.distance).toBe(3);
  });

  it('finds a passage with an extra word in the quote', () => {
    const haystack = 'xiaomi dare not use huawei hongmeng system';
    const match = nearestPassage(haystack, 'dare not ever use huawei');
    expect(haystack.slice(match?.from, match?.to)).toBe('dare not use huawei');
  });

  it('prefers the closer of two similar passages', () => {
    const haystack = 'sales of 150 billion units. sales of 140 millions units.';
    const match = nearestPassage(haystack, 'sales of 140 million units');
    expect(match?.from).toBe(haystack.indexOf('sales of 140'));
  });

  it('measures similarity against the longer of passage and quote', () => {
    const match = nearestPassage('abcdefgh', 'abcxefgh');
    expect(match).toMatchObject({ from: 0, to: 8, distance: 1, similarity: 7 / 8 });
  });

  it('returns undefined when the haystack or the needle is empty', () => {
    expect(nearestPassage('', 'quote')).toBeUndefined();
    expect(nearestPassage('text', '')).toBeUndefined();
  });

  it('finds the closest passage when the quote is longer than the whole text', () => {
    const match = nearestPassage('units', 'million units sold');
    expect(match).toMatchObject({ from: 0, to: 5, distance: 13 });
    expect(match?.similarity).toBeCloseTo(5 / 18);
  });
});
