// Plain-English descriptions of charts for <desc> and screen readers: what is shown, how many
// bars or series, the largest and smallest values with labels, and the trend of line charts.

import { formatValueLong } from '../text/number-format.ts';
import { plural } from '../text/plural.ts';

/** Sentence fragment used whenever a chart has nothing to show. */
export const NO_DATA = 'no data';

/** "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

interface Extremes<T> {
  largest: T;
  smallest: T;
  count: number;
}

/** Largest and smallest of the items with a value (first wins ties); null when none has one. */
export function extremes<T extends { value: number | null }>(items: readonly T[]): Extremes<T & { value: number }> | null {
  const defined = items.filter((item): item is T & { value: number } => item.value !== null);
  const [first] = defined;
  if (!first) return null;
  let largest = first;
  let smallest = first;
  for (const item of defined) {
    if (item.value > largest.value) largest = item;
    if (item.value < smallest.value) smallest = item;
  }
  return { largest, smallest, count: defined.length };
}

export interface BarDatum {
  /** Category label. */
  label: string;
  /** Series label, for grouped bars. */
  series?: string;
  /** The bar's value; null when missing. */
  value: number | null;
}

export interface BarDescriptionInput {
  /** Chart title, starts the description. */
  title: string;
  /** Unit of the values, for formatting. */
  unit?: string | undefined;
  /** Category labels in display order. */
  categories: readonly string[];
  /** Series labels; one for simple bars. */
  seriesNames: readonly string[];
  data: readonly BarDatum[];
}

function barName(datum: BarDatum, grouped: boolean): string {
  return grouped && datum.series ? `${datum.label} (${datum.series})` : datum.label;
}

/** e.g. "Sales: bar chart of 3 categories. Largest: Japan, 191.2 million units. Smallest: …" */
export function describeBarChart(input: BarDescriptionInput): string {
  const grouped = input.seriesNames.length > 1;
  const kind = grouped ? 'grouped bar chart' : 'bar chart';
  if (input.categories.length === 0) return `${input.title}: ${kind} with ${NO_DATA}.`;
  const what = grouped
    ? `${kind} of ${plural(input.categories.length, 'category', 'categories')} in ${plural(input.seriesNames.length, 'series', 'series')} (${listText(input.seriesNames)})`
    : `${kind} of ${plural(input.categories.length, 'category', 'categories')}`;
  const found = extremes(input.data);
  if (!found) return `${input.title}: ${what}, with ${NO_DATA} for any of them.`;
  const value = (datum: BarDatum): string => formatValueLong(datum.value, input.unit);
  const sentences = [`${input.title}: ${what}.`];
  if (found.count === 1) {
    sentences.push(`Only one value: ${barName(found.largest, grouped)}, ${value(found.largest)}.`);
  } else {
    sentences.push(`Largest: ${barName(found.largest, grouped)}, ${value(found.largest)}.`);
    sentences.push(`Smallest: ${barName(found.smallest, grouped)}, ${value(found.smallest)}.`);
  }
  const missing = input.data.filter((datum) => datum.value === null).map((datum) => barName(datum, grouped));
  if (missing.length > 0) sentences.push(`No data for ${listText(missing)}.`);
  return sentences.join(' ');
}

export interface StackedCategory {
  /** Category label. */
  label: string;
  /** Sum of the parts (in the data's unit); null when any part is missing. */
  total: number | null;
  /** Share of the first part in % (share mode), null when unknown. */
  firstShare: number | null;
}

export interface StackedDescriptionInput {
  /** Chart title, starts the description. */
  title: string;
  /** Unit of the counts, for formatting. */
  unit?: string | undefined;
  /** Whether bars show counts or 100 % shares. */
  mode: 'count' | 'share';
  /** Labels of the stacked parts, in stacking order. */
  partNames: readonly string[];
  /** Categories in display order. */
  categories: readonly StackedCategory[];
  /** Share mode: the largest single segment (category, part and its share in %), if any. */
  largestShare?: { category: string; part: string; share: number } | undefined;
}

/** e.g. "Cars: stacked bar chart of 3 categories, each split into Domestic and Overseas. Largest total: …" */
export function describeStackedBarChart(input: StackedDescriptionInput): string {
  const kind = input.mode === 'share' ? 'stacked bar chart of shares' : 'stacked bar chart';
  if (input.categories.length === 0) return `${input.title}: ${kind} with ${NO_DATA}.`;
  const what = `${kind} of ${plural(input.categories.length, 'category', 'categories')}, each split into ${listText(input.partNames)}`;
  const sentences = [`${input.title}: ${what}.`];
  if (input.mode === 'share') {
    const found = extremes(input.categories.map((category) => ({ label: category.label, value: category.firstShare })));
    if (!found) return `${input.title}: ${what}, with ${NO_DATA} for any of them.`;
    const first = input.partNames[0] ?? '';
    const share = (value: number): string => formatValueLong(value, '%');
    sentences.push(
      `${first} ranges from ${share(found.smallest.value)} (${found.smallest.label}) to ${share(found.largest.value)} (${found.largest.label}).`,
    );
    const top = input.largestShare;
    if (top) sentences.push(`Largest share: ${top.part} in ${top.category}, ${share(top.share)}.`);
  } else {
    const found = extremes(input.categories.map((category) => ({ label: category.label, value: category.total })));
    if (!found) return `${input.title}: ${what}, with ${NO_DATA} for any of them.`;
    const total = (value: number): string => formatValueLong(value, input.unit);
    sentences.push(`Largest total: ${found.largest.label}, ${total(found.largest.value)}.`);
    sentences.push(`Smallest total: ${found.smallest.label}, ${total(found.smallest.value)}.`);
  }
  const missing = input.categories.filter((category) => category.total === null).map((category) => category.label);
  if (missing.length > 0) sentences.push(`Missing or incomplete data for ${listText(missing)}.`);
  return sentences.join(' ');
}

