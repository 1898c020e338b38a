import { describe, expect, it } from 'vitest';
import { memoryLines, parseSamples, summariseMemory, type MemorySample } from '../../../tools/bench/memory-summary.ts';

const sample = (t: number, rssMb: number, highWaterMb: number, heapUsedMb: number, largeObject: number): MemorySample => ({
  t, rssMb, highWaterMb, heapUsedMb, heapTotalMb: heapUsedMb + 100, externalMb: 40, spaces: { old: heapUsedMb - largeObject, large_object: largeObject },
});

describe('memory summary', () => {
  it('skips a line cut short and anything that is not a sample', () => {
    const text = `${JSON.stringify(sample(0.5, 200, 200, 80, 10))}\n{"t": 1, "rss\n[]\n\n${JSON.stringify(sample(1, 210, 210, 90, 10))}\n`;
    expect(parseSamples(text).map((s) => s.t)).toEqual([0.5, 1]);
  });

  it('finds each peak and when it was first seen, and the memory outside the heap at the resident peak', () => {
    const samples = [sample(1, 900, 900, 500, 20), sample(2, 2400, 2500, 1600, 800), sample(3, 2000, 2600, 700, 100), sample(4, 2100, 2600, 800, 90)];
    const summary = summariseMemory(samples);
    expect(summary).toEqual({
      samples: 4,
      highWater: { mb: 2600, at: 3 },
      rss: { mb: 2400, at: 2 },
      heapUsed: { mb: 1600, at: 2 },
      largeObjects: { mb: 800, at: 2 },
      nativeAtRssPeakMb: 2400 - 1700 - 40,
    });
    expect(memoryLines(summary!)[0]).toBe('resident high-water mark: 2600 MB at 3 s (first sample that showed it)');
  });

  it('has nothing to say without samples', () => {
    expect(summariseMemory([])).toBeUndefined();
  });
});
