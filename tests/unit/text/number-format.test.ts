import { describe, expect, it } from 'vitest';
import {
  formatValue,
  formatValueLong,
  isYearLike,
  MISSING_LABEL,
  NBSP,
  parseUnit,
  tickFormatter,
} from '../../../src/lib/text/number-format.ts';

const MINUS = '\u2212';

describe('formatValue', () => {
  it('abbreviates "million units" as M: 191.2 → "191.2 M"', () => {
    expect(formatValue(191.2, 'million units')).toBe(`191.2${NBSP}M`);
  });

  it('writes shares with a no-break space before %: 14 → "14 %"', () => {
    expect(formatValue(14, '%')).toBe(`14${NBSP}%`);
    expect(formatValue(14.25, 'percent')).toBe(`14.3${NBSP}%`);
  });

  it('groups thousands of plain numbers', () => {
    expect(formatValue(12345, 'people')).toBe('12,345');
    expect(formatValue(1234.56)).toBe('1,234.6');
  });

  it('abbreviates millions, billions and trillions', () => {
    expect(formatValue(1234567)).toBe(`1.23${NBSP}M`);
    expect(formatValue(3.4e9, 'people')).toBe(`3.4${NBSP}B`);
    expect(formatValue(2500, 'billion units')).toBe(`2.5${NBSP}T`);
  });

  it('turns thousands into plain grouped numbers', () => {
    expect(formatValue(850, 'thousand people')).toBe('850,000');
  });

  it('puts a currency symbol first', () => {
    expect(formatValue(2.5, 'billion $')).toBe(`$2.5${NBSP}B`);
    expect(formatValue(1200, '€')).toBe('€1,200');
  });

  it('writes negatives with a minus sign', () => {
    expect(formatValue(-3.2, '%')).toBe(`${MINUS}3.2${NBSP}%`);
    expect(formatValue(-1234)).toBe(`${MINUS}1,234`);
    expect(formatValue(-2.5, 'billion $')).toBe(`${MINUS}$2.5${NBSP}B`);
  });

  it('keeps two significant digits of small fractions', () => {
    expect(formatValue(0.0345)).toBe('0.035');
  });

  it('writes zero as 0', () => {
    expect(formatValue(0, 'million units')).toBe('0');
  });

  it('shows missing values as n/a', () => {
    expect(formatValue(null, '%')).toBe(MISSING_LABEL);
    expect(formatValue(Number.NaN)).toBe('n/a');
  });
});

describe('formatValueLong', () => {
  it('spells out the scale and keeps the unit words', () => {
    expect(formatValueLong(191.2, 'million units')).toBe(`191.2${NBSP}million${NBSP}units`);
  });

  it('adds the unit to plain numbers', () => {
    expect(formatValueLong(12345, 'people')).toBe(`12,345${NBSP}people`);
  });

  it('writes shares as in short form', () => {
    expect(formatValueLong(14, '%')).toBe(`14${NBSP}%`);
  });

  it('says "no data" for missing values', () => {
    expect(formatValueLong(null, 'people')).toBe('no data');
  });
});

describe('tickFormatter', () => {
  it('abbreviates all ticks alike and writes zero as 0', () => {
    const format = tickFormatter([0, 50, 100, 150, 200], 'million units');
    expect([0, 50, 100, 150, 200].map(format)).toEqual(['0', `50${NBSP}M`, `100${NBSP}M`, `150${NBSP}M`, `200${NBSP}M`]);
  });

  it('uses as many decimals as the step needs, for every tick', () => {
    const format = tickFormatter([0, 0.5, 1, 1.5], 'million units');
    expect([0.5, 1, 1.5].map(format)).toEqual([`0.5${NBSP}M`, `1.0${NBSP}M`, `1.5${NBSP}M`]);
  });

  it('adds % to share ticks', () => {
    const format = tickFormatter([0, 25, 50], '%');
    expect([0, 25, 50].map(format)).toEqual(['0', `25${NBSP}%`, `50${NBSP}%`]);
  });

  it('groups thousands and signs negatives', () => {
    const format = tickFormatter([-5000, 0, 5000, 10000]);
    expect([-5000, 10000].map(format)).toEqual([`${MINUS}5,000`, '10,000']);
  });
});

describe('parseUnit', () => {
  it('splits scale words, currency and unit words', () => {
    expect(parseUnit('million units')).toEqual({ percent: false, multiplier: 1e6, prefix: '', words: 'units' });
    expect(parseUnit('billion $')).toEqual({ percent: false, multiplier: 1e9, prefix: '$', words: '' });
    expect(parseUnit('%')).toEqual({ percent: true, multiplier: 1, prefix: '', words: '' });
    expect(parseUnit(undefined)).toEqual({ percent: false, multiplier: 1, prefix: '', words: '' });
  });
});

describe('isYearLike', () => {
  it('accepts whole numbers between 1000 and 2999', () => {
    expect(isYearLike([1999, 2020])).toBe(true);
    expect(isYearLike([2020.5])).toBe(false);
    expect(isYearLike([12000])).toBe(false);
    expect(isYearLike([])).toBe(false);
  });
});
