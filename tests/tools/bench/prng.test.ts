import { describe, expect, it } from 'vitest';
import { createRng, hashString } from '../../../tools/bench/prng.ts';

describe('createRng', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seq = (r: ReturnType<typeof createRng>) => Array.from({ length: 20 }, () => r.next());
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
  });

  it('keeps int() inside its inclusive bounds and reaches both ends', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('shuffles without losing or adding items', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = createRng(9).shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
  });

  it('forks independent streams that do not depend on how much the parent was used', () => {
    const a = createRng(5);
    const b = createRng(5);
    b.next();
    b.next();
    expect(a.fork('x').next()).toBe(b.fork('x').next());
    expect(a.fork('x').next()).not.toBe(a.fork('y').next());
  });

  it('hashes strings stably', () => {
    expect(hashString('story-1')).toBe(hashString('story-1'));
    expect(hashString('story-1')).not.toBe(hashString('story-2'));
  });
});
