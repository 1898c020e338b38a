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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What is wrong with a date as written, in words ("there is no month 13", "February 2023 has 28 days"), or
 * undefined when it is a real date. `partial` also accepts YYYY and YYYY-MM.
 */
export function dateProblem(text: string, partial = false): string | undefined {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!parts || (!partial && parts[3] === undefined)) return partial ? 'is not written YYYY-MM-DD, YYYY-MM or YYYY' : 'is not written YYYY-MM-DD';
  const year = Number(parts[1]);
  if (parts[2] === undefined) return undefined;
  const month = Number(parts[2]);
  if (month < 1 || month > 12) return `is not a date: there is no month ${month}`;
  if (parts[3] === undefined) return undefined;
  const day = Number(parts[3]);
  const days = daysIn(year, month);
  if (day < 1) return 'is not a date: there is no day 0';
  if (day > days) return `is not a date: ${MONTHS[month - 1]}${month === 2 ? ` ${year}` : ''} has ${days} days`;
  return undefined;
}

/** True when `text` is YYYY-MM-DD and names a day that exists (2022-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  return dateProblem(text) === undefined;
}

/** True for YYYY, YYYY-MM or a real YYYY-MM-DD. */
export function isPartialDate(text: string): boolean {
  return dateProblem(text, true) === undefined;
}

/** A date field: the schema reports what is wrong with the date and how to write it. */
function dateField(partial: boolean) {
  return z.preprocess(
    toDateText,
    z.string().superRefine((value, ctx) => {
      const problem = dateProblem(value, partial);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { fix: partial ? 'write a real date as YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known), e.g. 2022-01-27' : 'write a real date as YYYY-MM-DD, e.g. 2022-01-27' } });
    }),
  );
}

/** A full date, YYYY-MM-DD, kept as text so it never shifts with time zones. */
export const isoDate = dateField(false);

/** A date that may be known only to the year or month: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = dateField(true);

/** Characters a written address never holds: a browser would encode them, and they mark pasted markup or prose. */
const NOT_IN_URLS = /[\s<>"]/;

/** True for absolute http(s) URLs; `javascript:`, `file:`, relative links and text with spaces or <, >, " are refused. */
export function isWebUrl(text: string): boolean {
  if (NOT_IN_URLS.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const webUrl = z.string().superRefine((value, ctx) => {
  if (!isWebUrl(value)) ctx.addIssue({ code: 'custom', message: 'must be a full web address starting with https:// or http://', params: { fix: "copy the full address from the browser's address bar, starting with https://" } });
});

/** True for a well-formed BCP 47 language tag ("en", "zh", "zh-Hant", "pt-BR"), as the browser's Intl reads them. */
export function isLanguageTag(text: string): boolean {
  try {
    return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(text) && Intl.getCanonicalLocales(text).length === 1;
  } catch {
    return false;
  }
}

/** A language tag: it ends up in lang attributes and feeds, so it must be a tag and nothing else. */
export const languageTag = z.string().superRefine((value, ctx) => {
  if (!isLanguageTag(value)) ctx.addIssue({ code: 'custom', message: 'must be a language tag, e.g. "en", "zh" or "zh-Hant"', params: { fix: 'write the language as its BCP 47 code: en for English, zh for Chinese' } });
});

/** Non-empty text after trimming. */
export const text = z.string().trim().min(1, 'must not be empty');
