// How child tags hand their props to the chart around them. MDX renders a component's children
// before the component itself, so <Annotation> and <Step> cannot look up their parent; instead they
// render an HTML comment carrying their props, which the parent reads from its rendered children.
//   <Annotation at="2020" text="…" />      → <!--chart-annotation {json}-->
//   <Step highlight="2020">text</Step>     → <!--scrolly-step {json}-->text<!--/scrolly-step-->

/** Props encoded so the comment can never contain "--", quotes or angle brackets. */
function encode(props: object): string {
  // Astro adds data-astro-cid-* to components on pages with scoped styles: not the editor's props.
  const own = Object.fromEntries(Object.entries(props).filter(([name]) => !name.startsWith('data-astro-')));
  return encodeURIComponent(JSON.stringify(own)).replace(/'/g, '%27').replace(/-/g, '%2D');
}

function decode(text: string): unknown {
  return JSON.parse(decodeURIComponent(text));
}

const ANNOTATION = /<!--chart-annotation ([^\s>]*)-->/g;
const STEP = /<!--scrolly-step ([^\s>]*)-->([\s\S]*?)<!--\/scrolly-step-->/g;

/** The comment an <Annotation> renders. */
export function annotationMarker(props: object): string {
  return `<!--chart-annotation ${encode(props)}-->`;
}

/** The props of every <Annotation> in a chart's rendered children, in order. */
export function readAnnotations(html: string): Record<string, unknown>[] {
  return [...html.matchAll(ANNOTATION)].map((match) => decode(match[1] ?? '') as Record<string, unknown>);
}

/** The comments a <Step> renders around its text. */
export function stepMarkers(props: object): { open: string; close: string } {
  return { open: `<!--scrolly-step ${encode(props)}-->`, close: '<!--/scrolly-step-->' };
}

export interface RenderedStep {
  /** The <Step>'s props. */
  props: Record<string, unknown>;
  /** Its text, rendered. */
  html: string;
}

/** The steps in a Scrolly's rendered children, in order; anything between steps is dropped. */
export function readSteps(html: string): RenderedStep[] {
  return [...html.matchAll(STEP)].map((match) => ({ props: decode(match[1] ?? '') as Record<string, unknown>, html: (match[2] ?? '').trim() }));
}
