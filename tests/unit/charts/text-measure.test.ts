import { describe, expect, it } from 'vitest';
import { isWideChar, maxTextWidth, textWidth, wrapText } from '../../../src/lib/charts/text-measure.ts';

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

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Sales rose', 100, 10)).toEqual(['Sales rose']);
  });

  it('breaks at spaces so no line is wider than the limit', () => {
    const lines = wrapText('Record year after the new factory opened', 100, 10);
    expect(lines).toEqual(['Record year', 'after the new', 'factory opened']);
    expect(lines.every((line) => textWidth(line, 10) <= 100)).toBe(true);
  });

  it('breaks a word longer than a line between characters', () => {
    expect(wrapText('abcdefghij', 30, 10)).toEqual(['abcde', 'fghij']);
  });

  it('breaks CJK text between characters without spaces', () => {
    expect(wrapText('日本の自動車', 30, 10)).toEqual(['日本の', '自動車']);
  });

  it('never breaks at a no-break space, keeping "10 M" together', () => {
    expect(wrapText('round of 10\u00A0M', 60, 10)).toEqual(['round of', '10\u00A0M']);
  });

  it('returns no lines for blank text', () => {
    expect(wrapText('   ', 100, 10)).toEqual([]);
  });
});
