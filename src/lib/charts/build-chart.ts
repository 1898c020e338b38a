// A chart component's props turned into layouts: props checked against the chart's declaration, rows picked with
// `where` and `from`/`to`, then one layout per design width. The content checks call this too, on the props written
// in MDX, so a chart that passes them draws. Every mistake is a ChartError naming the prop at fault.
import type { DataTable, Row } from '../content/table.ts';
import { filterRows } from '../datasets/row-filter.ts';
import { checkProps, NO_CONTENT, type PropWorld } from '../registry/check-props.ts';
import type { AnnotationProp, ComponentSpec } from '../registry/prop-spec.ts';
import { suggest } from '../content/suggest.ts';
import { UnknownTargetError } from './annotation-layout.ts';
import { barChart } from './bar-chart.ts';
import { ANNOTATION, ChartError, keyList } from './chart-props.ts';
import type { ChartType } from './chart-type.ts';
import { lineChart } from './line-chart.ts';
import type { ChartKind, ChartLayout } from './marks.ts';
import { BoundError, filterRange } from './range-filter.ts';
import { DESIGN_WIDTHS } from './sizes.ts';
import { stackedBar } from './stacked-bar.ts';
import { timeline } from './timeline.ts';

/** The chart types, by the component name editors write. */
export const CHART_TYPES = {
  BarChart: barChart,
  LineChart: lineChart,
  StackedBar: stackedBar,
  Timeline: timeline,
} as const satisfies Record<string, ChartType<ComponentSpec>>;

export type ChartComponent = keyof typeof CHART_TYPES;

export function isChartComponent(name: string): name is ChartComponent {
  return Object.hasOwn(CHART_TYPES, name);
}

/** The dataset as a chart needs it. */
export interface ChartDataset {
  id: string;
  /** The dataset's title, the default chart title. */
  title: string;
  /** Repository-relative path of its metadata file, named in fixes. */
  file: string;
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

/** A world holding only the chart's dataset: what chart props can name. */
function datasetWorld(dataset: ChartDataset): PropWorld {
  return {
    storyId: '',
    exists: (kind, id) => kind === 'dataset' && id === dataset.id,
    known: (kind) => (kind === 'dataset' ? [dataset.id] : []),
    columns: (id) => (id === dataset.id ? { file: dataset.file, columns: dataset.table.columns } : undefined),
  };
}

function optionalText(value: unknown): string | undefined {
  return value === undefined ? undefined : String(value);
}

/** Rows after `where`, then zoomed to from/to on `zoomColumn`. */
function pickRows(component: ChartComponent, props: Readonly<Record<string, unknown>>, table: DataTable, zoomColumn: string): DataTable {
  const picked = filterRows(table, props.where as string | undefined);
  try {
    return filterRange(picked, zoomColumn, { from: optionalText(props.from), to: optionalText(props.to) });
  } catch (error) {
    if (!(error instanceof BoundError)) throw error;
    throw new ChartError(component, { prop: error.bound, value: error.text, message: `is not a number, and column "${zoomColumn}" holds numbers`, fix: `zoom with a value of column "${zoomColumn}", e.g. ${error.bound}={2020}` });
  }
}

/** One layout per design width; a callout the layout cannot place is reported as its `at`. */
function layoutAll(component: ChartComponent, draw: (width: number) => ChartLayout): ChartLayout[] {
  return DESIGN_WIDTHS.map((width) => {
    try {
      return draw(width);
    } catch (error) {
      if (!(error instanceof UnknownTargetError)) throw error;
      throw new ChartError(component, { prop: 'at', value: error.target, message: `matches nothing in the chart (${suggest(error.target, error.known, 12)})`, fix: 'point the callout at one of the known keys' });
    }
  });
}

/**
 * Lays out a chart from its component props and extra callouts (its <Annotation> children).
 * Throws a ChartError naming the prop at fault.
 */
export function buildChart(component: ChartComponent, props: Readonly<Record<string, unknown>>, dataset: ChartDataset, extra: readonly AnnotationProp[] = []): BuiltChart {
  const type: ChartType<ComponentSpec> = CHART_TYPES[component];
  const [problem] = checkProps(component, type.spec, props, datasetWorld(dataset));
  if (problem) throw new ChartError(component, problem);
  if (extra.length > 0 && type.spec.children !== 'annotations') {
    throw new ChartError(component, { message: 'takes no <Annotation> callouts: its events are labelled already', fix: 'remove the <Annotation>, and use highlight="…" to pick events out' });
  }
  const typed = props as never;
  const title = (props.title as string | undefined) ?? dataset.title;
  const annotations = [...((props.annotations as readonly AnnotationProp[] | undefined) ?? []), ...extra].map((item) => ({ target: String(item.at), text: item.text }));
  const rows = pickRows(component, props, dataset.table, type.zoomColumn(typed));
  const draw = type.prepare(typed, rows, { title, highlight: keyList(props.highlight as string | undefined), annotations });
  return { kind: type.kind, title, layouts: layoutAll(component, draw), rows: rows.rows };
}

/** Checks the props of an <Annotation> (read back from its marker) and returns the callout. */
export function annotationFromProps(component: string, props: Readonly<Record<string, unknown>>): AnnotationProp {
  const [problem] = checkProps('Annotation', ANNOTATION, props, NO_CONTENT);
  if (problem) throw new ChartError('Annotation', problem);
  return props as unknown as AnnotationProp;
}
