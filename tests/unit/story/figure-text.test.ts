import { describe, expect, it } from 'vitest';
import type { FigureResult } from '../../../src/lib/story/figure-check.ts';
import { figureSentence, figureText } from '../../../src/lib/story/figure-text.ts';
import { figure } from '../integrity/make-bundle.ts';

const NB = '\u00a0';
const computed = (value: number, stated: number, agrees: boolean, shortfall: number): FigureResult => ({
  ok: true,
  computed: value,
  difference: value - stated,
  relativeDifference: (value - stated) / stated,
  agrees,
  shortfall,
  rowsUsed: 2,
});

describe('figureText: an exact figure', () => {
  it('says what the article says, what the data say and the difference, signed, with its share', () => {
    expect(figureText(figure({ stated: 140 }), computed(139.2, 140, true, 0.8))).toEqual({
      stated: `“more than 140 million units” (read as 140${NB}million${NB}units)`,
      computed: `139.2${NB}million${NB}units`,
      difference: `−800,000${NB}units (−0.6${NB}%) — within the tolerance we allow`,
      status: 'agrees',
    });
  });

  it('says when the data are outside the tolerance', () => {
    expect(figureText(figure({ stated: 160 }), computed(139.2, 160, false, 20.8))).toMatchObject({ status: 'differs', difference: expect.stringContaining('— outside the tolerance we allow') });
  });

  it('never rounds a small difference to nothing: 0.0126 billion reads as 12.6 million', () => {
    expect(figureText(figure({ stated: 1.4, unit: 'billion people' }), computed(1.4126, 1.4, true, 0.0126)).difference).toBe(`+12.6${NB}million${NB}people (+0.9${NB}%) — within the tolerance we allow`);
  });

  it('speaks of percentage points for a percentage', () => {
    expect(figureText(figure({ stated: 14, unit: '%' }), computed(15, 14, true, 1)).difference).toBe(`+1${NB}percentage points (+7.1${NB}%) — within the tolerance we allow`);
  });
});

describe('figureText: a floor or a ceiling', () => {
  it('reads "more than" as the floor it is, and says how far the data fall short of it', () => {
    const text = figureText(figure({ stated: 140, bound: 'lower' }), computed(139.2, 140, true, 0.8));
    expect(text.stated).toBe(`“more than 140 million units” (read as 140${NB}million${NB}units or more)`);
    expect(text.difference).toBe(`800,000${NB}units (0.6${NB}%) short of the stated minimum — within the tolerance we allow`);
  });

  it('says the data are above a floor, as the article says', () => {
    expect(figureText(figure({ stated: 1.4, bound: 'lower', unit: 'billion people' }), computed(1.4126, 1.4, true, 0)).difference).toBe(`12.6${NB}million${NB}people (0.9${NB}%) above the stated minimum, as the article says`);
  });

  it('reads a ceiling, below it and over it', () => {
    expect(figureText(figure({ stated: 6, bound: 'upper', unit: '%' }), computed(5.5, 6, true, 0)).difference).toBe(`0.5${NB}percentage points (8.3${NB}%) below the stated maximum, as the article says`);
    expect(figureText(figure({ stated: 6, bound: 'upper', unit: '%' }), computed(7, 6, false, 1)).difference).toBe(`1${NB}percentage points (16.7${NB}%) over the stated maximum — outside the tolerance we allow`);
  });
});

describe('figureText: an unverified figure', () => {
  it('says why it could not be verified, with no contradiction, and no data when there are none', () => {
    const { compute: _compute, tolerance: _tolerance, ...check } = figure({ assessment: 'unverified' });
    expect(figureText({ ...check, note: 'No source gives the figure.' }, undefined)).toEqual({ stated: `“more than 140 million units” (read as 140${NB}million${NB}units)`, difference: 'No source gives the figure.', status: 'unverified' });
  });

  it('shows what the data give, when they give something, still unverified', () => {
    expect(figureText({ ...figure({ assessment: 'unverified' }), note: 'The data count something else.' }, computed(139.2, 140, true, 0.8))).toMatchObject({ computed: `139.2${NB}million${NB}units`, status: 'unverified' });
  });
});

describe('figureSentence', () => {
  it('words a figure check for structured data', () => {
    expect(figureSentence(figure(), computed(139.2, 140, true, 0.8))).toBe('Figure check, Widgets sold outside China: the data agree with the article.');
    expect(figureSentence(figure(), computed(100, 140, false, 40))).toBe('Figure check, Widgets sold outside China: the data differ from the article.');
    expect(figureSentence({ ...figure({ assessment: 'unverified' }), note: 'No source gives it.' }, undefined)).toBe('Figure check, Widgets sold outside China: unverified (No source gives it).');
  });
});
