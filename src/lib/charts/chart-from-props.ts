// The chart components' props, as editors write them in MDX, turned into layouts: rows picked with
// `where` and `from`/`to`, tidy data pivoted for stacked bars, one layout per design width. Every
// mistake is reported as `<BarChart dataset="x"> value="unit": …`, naming what the editor wrote.

import type { ColumnMeta, DataTable, Row } from '../content/table.ts';
import { CHART_COLUMN_TYPES } from '../story-components.ts';
import type { AnnotationSpec } from './annotation-layout.ts';
import type { OrientationOption, SortOrder } from './band-frame.ts';
import { layoutBarChart } from './bar-layout.ts';
import { layoutLineChart } from './line-layout.ts';
import type { ChartKind, ChartLayout } from './marks.ts';
import { pivotParts } from './pivot.ts';
import { filterRange } from './range-filter.ts';
import { DESIGN_WIDTHS } from './sizes.ts';
import { layoutStackedBarChart } from './stacked-bar-layout.ts';
import { layoutTimeline } from './timeline-layout.ts';
import { filterRows } from './where.ts';

/** The chart components editors use. */
export type ChartComponent = 'BarChart' | 'LineChart' | 'StackedBar' | 'Timeline';

/** Which layout each component draws. */
export const CHART_KINDS: Readonly<Record<ChartComponent, ChartKind>> = {
  BarChart: 'bar',
  LineChart: 'line',
  StackedBar: 'stacked-bar',
  Timeline: 'timeline',
};

/** One column name, or a list of them (`value={["a", "b"]}`). */
export type Names = string | readonly string[];
/** Data keys (category values, series names, x values); numbers allowed as `highlight={2020}`. */
export type Keys = string | number | readonly (string | number)[];

/** A callout, as `<Annotation at="…" text="…" />` or an item of the `annotations` prop. */
export interface AnnotationProp {
  /** Key of the datum: a category (bars), "series@x" or x (lines), "category/part" (a stacked segment). */
  at: string | number;
  /** Short callout text. */
  text: string;
}

/** Every prop a chart component takes; which ones apply depends on the component. */
export interface ChartProps {
  /** Dataset id (file name in content/datasets/). */
  dataset: string;
  /** Title above the chart; default the dataset's title. */
  title?: string | undefined;
  /** Note under the chart, before the source line. */
  note?: string | undefined;
  /** Row filter "column=value", several joined with &; "!=" keeps rows that differ. */
  where?: string | undefined;
  /** Zoom: first category, x or date kept (inclusive). */
  from?: string | number | undefined;
  /** Zoom: last category, x or date kept (inclusive). */
  to?: string | number | undefined;
  /** Keys to highlight (bars: categories; lines: series; timeline: event keys). */
  highlight?: Keys | undefined;
  /** Callouts, in addition to <Annotation> children. */
  annotations?: readonly AnnotationProp[] | undefined;
  /** BarChart, StackedBar: column naming each bar. */
  label?: string | undefined;
  /** BarChart: value column(s), several for grouped bars (or one, with `series`). StackedBar: the value column (with `stack`), or the part columns. */
  value?: Names | undefined;
  /** StackedBar: column whose values become the stacked parts (tidy data). */
  stack?: string | undefined;
  /** StackedBar: stack shares of each bar's total (bars reach 100 %) instead of counts. */
  percent?: boolean | undefined;
  /** StackedBar: parts drawn last and in grey, such as "Others"; default any part named "Other" or "Others". */
  others?: Keys | undefined;
  /** BarChart, StackedBar: 'desc', 'asc' or 'none' (table order, the default). */
  sort?: string | undefined;
  /** BarChart, StackedBar: 'horizontal', 'vertical' or 'auto' (the default). */
  orientation?: string | undefined;
  /** BarChart: print values at bar ends; default true. */
  valueLabels?: boolean | undefined;
  /** LineChart: x column (date or number). */
  x?: string | undefined;
  /** LineChart: y column(s). */
  y?: Names | undefined;
  /** LineChart: column naming the series (tidy data). BarChart: column whose values become grouped bars. */
  series?: string | undefined;
  /** LineChart: 'legend' always uses a legend instead of labels at line ends. */
  labels?: string | undefined;
  /** LineChart: start the y axis at zero; default true. */
  zero?: boolean | undefined;
  /** Timeline: date column. */
  date?: string | undefined;
  /** Timeline: column with each event's text. */
  text?: string | undefined;
  /** Timeline: column keying events for `highlight`; default the text column. */
  key?: string | undefined;
}

/** The dataset as a chart needs it. */
export interface ChartDataset {
  id: string;
  /** The dataset's title, the default chart title. */
  title: string;
  table: DataTable;
}

export interface BuiltChart {
  kind: ChartKind;
  title: string;
  /** One layout per design width, wide first (DESIGN_WIDTHS). */
  layouts: ChartLayout[];
  /** The rows drawn, as in the dataset (before any pivot): the chart's data table. */
  rows: Row[];
}

/** Parts that StackedBar greys out and puts last unless told otherwise. */
const OTHERS = /^others?$/i;

