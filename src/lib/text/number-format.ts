// Reader-friendly number formatting with units, for charts and figure checks alike: "191.2 M", "14 %", "12,345",
// "−3.5 B", and signed changes ("+0.8").
// A NO-BREAK SPACE (U+00A0) always separates number and unit so the pair never wraps.

import { format, precisionFixed } from 'd3';

/** The space placed between a number and its unit. */
export const NBSP = '\u00A0';
/** Text shown where a value is missing (null). */
export const MISSING_LABEL = 'n/a';

const CURRENCY_SYMBOLS = ['$', '€', '£', '¥'];

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Large-number abbreviations, largest first. */
const MAGNITUDES = [
  { value: 1e12, short: 'T', word: 'trillion' },
  { value: 1e9, short: 'B', word: 'billion' },
  { value: 1e6, short: 'M', word: 'million' },
] as const;
type Magnitude = (typeof MAGNITUDES)[number];

/** A unit string taken apart: "million units" → multiplier 1e6, words "units". */
export interface ParsedUnit {
  /** Values are percentages (unit "%", "percent" or "per cent"). */
  percent: boolean;
  /** Factor from the stored value to the real quantity (1e6 for "million …"). */
  multiplier: number;
  /** Currency symbol written before the number, or ''. */
  prefix: string;
  /** Remaining unit words ("units", "people"), used only in long form; '' when none. */
  words: string;
}

/** Splits a column unit like "million units", "%", "$" or "billion $" into its parts. */
export function parseUnit(unit: string | undefined): ParsedUnit {
  const text = (unit ?? '').trim();
  if (/^(%|percent|per cent)$/i.test(text)) return { percent: true, multiplier: 1, prefix: '', words: '' };
  const scaled = /^(thousand|million|billion|trillion)s?\b\s*(.*)$/i.exec(text);
  const multiplier = scaled ? (SCALE_WORDS[(scaled[1] ?? '').toLowerCase()] ?? 1) : 1;
  const rest = scaled ? (scaled[2] ?? '').trim() : text;
  if (CURRENCY_SYMBOLS.includes(rest)) return { percent: false, multiplier, prefix: rest, words: '' };
  return { percent: false, multiplier, prefix: '', words: rest };
}

function magnitudeOf(absolute: number): Magnitude | undefined {
  return MAGNITUDES.find((magnitude) => absolute >= magnitude.value);
}

/** A number below a million: grouped, at most one decimal; small fractions keep 2 significant digits. */
function formatPlain(absolute: number): string {
  if (absolute === 0) return '0';
  if (absolute < 1) return format('.2~r')(absolute);
  return format(',.1~f')(absolute);
}

/** Mantissa of an abbreviated number: 191.2 (M), 1.25 (B). */
function formatMantissa(mantissa: number): string {
  return format(mantissa >= 10 ? ',.1~f' : ',.2~f')(mantissa);
}

function sign(value: number): string {
  return value < 0 ? '\u2212' : ''; // U+2212 MINUS SIGN, as d3-format writes it
}

/**
 * Short form for labels: formatValue(191.2, 'million units') → "191.2 M"; (14, '%') → "14 %";
 * (12345, 'people') → "12,345"; (3.4e9) → "3.4 B"; null → "n/a". Unit words other than
 * %, currency and scale words are left to the axis title.
 */
export function formatValue(value: number | null, unit?: string): string {
  if (value === null || !Number.isFinite(value)) return MISSING_LABEL;
  const parsed = parseUnit(unit);
  if (parsed.percent) return `${sign(value)}${formatPlain(Math.abs(value))}${NBSP}%`;
  const absolute = Math.abs(value * parsed.multiplier);
  const magnitude = magnitudeOf(absolute);
  const number = magnitude ? `${formatMantissa(absolute / magnitude.value)}${NBSP}${magnitude.short}` : formatPlain(absolute);
  return `${sign(value)}${parsed.prefix}${number}`;
}

/**
 * Long form for descriptions read aloud: "191.2 million units", "14 %", "12,345 people",
 * "$1.5 billion"; null → "no data".
 */
export function formatValueLong(value: number | null, unit?: string): string {
  if (value === null || !Number.isFinite(value)) return 'no data';
  const parsed = parseUnit(unit);
  if (parsed.percent) return formatValue(value, unit);
  const absolute = Math.abs(value * parsed.multiplier);
  const magnitude = magnitudeOf(absolute);
  const number = magnitude ? `${formatMantissa(absolute / magnitude.value)}${NBSP}${magnitude.word}` : formatPlain(absolute);
  const words = parsed.words ? `${NBSP}${parsed.words}` : '';
  return `${sign(value)}${parsed.prefix}${number}${words}`;
}

/**
 * Formatter for axis ticks: one abbreviation and one number of decimals for all ticks, from the
 * largest tick and the tick step; zero is always "0". ([0, 50, 100], 'million units') → "0", "50 M", "100 M".
 */
export function tickFormatter(ticks: readonly number[], unit?: string): (value: number) => string {
  const parsed = parseUnit(unit);
  const first = ticks[0] ?? 0;
  const step = Math.abs((ticks[1] ?? first) - first);
  const largest = Math.max(0, ...ticks.map((tick) => Math.abs(tick * parsed.multiplier)));
  const magnitude = parsed.percent ? undefined : magnitudeOf(largest);
  const divisor = magnitude?.value ?? 1;
  const scaledStep = (step * parsed.multiplier) / divisor;
  const decimals = scaledStep > 0 ? Math.min(6, precisionFixed(scaledStep)) : 0;
  const number = format(`,.${decimals}f`);
  const suffix = parsed.percent ? `${NBSP}%` : magnitude ? `${NBSP}${magnitude.short}` : '';
  return (value) => {
    if (value === 0) return '0';
    const absolute = Math.abs(value * parsed.multiplier) / divisor;
    return `${sign(value)}${parsed.prefix}${number(absolute)}${suffix}`;
  };
}

/** Formats whole numbers that look like years (1000–2999) without a thousands separator. */
export function isYearLike(values: readonly number[]): boolean {
  return values.length > 0 && values.every((value) => Number.isInteger(value) && value >= 1000 && value <= 2999);
}

/** A signed change with grouping and at most one decimal: "+0.8", "−1,234.5"; zero stays "0". */
export function formatChange(value: number): string {
  const text = format(',.1~f')(Math.abs(value));
  if (text === '0') return '0';
  return `${value < 0 ? '\u2212' : '+'}${text}`;
}
