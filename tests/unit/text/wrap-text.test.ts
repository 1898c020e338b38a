import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/lib/charts/text-measure.ts';
import { ellipsize, wrapText } from '../../../src/lib/text/wrap-text.ts';

const perChar = (px: number) => (s: string) => [...s].length * px;
/** Chart label widths at 10 px. */
const approx = (s: string) => textWidth(s, 10);

describe('wrapText', () => {
  it('breaks at spaces so no line is wider than the box', () => {
    expect(wrapText('aaa bbb ccc', 70, perChar(10))).toEqual({ lines: ['aaa bbb', 'ccc'], truncated: false });
  });
  it('collapses runs of whitespace', () => {
    expect(wrapText('  aaa \n  bbb ', 100, perChar(10)).lines).toEqual(['aaa bbb']);
  });
  it('cuts a word wider than the box by characters', () => {
    expect(wrapText('abcdefghij', 40, perChar(10)).lines).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('breaks CJK text between characters, without inventing spaces', () => {
    const { lines } = wrapText('小米不敢用鸿蒙系统', 40, perChar(10));
    expect(lines).toEqual(['小米不敢', '用鸿蒙系', '统']);
  });
  it('ends the last allowed line with an ellipsis when the text is too long', () => {
    const result = wrapText('one two three four five six seven', 100, perChar(10), 2);
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]?.endsWith('…')).toBe(true);
    for (const line of result.lines) expect(line.length * 10).toBeLessThanOrEqual(100);
  });
});

describe('ellipsize', () => {
  it('leaves text that fits alone', () => {
    expect(ellipsize('short', 100, perChar(10))).toBe('short');
  });
  it('cuts at a word boundary and never exceeds the width', () => {
    const cut = ellipsize('Marginalia demonstration desk of fact checks', 200, perChar(10));
    expect(cut).toBe('Marginalia…');
    expect([...cut].length * 10).toBeLessThanOrEqual(200);
  });
});

describe('wrapText with approximate chart widths', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Sales rose', 100, approx).lines).toEqual(['Sales rose']);
  });

  it('breaks at spaces so no line is wider than the limit', () => {
    const lines = wrapText('Record year after the new factory opened', 100, approx).lines;
    expect(lines).toEqual(['Record year', 'after the new', 'factory opened']);
    expect(lines.every((line) => approx(line) <= 100)).toBe(true);
  });

  it('breaks a word longer than a line between characters', () => {
    expect(wrapText('abcdefghij', 30, approx).lines).toEqual(['abcde', 'fghij']);
  });

  it('breaks CJK text between characters without spaces', () => {
    expect(wrapText('日本の自動車', 30, approx).lines).toEqual(['日本の', '自動車']);
  });

  it('never breaks at a no-break space, keeping "10 M" together', () => {
    expect(wrapText('round of 10\u00A0M', 60, approx).lines).toEqual(['round of', '10\u00A0M']);
  });

  it('returns no lines for blank text', () => {
    expect(wrapText('   ', 100, approx).lines).toEqual([]);
  });
});
