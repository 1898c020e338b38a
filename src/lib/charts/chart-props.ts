// What every chart component takes (dataset, title, row filters, zoom, highlight, callouts), and how a chart reports
// a mistake: a ChartError carries the prop at fault, so the content checks and the build word it the same way.
import type { ColumnType } from '../content/table.ts';
import { describeProblem, type PropProblem } from '../registry/check-props.ts';
import { defineComponent, type Key, type PropSpec } from '../registry/prop-spec.ts';

/** Column types that hold numbers. */
export const NUMBER_TYPES: readonly ColumnType[] = ['number', 'integer'];

/** Props shared by BarChart, LineChart and StackedBar (a Timeline takes all but `annotations`). */
export const CHART_PROPS = {
  dataset: { kind: 'ref', to: 'dataset', required: true, doc: 'The data to draw: a file name in content/datasets/, without .csv.' },
  title: { kind: 'text', doc: 'Title above the chart.', default: "the dataset's title" },
  note: { kind: 'text', doc: 'Note under the chart, before the source line.' },
  where: { kind: 'where', doc: 'Rows to draw: "column=value", several joined with &; "!=" keeps the rows that differ.', default: 'every row' },
  from: { kind: 'key', doc: 'Zoom: the first category, x value or date drawn (inclusive); a year is enough for dates.' },
  to: { kind: 'key', doc: 'Zoom: the last category, x value or date drawn (inclusive).' },
  highlight: { kind: 'keys', doc: 'Keys to pick out, the rest muted: categories (bars), series (lines), events (timeline).' },
  annotations: { kind: 'annotations', doc: 'Callouts, besides <Annotation> children: {[{ at: "2020", text: "…" }]}.' },
} as const satisfies Record<string, PropSpec>;

/** Props of bar-like charts: how bars are ordered and laid out. */
export const BAND_PROPS = {
  sort: { kind: 'choice', values: ['none', 'asc', 'desc'], doc: 'Order of the bars by value.', default: 'none (table order)' },
  orientation: { kind: 'choice', values: ['auto', 'horizontal', 'vertical'], doc: 'Bar direction.', default: 'auto (vertical for years and dates that fit)' },
} as const satisfies Record<string, PropSpec>;

/** <Annotation>: a callout inside a chart; the registry adds where it may stand. */
export const ANNOTATION = defineComponent({
  doc: 'A callout inside a chart, pointing at one datum.',
  example: '<BarChart dataset="global-shipments-2021" label="vendor" value="units">\n  <Annotation at="Xiaomi" text="Third largest" />\n</BarChart>',
  children: 'none',
  props: {
    at: { kind: 'key', required: true, doc: 'Key of the datum: a category (bars), "series@x" or x (lines), "category/part" (a stacked segment).' },
    text: { kind: 'text', required: true, doc: 'The callout, a few words.' },
  },
});

/** A mistake in a chart's props or data, naming the prop at fault. */
export class ChartError extends Error {
  readonly component: string;
  readonly problem: PropProblem;
  constructor(component: string, problem: PropProblem) {
    super(describeProblem(component, problem));
    this.name = 'ChartError';
    this.component = component;
    this.problem = problem;
  }
}

/** A prop that may be one name or a list, as a list. */
export function nameList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** Keys as strings: numbers written as {2020} become "2020". */
export function keyList(value: Key | readonly Key[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' || typeof value === 'number' ? [value] : [...value]).map(String);
}
