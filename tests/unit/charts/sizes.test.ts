import { describe, expect, it } from 'vitest';
import { isNarrow, minCssWidth, MIN_FONT_PX, NARROW, resolveFontSizes, WIDE } from '../../../src/lib/charts/sizes.ts';

describe('design widths', () => {
  it('are 640 wide and 340 narrow', () => {
    expect([WIDE, NARROW]).toEqual([640, 340]);
  });

  it('treats the narrow width as narrow and the wide width as wide', () => {
    expect(isNarrow(NARROW)).toBe(true);
    expect(isNarrow(WIDE)).toBe(false);
  });
});

describe('resolveFontSizes', () => {
  it('defaults to 13 px labels and 12 px ticks', () => {
    expect(resolveFontSizes({})).toEqual({ label: 13, tick: 12 });
  });

  it('keeps sizes given in options', () => {
    expect(resolveFontSizes({ labelFontSize: 15, tickFontSize: 14 })).toEqual({ label: 15, tick: 14 });
  });

  it('raises sizes below 11 px to 11 px', () => {
    expect(resolveFontSizes({ labelFontSize: 9, tickFontSize: 10 })).toEqual({ label: MIN_FONT_PX, tick: MIN_FONT_PX });
  });
});

describe('minCssWidth', () => {
  it('is 587 px for the wide layout with 12 px ticks (640 × 11 / 12, rounded up)', () => {
    expect(minCssWidth(WIDE)).toBe(587);
  });

  it('lets the narrow layout shrink to 312 px, below a 360 px phone minus padding', () => {
    expect(minCssWidth(NARROW)).toBe(312);
  });

  it('equals the viewBox width when the smallest text is already 11 px', () => {
    expect(minCssWidth(500, 11)).toBe(500);
  });
});
