// <Scrolly> and its <Step>s: a sequence told with one chart. The Scrolly names the chart and its props; each step
// overrides what it changes (highlighted data, a callout, a zoomed range or an extra row filter).
import { checkProps, NO_CONTENT, type PropProblem } from '../registry/check-props.ts';
import { defineComponent, type AnnotationProp, type ComponentSpec, type Key } from '../registry/prop-spec.ts';
import { buildChart, CHART_TYPES, type BuiltChart, type ChartComponent, type ChartDataset } from './build-chart.ts';
import { CHART_PROPS, ChartError, keyList } from './chart-props.ts';
import type { RenderedStep } from './child-markers.ts';

/** The values of the Scrolly `chart` prop and the component each draws. */
export const SCROLLY_CHARTS = {
  bar: 'BarChart',
  line: 'LineChart',
  stacked: 'StackedBar',
  timeline: 'Timeline',
} as const satisfies Record<string, ChartComponent>;

export const SCROLLY = defineComponent({
  doc: 'A sequence told with one chart: each <Step> inside changes what the chart shows as the reader scrolls.',
  example: '<Scrolly dataset="huawei-shipments" chart="bar" label="year" value="units" where="market=global">\n  <Step highlight="2019">In 2019…</Step>\n  <Step highlight="2021">By 2021…</Step>\n</Scrolly>',
  children: 'steps',
  props: {
    chart: { kind: 'choice', values: Object.keys(SCROLLY_CHARTS), doc: 'Which chart the steps draw; the Scrolly then takes the props of that chart.', default: 'bar' },
  },
});

export const STEP = defineComponent({
  doc: "One step of a <Scrolly>: its text, and what it changes in the Scrolly's chart.",
  example: '<Scrolly dataset="huawei-shipments" label="year" value="units" where="market=global">\n  <Step highlight="2020" annotation="189 M">Text of the step.</Step>\n</Scrolly>',
  parents: ['Scrolly'],
  children: 'text',
  props: {
    highlight: { ...CHART_PROPS.highlight, doc: "Keys to pick out in this step (replaces the Scrolly's highlight)." },
    annotation: { kind: 'text', doc: 'Callout shown in this step, at `at`.' },
    at: { kind: 'key', doc: 'Key the callout points at.', default: 'the first highlighted key' },
    annotations: { ...CHART_PROPS.annotations, doc: 'More callouts for this step: {[{ at: "2020", text: "…" }]}.' },
    from: { ...CHART_PROPS.from, doc: 'Zoom: the first category, x value or date shown in this step.' },
    to: { ...CHART_PROPS.to, doc: 'Zoom: the last category, x value or date shown in this step.' },
    where: { ...CHART_PROPS.where, doc: "Extra row filter for this step, added to the Scrolly's own `where`.", default: "the Scrolly's rows" },
  },
});

/** A Scrolly's props: `chart`, the props every chart takes, and those of the chart it names. */
export type ScrollyProps = ScrollyBase & { chart?: string | undefined };

/** The props of the chart a Scrolly draws; those every chart takes are named, the chart's own checked by the registry. */
export type ScrollyBase = { dataset: string; title?: string | undefined; note?: string | undefined; where?: string | undefined } & Record<string, unknown>;

/** What a `<Step>` may change in the chart. */
export interface StepProps {
  highlight?: Key | readonly Key[] | undefined;
  annotation?: string | undefined;
  at?: Key | undefined;
  annotations?: readonly AnnotationProp[] | undefined;
  from?: Key | undefined;
  to?: Key | undefined;
  where?: string | undefined;
}

/** The chart component a Scrolly draws; `chart` defaults to "bar". Throws for any other value. */
export function scrollyComponent(chart: unknown): ChartComponent {
  const component = SCROLLY_CHARTS[(chart ?? 'bar') as keyof typeof SCROLLY_CHARTS];
  if (!component) {
    const [problem] = checkProps('Scrolly', SCROLLY, { chart }, NO_CONTENT);
    throw new ChartError('Scrolly', problem as PropProblem);
  }
  return component;
}

