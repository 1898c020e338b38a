import { describe, expect, it } from 'vitest';
import { filterRange } from '../../../src/lib/charts/range-filter.ts';
import { table } from './fixtures.ts';

const years = table(
  [
    { name: 'year', type: 'integer' },
    { name: 'units', type: 'number' },
  ],
  [2018, 2019, 2020, 2021].map((year) => ({ year, units: year - 2000 })),
);

const events = table(
  [
    { name: 'date', type: 'date' },
    { name: 'event', type: 'string' },
  ],
  [
    { date: '2019-05-16', event: 'A' },
    { date: '2020-01-01', event: 'B' },
    { date: '2020-12-31', event: 'C' },
    { date: '2021-06-02', event: 'D' },
    { date: null, event: 'undated' },
  ],
);

describe('filterRange', () => {
  it('keeps numbers between from and to, both included', () => {
    expect(filterRange(years, 'year', { from: '2019', to: '2020' }).rows.map((row) => row.year)).toEqual([2019, 2020]);
  });

  it('leaves either end open', () => {
    expect(filterRange(years, 'year', { to: '2019' }).rows.map((row) => row.year)).toEqual([2018, 2019]);
    expect(filterRange(years, 'year', { from: '2021' }).rows.map((row) => row.year)).toEqual([2021]);
  });

  it('returns the table unchanged without a range', () => {
    expect(filterRange(years, 'year', {})).toBe(years);
  });

  it('compares dates by their leading characters, so a year keeps all of that year', () => {
    expect(filterRange(events, 'date', { from: '2020', to: '2020' }).rows.map((row) => row.event)).toEqual(['B', 'C']);
    expect(filterRange(events, 'date', { from: '2020-06' }).rows.map((row) => row.event)).toEqual(['C', 'D']);
  });

  it('drops rows without a value', () => {
    expect(filterRange(events, 'date', { from: '2000' }).rows.map((row) => row.event)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('compares text columns as text', () => {
    expect(filterRange(events, 'event', { from: 'B', to: 'C' }).rows.map((row) => row.event)).toEqual(['B', 'C']);
  });

  it('throws when a bound on a number column is not a number', () => {
    expect(() => filterRange(years, 'year', { from: 'last year' })).toThrow('from="last year" is not a number, and column "year" holds numbers');
  });

  it('throws for an unknown column', () => {
    expect(() => filterRange(years, 'date', { from: '2020' })).toThrow('no column "date" to zoom on');
  });
});
