import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../src/lib/charts/label-spread.ts';

describe('spreadLabels', () => {
  it('leaves labels that do not overlap where they are', () => {
    expect(spreadLabels([{ center: 20, size: 10 }, { center: 60, size: 10 }], 0, 100, 2)).toEqual([20, 60]);
  });

  it('pushes two overlapping labels apart symmetrically around their mean', () => {
    // Wishes 50 and 52, 10 px tall, 2 px gap: centres 12 apart with the same mean, 51.
    expect(spreadLabels([{ center: 50, size: 10 }, { center: 52, size: 10 }], 0, 100, 2)).toEqual([45, 57]);
  });

  it('returns centres in input order even when input is unsorted', () => {
    expect(spreadLabels([{ center: 52, size: 10 }, { center: 50, size: 10 }], 0, 100, 2)).toEqual([57, 45]);
  });

  it('keeps labels inside the bounds', () => {
    expect(spreadLabels([{ center: 0, size: 10 }], 0, 100, 2)).toEqual([5]);
    expect(spreadLabels([{ center: 99, size: 10 }, { center: 99, size: 10 }], 0, 100, 2)).toEqual([83, 95]);
  });

  it('returns null when the labels cannot all fit', () => {
    expect(spreadLabels([{ center: 5, size: 10 }, { center: 5, size: 10 }], 0, 21, 2)).toBeNull();
  });

  it('separates a crowd of labels without overlap', () => {
    const items = [30, 31, 32, 33, 34, 80, 81].map((center) => ({ center, size: 13 }));
    const centers = spreadLabels(items, 0, 200, 2) ?? [];
    const sorted = [...centers].sort((a, b) => a - b);
    sorted.slice(1).forEach((center, index) => expect(center - (sorted[index] ?? 0)).toBeGreaterThanOrEqual(15 - 1e-9));
    expect(Math.min(...centers) - 6.5).toBeGreaterThanOrEqual(0);
    expect(Math.max(...centers) + 6.5).toBeLessThanOrEqual(200);
  });
});
