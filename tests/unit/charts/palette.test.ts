import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CLASS, MUTED_CLASS, SERIES_CLASSES, seriesClass } from '../../../src/lib/charts/palette.ts';

describe('palette classes', () => {
  it('has six series classes series-0 … series-5', () => {
    expect(SERIES_CLASSES).toEqual(['series-0', 'series-1', 'series-2', 'series-3', 'series-4', 'series-5']);
  });

  it('names the highlight and muted classes', () => {
    expect([HIGHLIGHT_CLASS, MUTED_CLASS]).toEqual(['highlight', 'muted']);
  });

  it('gives series-N for index N', () => {
    expect(seriesClass(0)).toBe('series-0');
    expect(seriesClass(5)).toBe('series-5');
  });

  it('wraps around after six series', () => {
    expect(seriesClass(6)).toBe('series-0');
    expect(seriesClass(8)).toBe('series-2');
  });
});
