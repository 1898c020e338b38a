import { describe, expect, it } from 'vitest';
import { maxTextWidth, textWidth, wrapLabel } from '../../../src/lib/charts/text-measure.ts';
import { isWideChar } from '../../../src/lib/text/wrap-text.ts';

describe('textWidth', () => {
  it('counts Latin letters and digits as 0.6 em', () => {
    expect(textWidth('abc', 10)).toBeCloseTo(18);
    expect(textWidth('2020', 12)).toBeCloseTo(28.8);
  });

  it('counts CJK characters as 1 em', () => {
    expect(textWidth('日本', 10)).toBe(20);
    expect(isWideChar('한')).toBe(true);
    expect(isWideChar('a')).toBe(false);
  });

  it('is 0 for empty text', () => {
    expect(textWidth('', 13)).toBe(0);
  });

  it('gives the widest of several texts', () => {
    expect(maxTextWidth(['a', 'abcd', 'ab'], 10)).toBeCloseTo(24);
    expect(maxTextWidth([], 10)).toBe(0);
  });
});

describe('wrapLabel', () => {
  it('wraps by the approximate widths, as wrapText does', () => {
    const lines = wrapLabel('Record year after the new factory opened', 100, 10);
    expect(lines).toEqual(['Record year', 'after the new', 'factory opened']);
    expect(lines.every((line) => textWidth(line, 10) <= 100)).toBe(true);
  });
});
