import { describe, expect, it } from 'vitest';
import { dateFormatter, datePrecision, formatDate, toIsoDate, parseIsoDate } from '../../../src/lib/charts/dates.ts';

describe('parseIsoDate', () => {
  it('parses YYYY-MM-DD as UTC midnight', () => {
    expect(parseIsoDate('2020-03-12').getTime()).toBe(Date.UTC(2020, 2, 12));
    expect(toIsoDate(parseIsoDate('2020-03-12'))).toBe('2020-03-12');
  });

  it('rejects other formats, naming the value', () => {
    expect(() => parseIsoDate('12/03/2020')).toThrow('Invalid date "12/03/2020"');
  });

  it('rejects impossible dates', () => {
    expect(() => parseIsoDate('2021-02-30')).toThrow('Invalid date "2021-02-30"');
  });
});

describe('date precision and formatting', () => {
  const dates = (...isos: string[]): Date[] => isos.map(parseIsoDate);

  it('is year when all dates are 1 January', () => {
    expect(datePrecision(dates('2019-01-01', '2020-01-01'))).toBe('year');
  });

  it('is month when all dates are the first of a month', () => {
    expect(datePrecision(dates('2019-01-01', '2019-04-01'))).toBe('month');
  });

  it('is day otherwise', () => {
    expect(datePrecision(dates('2019-01-01', '2019-04-12'))).toBe('day');
  });

  it('formats at each precision', () => {
    const date = parseIsoDate('2020-03-01');
    expect(formatDate(date, 'year')).toBe('2020');
    expect(formatDate(date, 'month')).toBe('Mar 2020');
    expect(formatDate(date, 'day')).toBe('1 Mar 2020');
  });

  it('formats a set of dates at their shared precision', () => {
    const set = dates('2019-01-01', '2019-04-01');
    expect(set.map(dateFormatter(set))).toEqual(['Jan 2019', 'Apr 2019']);
  });
});
