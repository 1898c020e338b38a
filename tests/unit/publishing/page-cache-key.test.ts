import { describe, expect, it } from 'vitest';
import { digestOf, storyCacheKey } from '../../../src/lib/publishing/page-cache-key.ts';

const story = { id: 'a', digest: 's1' };
const original = { id: 'a', digest: 'o1' };
const claims = [
  { id: 'a/one', digest: 'c1' },
  { id: 'a/two', digest: 'c2' },
];

describe('digestOf', () => {
  it('is the same for the same entries in any order', () => {
    expect(digestOf([...claims].reverse())).toBe(digestOf(claims));
  });

  it('changes when an entry changes, goes or comes, or an extra part changes', () => {
    const base = digestOf(claims, 'content');
    expect(digestOf([claims[0]!, { id: 'a/two', digest: 'c2-edited' }], 'content')).not.toBe(base);
    expect(digestOf([claims[0]!], 'content')).not.toBe(base);
    expect(digestOf([...claims, { id: 'a/three', digest: 'c3' }], 'content')).not.toBe(base);
    expect(digestOf(claims, 'other-content')).not.toBe(base);
  });

  it('never matches for an entry without a digest, so such a page always renders', () => {
    expect(digestOf([{ id: 'x' }])).not.toBe(digestOf([{ id: 'x' }]));
  });
});

describe('storyCacheKey', () => {
  const key = storyCacheKey('site-1', story, original, claims);

  it('stays the same when nothing the story draws on changed', () => {
    expect(storyCacheKey('site-1', { ...story }, { ...original }, [...claims].reverse())).toBe(key);
  });

  it('changes with one of its claims, its original, the story or anything site-wide', () => {
    expect(storyCacheKey('site-1', story, original, [claims[0]!, { id: 'a/two', digest: 'edited' }])).not.toBe(key);
    expect(storyCacheKey('site-1', story, { id: 'a', digest: 'o2' }, claims)).not.toBe(key);
    expect(storyCacheKey('site-1', { id: 'a', digest: 's2' }, original, claims)).not.toBe(key);
    expect(storyCacheKey('site-2', story, original, claims)).not.toBe(key);
  });

  it('differs between stories whose entries carry the same digests', () => {
    expect(storyCacheKey('site-1', { id: 'b', digest: 's1' }, original, claims)).not.toBe(key);
  });
});
