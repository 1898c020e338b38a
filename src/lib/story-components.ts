// The components editors may use in story MDX, and which of their props name content (ids, dataset columns).
// The integrity checks read this to validate stories without compiling them; the chart components
// read the column types from here too, so both report the same mistakes.
import type { ColumnType } from './content/table.ts';

export interface ComponentSpec {
  /** Props that must be given. */
  required: readonly string[];
  /** Prop naming a claim of the story (short id). */
  claimProp?: string;
  /** Prop naming a source id. */
  sourceProp?: string;
  /** Prop naming a dataset id. */
  datasetProp?: string;
  /** Props naming columns of that dataset (a name or a list of names). */
  columnProps?: readonly string[];
  /** Column props whose columns must have one of these types (e.g. value → number or integer). */
  columnTypes?: Readonly<Record<string, readonly ColumnType[]>>;
  /** Prop holding "column=value" row filters (see src/lib/charts/where.ts); its columns must exist. */
  whereProp?: string;
  /** Prop naming a glossary term id. */
  termProp?: string;
  /** Prop naming a verdict id. */
  verdictProp?: string;
  /** Components it must be written inside: outside any of them it would be silently ignored. */
  parents?: readonly string[];
}

const CHART_COLUMNS = ['x', 'y', 'label', 'value', 'series', 'date', 'text', 'key', 'stack', 'columns'] as const;

/** Column types that hold numbers. */
export const NUMBER_TYPES: readonly ColumnType[] = ['number', 'integer'];

/** What each typed chart prop needs: numbers to draw, dates to place on a time axis. */
export const CHART_COLUMN_TYPES: Readonly<Record<string, readonly ColumnType[]>> = {
  value: NUMBER_TYPES,
  y: NUMBER_TYPES,
  x: ['date', ...NUMBER_TYPES],
  date: ['date'],
};

const chart: ComponentSpec = {
  required: ['dataset'],
  datasetProp: 'dataset',
  columnProps: CHART_COLUMNS,
  columnTypes: CHART_COLUMN_TYPES,
  whereProp: 'where',
};

export const STORY_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Claim: { required: ['id'], claimProp: 'id' },
  Cite: { required: ['source'], sourceProp: 'source' },
  Verdict: { required: ['id'], verdictProp: 'id' },
  VerdictScale: { required: [] },
  ClaimsSummary: { required: [] },
  References: { required: [] },
  Term: { required: ['id'], termProp: 'id' },
  BarChart: chart,
  LineChart: chart,
  StackedBar: chart,
  Timeline: chart,
  // A timeline's events are labelled already: it takes no callouts (buildChart refuses them too).
  Annotation: { required: ['at', 'text'], parents: ['BarChart', 'LineChart', 'StackedBar'] },
  Scrolly: chart,
  Step: { required: [], parents: ['Scrolly'] },
};
