// The components editors may use in story MDX, and which of their props name content (ids, dataset columns).
// The integrity checks read this to validate stories without compiling them.

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
  /** Prop naming a glossary term id. */
  termProp?: string;
  /** Prop naming a verdict id. */
  verdictProp?: string;
}

const CHART_COLUMNS = ['x', 'y', 'label', 'value', 'series', 'date', 'text', 'key', 'stack', 'columns'] as const;

export const STORY_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Claim: { required: ['id'], claimProp: 'id' },
  Cite: { required: ['source'], sourceProp: 'source' },
  Verdict: { required: ['id'], verdictProp: 'id' },
  VerdictScale: { required: [] },
  ClaimsSummary: { required: [] },
  References: { required: [] },
  Term: { required: ['id'], termProp: 'id' },
  BarChart: { required: ['dataset'], datasetProp: 'dataset', columnProps: CHART_COLUMNS },
  LineChart: { required: ['dataset'], datasetProp: 'dataset', columnProps: CHART_COLUMNS },
  StackedBar: { required: ['dataset'], datasetProp: 'dataset', columnProps: CHART_COLUMNS },
  Timeline: { required: ['dataset'], datasetProp: 'dataset', columnProps: CHART_COLUMNS },
  Annotation: { required: ['at', 'text'] },
  Scrolly: { required: ['dataset'], datasetProp: 'dataset', columnProps: CHART_COLUMNS },
  Step: { required: [] },
};