const SORTS: readonly SortOrder[] = ['none', 'asc', 'desc'];
const ORIENTATIONS: readonly OrientationOption[] = ['auto', 'horizontal', 'vertical'];

/** `<BarChart dataset="x">` — how errors name the chart. */
export function chartTag(component: string, dataset: string): string {
  return `<${component} dataset="${dataset}">`;
}

/** An Error saying which chart, which prop and what is wrong. */
export function chartError(component: string, dataset: string, prop: string | undefined, message: string): Error {
  return new Error(`${chartTag(component, dataset)}${prop ? ` ${prop}` : ''}: ${message}`);
}

/** A prop that may be one name or a list, as a list. */
export function nameList(value: Names | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** Keys as strings: numbers written as {2020} become "2020". */
export function keyList(value: Keys | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' || typeof value === 'number' ? [value] : [...value]).map(String);
}

function optionalText(value: string | number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

/** Validates column props against the dataset; returns column lookups that throw chart errors. */
function columnChecker(component: ChartComponent, props: ChartProps, table: DataTable) {
  const fail = (prop: string | undefined, message: string): never => {
    throw chartError(component, props.dataset, prop, message);
  };
  const known = table.columns.map((column) => column.name).join(', ');
  const column = (prop: keyof ChartProps, name: string): ColumnMeta => {
    const found = table.columns.find((candidate) => candidate.name === name);
    if (!found) return fail(`${prop}="${name}"`, `dataset "${props.dataset}" has no column "${name}" (known: ${known})`);
    const types = CHART_COLUMN_TYPES[prop];
    if (types && !types.includes(found.type)) {
      return fail(`${prop}="${name}"`, `column "${name}" has the wrong type: it is ${found.type}, and ${prop} needs a ${types.join(' or ')} column`);
    }
    return found;
  };
  const required = (prop: keyof ChartProps): string[] => {
    const names = nameList(props[prop] as Names | undefined);
    if (names.length === 0) fail(undefined, `is missing the \`${prop}\` prop (a column of "${props.dataset}": ${known})`);
    for (const name of names) column(prop, name);
    return names;
  };
  const optional = (prop: keyof ChartProps): string | undefined => {
    const value = props[prop];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return fail(prop, 'must be one column name');
    column(prop, value);
    return value;
  };
  const one = (prop: keyof ChartProps): string => {
    const names = required(prop);
    if (names.length > 1) fail(`${prop}`, 'takes one column here, not a list');
    return names[0] ?? '';
  };
  return { fail, required, optional, one };
}

function choice<T extends string>(component: ChartComponent, props: ChartProps, prop: 'sort' | 'orientation', allowed: readonly T[]): T | undefined {
  const value = props[prop];
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw chartError(component, props.dataset, `${prop}="${value}"`, `must be one of ${allowed.map((item) => `"${item}"`).join(', ')}`);
  }
  return value as T;
}

/** Rows after `where`, then zoomed to from/to on `zoomColumn`. */
function pickRows(component: ChartComponent, props: ChartProps, table: DataTable, zoomColumn: string): DataTable {
  let picked: DataTable;
  try {
    picked = filterRows(table, props.where);
  } catch (error) {
    throw chartError(component, props.dataset, `where="${props.where ?? ''}"`, (error as Error).message);
  }
  try {
    return filterRange(picked, zoomColumn, { from: optionalText(props.from), to: optionalText(props.to) });
  } catch (error) {
    throw chartError(component, props.dataset, 'from/to', (error as Error).message);
  }
}

/**
 * Long (tidy) data turned into one column per part, when the chart names the column that splits it (`series` on a
 * BarChart, `stack` on a StackedBar); without one, the rows and value columns as given.
 */
function partsOf(component: ChartComponent, props: ChartProps, rows: DataTable, category: string, values: string[], split: { prop: 'series' | 'stack'; column: string | undefined; absent: 0 | null }): { table: DataTable; parts: string[] } {
  if (split.column === undefined) return { table: rows, parts: values };
  try {
    return pivotParts(rows, { category, stack: split.column, value: values[0] ?? '', absent: split.absent });
  } catch (error) {
    throw chartError(component, props.dataset, `${split.prop}="${split.column}"`, (error as Error).message);
  }
}

function layoutAll(component: ChartComponent, props: ChartProps, draw: (width: number) => ChartLayout): ChartLayout[] {
  return DESIGN_WIDTHS.map((width) => {
    try {
      return draw(width);
    } catch (error) {
      throw chartError(component, props.dataset, undefined, (error as Error).message);
    }
  });
}

/**
 * Lays out a chart from its component props and extra callouts (its <Annotation> children).
 * Throws an Error naming the component, the dataset and the prop at fault.
 */
export function buildChart(component: ChartComponent, props: ChartProps, dataset: ChartDataset, extra: readonly AnnotationProp[] = []): BuiltChart {
  if (!CHART_KINDS[component]) throw new Error(`<${component}> is not a chart component (known: ${Object.keys(CHART_KINDS).join(', ')})`);
  const columns = columnChecker(component, props, dataset.table);
  const title = props.title ?? dataset.title;
  const highlight = keyList(props.highlight);
  const annotations: AnnotationSpec[] = [...(props.annotations ?? []), ...extra].map((item) => ({ target: String(item.at), text: item.text }));
  const kind = CHART_KINDS[component];

  if (component === 'BarChart') {
    const category = columns.one('label');
    const values = columns.required('value');
    const series = columns.optional('series');
    if (series !== undefined && values.length > 1) columns.fail('series', 'use either several value columns or a series column, not both');
    const sort = choice<SortOrder>(component, props, 'sort', SORTS);
    const orientation = choice<OrientationOption>(component, props, 'orientation', ORIENTATIONS);
    const rows = pickRows(component, props, dataset.table, category);
    // A series column gives grouped bars; a category with no row for a series has no bar there (null, not 0).
    const { table, parts: value } = partsOf(component, props, rows, category, values, { prop: 'series', column: series, absent: null });
    const layouts = layoutAll(component, props, (width) =>
      layoutBarChart(table, {
        width,
        category,
        value,
        title,
        highlight,
        annotations,
        ...(sort ? { sort } : {}),
        ...(orientation ? { orientation } : {}),
        ...(props.valueLabels !== undefined ? { valueLabels: props.valueLabels } : {}),
      }),
    );
    return { kind, title, layouts, rows: rows.rows };
  }

  if (component === 'LineChart') {
    const x = columns.one('x');
    const y = columns.required('y');
    const series = columns.optional('series');
    if (series !== undefined && y.length > 1) columns.fail('series', 'use either several y columns or a series column, not both');
    const rows = pickRows(component, props, dataset.table, x);
    const layouts = layoutAll(component, props, (width) =>
      layoutLineChart(rows, {
        width,
        x,
        y,
        title,
        highlight,
        annotations,
        ...(series !== undefined ? { series } : {}),
        ...(props.labels === 'legend' ? { labels: 'legend' as const } : {}),
        ...(props.zero !== undefined ? { includeZero: props.zero } : {}),
      }),
    );
    return { kind, title, layouts, rows: rows.rows };
  }

  if (component === 'StackedBar') {
    const category = columns.one('label');
    const values = columns.required('value');
    const stack = columns.optional('stack');
    if (stack !== undefined && values.length > 1) columns.fail('value', 'with `stack`, give one value column; without it, list the part columns');
    const sort = choice<SortOrder>(component, props, 'sort', SORTS);
    const orientation = choice<OrientationOption>(component, props, 'orientation', ORIENTATIONS);
    const rows = pickRows(component, props, dataset.table, category);
    const { table, parts } = partsOf(component, props, rows, category, values, { prop: 'stack', column: stack, absent: 0 });
    const others = props.others === undefined ? parts.filter((part) => OTHERS.test(part)) : keyList(props.others);
    for (const other of others) if (!parts.includes(other)) columns.fail(`others="${other}"`, `is not one of the parts (${parts.join(', ')})`);
    const ordered = [...parts.filter((part) => !others.includes(part)), ...others];
    const layouts = layoutAll(component, props, (width) =>
      layoutStackedBarChart(table, {
        width,
        category,
        parts: ordered,
        otherParts: others,
        title,
        highlight,
        annotations,
        mode: props.percent ? 'share' : 'count',
        ...(sort ? { sort } : {}),
        ...(orientation ? { orientation } : {}),
      }),
    );
    return { kind, title, layouts, rows: rows.rows };
  }

  const date = columns.one('date');
  const text = columns.one('text');
  const key = columns.optional('key');
  if (annotations.length > 0) columns.fail(undefined, 'a timeline takes no <Annotation> callouts: its events are labelled already; use highlight="…" to pick some out');
  const rows = pickRows(component, props, dataset.table, date);
  const layouts = layoutAll(component, props, (width) =>
    layoutTimeline(rows, { width, date, label: text, title, highlight, ...(key !== undefined ? { key } : {}) }),
  );
  return { kind, title, layouts, rows: rows.rows };
}

/** The dataset a chart names, from the page's datasets; throws naming the component and the known ids. */
export function chartDataset(
  datasets: ReadonlyMap<string, { id: string; meta: { title: string }; table: DataTable }>,
  component: string,
  id: unknown,
): ChartDataset {
  if (typeof id !== 'string' || id === '') throw new Error(`<${component}> is missing the \`dataset\` prop (a dataset id from content/datasets/)`);
  const found = datasets.get(id);
  if (!found) {
    const known = [...datasets.keys()].sort().join(', ') || 'none';
    throw chartError(component, id, undefined, `no dataset "${id}" in content/datasets/ (known: ${known})`);
  }
  return { id: found.id, title: found.meta.title, table: found.table };
}

/** Checks the props of an <Annotation> (from child-markers.ts) and returns the callout. */
export function annotationFromProps(component: string, dataset: string, props: Readonly<Record<string, unknown>>): AnnotationProp {
  const { at, text } = props;
  if ((typeof at !== 'string' && typeof at !== 'number') || typeof text !== 'string' || text.trim() === '') {
    throw chartError(component, dataset, '<Annotation>', 'needs at="…" (the key of the datum it points at) and text="…"');
  }
  return { at, text };
}
