// The chart state of each step of a <Scrolly>: the Scrolly's chart props, overridden by what the
// step changes (highlighted data, a callout, a zoomed range or extra row filter).

import type { AnnotationProp, BuiltChart, ChartComponent, ChartDataset, ChartProps, Keys } from './chart-from-props.ts';
import { buildChart, chartError, keyList } from './chart-from-props.ts';
import type { RenderedStep } from './child-markers.ts';

/** What a `<Step>` may change in the chart. */
export interface StepProps {
  /** Keys to highlight in this step (replaces the Scrolly's highlight). */
  highlight?: Keys | undefined;
  /** Callout text shown in this step, at `at` (default: the first highlighted key). */
  annotation?: string | undefined;
  /** Key the callout points at. */
  at?: string | number | undefined;
  /** More callouts for this step. */
  annotations?: readonly AnnotationProp[] | undefined;
  /** Zoom: first category, x or date shown in this step. */
  from?: string | number | undefined;
  /** Zoom: last category, x or date shown in this step. */
  to?: string | number | undefined;
  /** Extra row filter for this step, added to the Scrolly's own `where`. */
  where?: string | undefined;
}

/** The values of the Scrolly `chart` prop and the component each draws. */
export const SCROLLY_CHARTS: Readonly<Record<string, ChartComponent>> = {
  bar: 'BarChart',
  line: 'LineChart',
  stacked: 'StackedBar',
  timeline: 'Timeline',
};

/** The chart component a Scrolly draws; `chart` defaults to "bar". */
export function scrollyComponent(chart: string | undefined, dataset: string): ChartComponent {
  const component = SCROLLY_CHARTS[chart ?? 'bar'];
  if (!component) {
    const known = Object.keys(SCROLLY_CHARTS).map((name) => `"${name}"`).join(', ');
    throw chartError('Scrolly', dataset, `chart="${chart ?? ''}"`, `must be one of ${known}`);
  }
  return component;
}

function joinWhere(a: string | undefined, b: string | undefined): string | undefined {
  const parts = [a, b].filter((part): part is string => part !== undefined && part.trim() !== '');
  return parts.length > 0 ? parts.join('&') : undefined;
}

/** The chart props of one step (numbered from 1 in errors). */
export function stepChartProps(base: ChartProps, step: StepProps, index: number): ChartProps {
  const props: ChartProps = { ...base };
  if (step.highlight !== undefined) props.highlight = step.highlight;
  if (step.from !== undefined) props.from = step.from;
  if (step.to !== undefined) props.to = step.to;
  props.where = joinWhere(base.where, step.where);
  const annotations = [...(base.annotations ?? []), ...(step.annotations ?? [])];
  if (step.annotation !== undefined) {
    const at = step.at ?? keyList(props.highlight)[0];
    if (at === undefined) {
      throw chartError('Scrolly', base.dataset, `<Step> ${index}`, `annotation="${step.annotation}" needs at="…" (the key of the datum it points at) or a highlight`);
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
export function stepAnnouncement(props: ChartProps, description: string): string {
  const highlighted = keyList(props.highlight);
  const parts: string[] = [];
  if (highlighted.length > 0) parts.push(`Highlighted: ${highlighted.join(', ')}.`);
  for (const annotation of props.annotations ?? []) parts.push(`Note: ${annotation.text.replace(/[.\s]+$/, '')}.`);
  parts.push(description);
  return parts.join(' ');
}

const STEP_PROPS = ['highlight', 'annotation', 'at', 'annotations', 'from', 'to', 'where'] as const;

/** A <Step>'s props as written, checked: an unknown prop is most likely a typo, so it is an error. */
export function stepFromProps(props: Readonly<Record<string, unknown>>, dataset: string, number: number): StepProps {
  for (const name of Object.keys(props)) {
    if (!(STEP_PROPS as readonly string[]).includes(name)) {
      throw chartError('Scrolly', dataset, `<Step> ${number}`, `unknown prop "${name}" (known: ${STEP_PROPS.join(', ')})`);
    }
  }
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

/** Lays out the chart of every step of a Scrolly with id `scrollyId`. Throws when there are no steps. */
export function buildScrollySteps(
  component: ChartComponent,
  base: ChartProps,
  dataset: ChartDataset,
  rendered: readonly RenderedStep[],
  scrollyId: string,
): ScrollyStep[] {
  if (rendered.length === 0) {
    throw chartError('Scrolly', dataset.id, undefined, 'needs <Step> children, one per state of the chart: <Step highlight="…">text</Step>');
  }
  return rendered.map((step, index) => {
    const number = index + 1;
    const props = stepChartProps(base, stepFromProps(step.props, dataset.id, number), number);
    const chart = buildChart(component, props, dataset);
    return { html: step.html, chart, announcement: stepAnnouncement(props, chart.layouts[0]?.description ?? ''), id: `${scrollyId}-step-${number}` };
  });
}
