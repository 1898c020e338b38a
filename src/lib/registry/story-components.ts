// The one list of components editors may use in story MDX: what each shows, its props (type, whether required, default,
// one line each), what it may hold and where it may stand. The content checks validate stories against it, the
// components check their props with it, the MDX component map must have exactly these names, and the editing guide's
// table is generated from it (npm run docs:components).
import { CHART_TYPES } from '../charts/build-chart.ts';
import { SCROLLY, scrollySpec, STEP } from '../charts/scrolly-steps.ts';
import { BAR_CHART } from '../charts/bar-chart.ts';
import { ANNOTATION } from '../charts/chart-props.ts';
import { LINE_CHART } from '../charts/line-chart.ts';
import { STACKED_BAR } from '../charts/stacked-bar.ts';
import { TIMELINE } from '../charts/timeline.ts';
import { defineComponent, type ComponentSpec } from './prop-spec.ts';

/** Charts that take <Annotation> callouts. */
const ANNOTATED_CHARTS = Object.entries(CHART_TYPES)
  .filter(([, type]) => type.spec.children === 'annotations')
  .map(([name]) => name);

export const STORY_COMPONENTS = {
  Claim: defineComponent({
    doc: 'A claim card: quote, rating, summary, explanation, evidence and figure checks.',
    example: '<Claim id="overseas-sales" />',
    children: 'none',
    props: { id: { kind: 'ref', to: 'claim', required: true, doc: "The claim's file name in content/claims/<story>/, without .yaml." } },
  }),
  Cite: defineComponent({
    doc: 'A numbered citation of a source, listed in the references.',
    example: '<Cite source="gsmarena-xiaomi-2021" locator="2021 table" />',
    children: 'none',
    props: {
      source: { kind: 'ref', to: 'source', required: true, doc: "The source's file name in content/sources/, without .yaml." },
      locator: { kind: 'text', doc: 'Where in the source: a page, table or paragraph.' },
    },
  }),
  ClaimsSummary: defineComponent({ doc: 'How many claims got which rating, each claim linked.', example: '<ClaimsSummary />', children: 'none', props: {} }),
  Verdict: defineComponent({
    doc: 'The badge of a rating.',
    example: 'rated <Verdict id="mostly-true" />',
    children: 'none',
    props: { id: { kind: 'ref', to: 'verdict', required: true, doc: 'A rating id from content/verdicts.yaml.' } },
  }),
  VerdictScale: defineComponent({ doc: 'The whole rating scale, each rating with its meaning.', example: '<VerdictScale />', children: 'none', props: {} }),
  Term: defineComponent({
    doc: 'A glossary term, linked to its definition.',
    example: '<Term id="gms">Google Mobile Services</Term>',
    children: 'text',
    props: { id: { kind: 'ref', to: 'term', required: true, doc: 'A term id from content/glossary.yaml.' } },
  }),
  References: defineComponent({ doc: 'The numbered list of sources; added at the end of the story when left out.', example: '<References />', children: 'none', props: {} }),
  BarChart: BAR_CHART,
  LineChart: LINE_CHART,
  StackedBar: STACKED_BAR,
  Timeline: TIMELINE,
  Annotation: { ...ANNOTATION, parents: ANNOTATED_CHARTS },
  Scrolly: SCROLLY,
  Step: STEP,
} as const satisfies Record<string, ComponentSpec>;

export type StoryComponentName = keyof typeof STORY_COMPONENTS;

export function isStoryComponent(name: string): name is StoryComponentName {
  return Object.hasOwn(STORY_COMPONENTS, name);
}

/** The declaration a usage's props are checked against: a Scrolly takes the props of the chart it draws. */
export function effectiveSpec(name: StoryComponentName, props: Readonly<Record<string, unknown>>): ComponentSpec {
  return name === 'Scrolly' ? scrollySpec(props.chart) : STORY_COMPONENTS[name];
}
