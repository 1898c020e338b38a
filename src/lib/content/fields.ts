// Field schemas shared by every collection: ids, dates and URLs with messages an editor can act on.
import { z } from 'astro/zod';

/** Lower-case slug: letters, digits and single hyphens (used for every id an editor types). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** YAML reads `true`, `false` and `2021` as non-text; an id written that way is still meant as text. */
export function scalarToText(value: unknown): unknown {
  return typeof value === 'boolean' || typeof value === 'number' ? String(value) : value;
}

export const slug = z.preprocess(
  scalarToText,
  z.string().regex(SLUG_PATTERN, 'must be a lower-case slug (a-z, 0-9 and single hyphens), e.g. "canalys-2021"'),
);

/** A calendar date as written in YAML; js-yaml (Astro) hands us a Date, the `yaml` package a string. */
function toDateText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** True when `text` is YYYY-MM-DD and names a day that exists (2022-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for YYYY, YYYY-MM or a real YYYY-MM-DD. */
export function isPartialDate(text: string): boolean {
  if (/^\d{4}$/.test(text)) return true;
  const month = /^\d{4}-(\d{2})$/.exec(text);
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12;
  return isCalendarDate(text);
}

/** A full date, YYYY-MM-DD, kept as text so it never shifts with time zones. */
export const isoDate = z.preprocess(
  toDateText,
  z.string().refine(isCalendarDate, 'must be a date written YYYY-MM-DD, e.g. 2022-01-27'),
);

/** A date that may be known only to the year or month: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.preprocess(
  toDateText,
  z.string().refine(isPartialDate, 'must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)'),
);

/** True for absolute http(s) URLs; `javascript:`, `file:` and relative links are refused. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const webUrl = z
  .string()
  .refine(isWebUrl, 'must be a full web address starting with https:// or http://');

/** Non-empty text after trimming. */
export const text = z.string().trim().min(1, 'must not be empty');