export type Trend = 'rising' | 'falling' | 'flat';

/** Direction from a first to a last value. */
export function trendOf(first: number, last: number): Trend {
  return last > first ? 'rising' : last < first ? 'falling' : 'flat';
}

/** One trend word for several series: theirs when they agree, "mixed" otherwise. */
export function overallTrend(trends: readonly Trend[]): Trend | 'mixed' {
  const [first] = trends;
  return first !== undefined && trends.every((trend) => trend === first) ? first : 'mixed';
}

export interface LinePointText {
  /** Formatted x value, e.g. "2020". */
  x: string;
  /** y value; null when missing. */
  value: number | null;
}

export interface LineSeriesText {
  /** Series label. */
  name: string;
  /** Points in x order. */
  points: readonly LinePointText[];
}

export interface LineDescriptionInput {
  /** Chart title, starts the description. */
  title: string;
  /** Unit of the y values, for formatting. */
  unit?: string | undefined;
  /** Formatted first x of the whole chart. */
  from: string;
  /** Formatted last x of the whole chart. */
  to: string;
  /** The series in legend order. */
  series: readonly LineSeriesText[];
}

const TREND_VERB: Record<Trend, string> = { rising: 'rose', falling: 'fell', flat: 'stayed level' };

/** e.g. "Sales: line chart from 2010 to 2020. The trend is rising: Sales rose from 100 … in 2010 to 191.2 … in 2020. Highest: …" */
export function describeLineChart(input: LineDescriptionInput): string {
  const value = (v: number): string => formatValueLong(v, input.unit);
  const points = input.series.flatMap((series) =>
    series.points.map((point) => ({ series: series.name, x: point.x, value: point.value })),
  );
  const found = extremes(points);
  const multi = input.series.length > 1;
  const kind = multi ? `line chart of ${plural(input.series.length, 'series', 'series')}` : 'line chart';
  if (!found) return `${input.title}: ${kind} with ${NO_DATA}.`;
  const span = input.from === input.to ? `at ${input.from}` : `from ${input.from} to ${input.to}`;
  const sentences = [`${input.title}: ${kind} ${span}.`];

  const trends: Trend[] = [];
  const changes: string[] = [];
  for (const series of input.series) {
    const defined = series.points.filter((point): point is LinePointText & { value: number } => point.value !== null);
    const first = defined[0];
    const last = defined[defined.length - 1];
    if (!first || !last || defined.length < 2) continue;
    const trend = trendOf(first.value, last.value);
    trends.push(trend);
    changes.push(
      trend === 'flat'
        ? `${series.name} stayed at ${value(first.value)} from ${first.x} to ${last.x}`
        : `${series.name} ${TREND_VERB[trend]} from ${value(first.value)} in ${first.x} to ${value(last.value)} in ${last.x}`,
    );
  }
  if (changes.length > 0) sentences.push(`The trend is ${overallTrend(trends)}: ${changes.join('; ')}.`);

  const at = (point: { series: string; x: string; value: number }): string =>
    `${multi ? `${point.series}, ` : ''}${value(point.value)} in ${point.x}`;
  if (found.count === 1) {
    sentences.push(`Only one value: ${at(found.largest)}.`);
  } else {
    sentences.push(`Highest: ${at(found.largest)}. Lowest: ${at(found.smallest)}.`);
  }
  if (points.some((point) => point.value === null)) sentences.push('Some values are missing; the lines have gaps there.');
  return sentences.join(' ');
}

export interface TimelineEventText {
  /** Formatted date. */
  date: string;
  /** What happened. */
  label: string;
}

/** e.g. "History: timeline of 3 events from 2019 to 2023. First: 2019, Founded. Last: 2023, Sold." */
export function describeTimeline(title: string, events: readonly TimelineEventText[]): string {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) return `${title}: timeline with ${NO_DATA}.`;
  if (events.length === 1) return `${title}: timeline of 1 event: ${first.date}, ${first.label}.`;
  return (
    `${title}: timeline of ${plural(events.length, 'event')} from ${first.date} to ${last.date}. ` +
    `First: ${first.date}, ${first.label}. Last: ${last.date}, ${last.label}.`
  );
}