/** The declaration a Scrolly's props are checked against: `chart`, and the props of the chart it names. */
export function scrollySpec(chart: unknown): ComponentSpec {
  const component = SCROLLY_CHARTS[(chart ?? 'bar') as keyof typeof SCROLLY_CHARTS] ?? 'BarChart';
  return { ...SCROLLY, props: { ...SCROLLY.props, ...CHART_TYPES[component].spec.props } };
}

function joinWhere(a: string | undefined, b: string | undefined): string | undefined {
  const parts = [a, b].filter((part): part is string => part !== undefined && part.trim() !== '');
  return parts.length > 0 ? parts.join('&') : undefined;
}

/** The chart props of one step (numbered from 1 in errors). */
export function stepChartProps(base: Readonly<Record<string, unknown>>, step: StepProps, index: number): Record<string, unknown> {
  const props: Record<string, unknown> = { ...base };
  if (step.highlight !== undefined) props.highlight = step.highlight;
  if (step.from !== undefined) props.from = step.from;
  if (step.to !== undefined) props.to = step.to;
  props.where = joinWhere(base.where as string | undefined, step.where);
  const annotations = [...((base.annotations as readonly AnnotationProp[] | undefined) ?? []), ...(step.annotations ?? [])];
  if (step.annotation !== undefined) {
    const at = step.at ?? keyList(props.highlight as Key | readonly Key[] | undefined)[0];
    if (at === undefined) {
      throw new ChartError('Step', { prop: 'annotation', value: step.annotation, message: `(step ${index}) needs at="…", the key of the datum it points at, or a highlight`, fix: 'add at="…" to the <Step>' });
    }
    annotations.push({ at, text: step.annotation });
  }
  props.annotations = annotations;
  return props;
}

/**
 * What a screen reader hears when a step's chart comes into view (scrolly.ts prefixes "Step n of m"):
 * what the step highlights, its callouts, then the chart's description.
 */
export function stepAnnouncement(props: Readonly<Record<string, unknown>>, description: string): string {
  const highlighted = keyList(props.highlight as Key | readonly Key[] | undefined);
  const parts: string[] = [];
  if (highlighted.length > 0) parts.push(`Highlighted: ${highlighted.join(', ')}.`);
  for (const annotation of (props.annotations as readonly AnnotationProp[] | undefined) ?? []) parts.push(`Note: ${annotation.text.replace(/[.\s]+$/, '')}.`);
  parts.push(description);
  return parts.join(' ');
}

/** A <Step>'s props as written, checked against its declaration. */
export function stepFromProps(props: Readonly<Record<string, unknown>>, number: number): StepProps {
  const [problem] = checkProps('Step', STEP, props, NO_CONTENT);
  if (problem) throw new ChartError('Step', { ...problem, message: `(step ${number}) ${problem.message}` });
  return props as StepProps;
}

/** One step, ready to draw: its text, its chart, what to announce, and its element id. */
export interface ScrollyStep {
  /** The step's rendered text. */
  html: string;
  chart: BuiltChart;
  /** Read out when the step's chart comes into view (see stepAnnouncement). */
  announcement: string;
  /** Element id of the step; its chart's ids derive from it. */
  id: string;
}

/** The Scrolly's props without `chart`: the props of the chart it draws. */
export function scrollyBase(props: ScrollyProps): ScrollyBase {
  const { chart: _chart, ...base } = props;
  return base;
}

/** Lays out the chart of every step of a Scrolly with id `scrollyId`. Throws when there are no steps. */
export function buildScrollySteps(component: ChartComponent, base: Readonly<Record<string, unknown>>, dataset: ChartDataset, rendered: readonly RenderedStep[], scrollyId: string): ScrollyStep[] {
  if (rendered.length === 0) {
    throw new ChartError('Scrolly', { message: 'has no steps', fix: 'put <Step> children inside, one per state of the chart: <Step highlight="…">text</Step>' });
  }
  return rendered.map((step, index) => {
    const number = index + 1;
    const props = stepChartProps(base, stepFromProps(step.props, number), number);
    const chart = buildChart(component, props, dataset);
    return { html: step.html, chart, announcement: stepAnnouncement(props, chart.layouts[0]?.description ?? ''), id: `${scrollyId}-step-${number}` };
  });
}
