import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../../src/lib/content/suggest.ts';

describe('editDistance', () => {
  it('is 0 for equal strings', () => {
    expect(editDistance('stats-office', 'stats-office')).toBe(0);
  });

  it('is the length of the other string when one is empty', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('counts one substitution, insertion or deletion as 1', () => {
    expect(editDistance('cat', 'cut')).toBe(1);
    expect(editDistance('cat', 'cart')).toBe(1);
    expect(editDistance('cart', 'cat')).toBe(1);
  });

  it('counts a swap of two letters as 2', () => {
    expect(editDistance('ture', 'true')).toBe(2);
  });

  it('gives the classic kitten → sitting distance of 3', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is symmetric', () => {
    expect(editDistance('overseas', 'future')).toBe(editDistance('future', 'overseas'));
  });

  it('is case-sensitive', () => {
    expect(editDistance('Claim', 'claim')).toBe(1);
  });
});

describe('suggest', () => {
  it('says there are none when nothing is known', () => {
    expect(suggest('stats', [])).toBe('there are none yet');
  });

  it('lists the closest value first', () => {
    expect(suggest('stat', ['news', 'stats', 'reuters'])).toBe('known: stats, news, reuters');
  });

  it('ranks case-insensitively', () => {
    expect(suggest('CLAIM', ['Cite', 'Claim'])).toBe('known: Claim, Cite');
  });

  it('breaks ties alphabetically', () => {
    expect(suggest('x', ['bb', 'aa', 'cc'])).toBe('known: aa, bb, cc');
  });

  it('shows at most four values by default, then an ellipsis', () => {
    expect(suggest('a', ['a', 'b', 'c', 'd', 'e'])).toBe('known: a, b, c, d …');
  });

  it('shows exactly four values without an ellipsis', () => {
    expect(suggest('a', ['a', 'b', 'c', 'd'])).toBe('known: a, b, c, d');
  });

  it('takes a different maximum', () => {
    expect(suggest('a', ['a', 'b', 'c'], 2)).toBe('known: a, b …');
  });

  it('lists a repeated value once', () => {
    expect(suggest('a', ['b', 'b', 'a'])).toBe('known: a, b');
  });

  it('accepts any iterable, such as a Set', () => {
    expect(suggest('demo', new Set(['demo', 'other']))).toBe('known: demo, other');
  });
});
