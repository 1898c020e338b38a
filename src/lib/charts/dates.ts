// ISO 'YYYY-MM-DD' dates: parsing to UTC Dates (time-zone independent) and formatting at the
// coarsest precision the data needs ("2020", "Mar 2020", "12 Mar 2020").

import { utcFormat } from 'd3';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' to a UTC midnight Date; throws on anything else or on impossible dates. */
export function parseIsoDate(iso: string): Date {
  const match = ISO_DATE.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== iso) {
    throw new Error(`Invalid date "${iso}": expected an ISO date YYYY-MM-DD`);
  }
  return date;
}

/** 'YYYY-MM-DD' of a UTC Date. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** How finely a set of dates varies: all 1 January → year; all first of a month → month; else day. */
export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(dates: readonly Date[]): DatePrecision {
  if (dates.every((date) => date.getUTCMonth() === 0 && date.getUTCDate() === 1)) return 'year';
  if (dates.every((date) => date.getUTCDate() === 1)) return 'month';
  return 'day';
}

const FORMATS: Record<DatePrecision, (date: Date) => string> = {
  year: utcFormat('%Y'),
  month: utcFormat('%b %Y'),
  day: utcFormat('%-d %b %Y'),
};

/** Formats a date at a precision: year "2020", month "Mar 2020", day "12 Mar 2020". */
export function formatDate(date: Date, precision: DatePrecision): string {
  return FORMATS[precision](date);
}

/** Formatter using the precision all of `dates` share, so labels of one axis or list match. */
export function dateFormatter(dates: readonly Date[]): (date: Date) => string {
  return FORMATS[datePrecision(dates)];
}
