// What the content checks accept is exactly what renders: for every component of the registry and every prop it
// declares, a usage with a valid and with an invalid value (and one without each required prop, and one with a prop
// nobody declares) is both checked as MDX and rendered through the MDX component map; the check must fail exactly
// when the render fails.
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { storyComponents } from '../../src/components/story/story-components.ts';
import { annotationMarker, stepMarkers } from '../../src/lib/charts/child-markers.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { parseStoryMdx } from '../../src/lib/content/story-mdx.ts';
import type { ContentBundle } from '../../src/lib/content/bundle.ts';
import { checkStoryUsages } from '../../src/lib/integrity/check-story-usages.ts';
import type { PropSpec } from '../../src/lib/registry/prop-spec.ts';
import { effectiveSpec, STORY_COMPONENTS, type StoryComponentName } from '../../src/lib/registry/story-components.ts';
import { buildStoryContext } from '../../src/lib/story/story-context.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/valid/content');
const { bundle } = readContent(join(import.meta.dirname, '../..'), FIXTURE);
const story = bundle.stories[0]!;

/** Props that render in the fixture story, per component. */
const VALID: Record<StoryComponentName, Record<string, unknown>> = {
  Claim: { id: 'overseas' },
  Cite: { source: 'news-report' },
  ClaimsSummary: {},
  Verdict: { id: 'true' },
  VerdictScale: {},
  Term: { id: 'widget' },
  References: {},
  BarChart: { dataset: 'widget-sales', label: 'region', value: 'units' },
  LineChart: { dataset: 'widget-sales', x: 'year', y: 'units', series: 'region' },
  StackedBar: { dataset: 'widget-sales', label: 'region', value: 'units' },
  Timeline: { dataset: 'widget-sales', date: 'date', text: 'region' },
  Annotation: { at: 'global', text: 'Largest' },
  Scrolly: { dataset: 'widget-sales', chart: 'bar', label: 'region', value: 'units' },
  Step: { highlight: 'global' },
};

/** Ids that exist in the fixture, by what a ref prop names. */
const EXISTING = { claim: 'future', source: 'stats-office', dataset: 'widget-sales', term: 'widget', verdict: 'false' } as const;

/** A value of the right kind for the prop (not necessarily one that draws: the two outcomes must agree either way). */
function validValue(prop: PropSpec): unknown {
  switch (prop.kind) {
    case 'text':
      return 'Some words';
    case 'choice':
      return prop.values.at(-1);
    case 'boolean':
      return true;
    case 'key':
      return 'global';
    case 'keys':
      return ['global', 'china'];
    case 'ref':
      return EXISTING[prop.to];
    case 'column':
      return prop.types?.includes('date') ? 'date' : prop.types ? 'units' : 'region';
    case 'where':
      return 'year=2021';
    case 'annotations':
      return [{ at: 'china', text: 'Second' }];
  }
}

/** A value the prop's declaration refuses. */
function invalidValue(prop: PropSpec): unknown {
  switch (prop.kind) {
    case 'text':
      return 42;
    case 'choice':
      return 'nonsense';
    case 'boolean':
      return 'yes';
    case 'key':
      return { at: 1 };
    case 'keys':
      return [{ at: 1 }];
    case 'ref':
      return 'no-such-id';
    case 'column':
      return 'no-such-column';
    case 'where':
      return 'nonsense';
    case 'annotations':
      return 'a callout';
  }
}

/** One prop as MDX: text in quotes, anything else as a literal expression. */
const mdxProp = (name: string, value: unknown) => (typeof value === 'string' && !value.includes('"') ? `${name}="${value}"` : `${name}={${JSON.stringify(value)}}`);
const mdxTag = (name: string, props: Record<string, unknown>, inner?: string) => {
  const attributes = Object.entries(props).map(([key, value]) => ` ${mdxProp(key, value)}`).join('');
  return inner === undefined ? `<${name}${attributes} />` : `<${name}${attributes}>\n${inner}\n</${name}>`;
};

interface Case {
  /** Component whose props vary. */
  component: StoryComponentName;
  label: string;
  props: Record<string, unknown>;
}

/** The usage as a story writes it: Annotation and Step inside the component they belong to, Term with words. */
function asMdx({ component, props }: Case): string {
  if (component === 'Annotation') return mdxTag('BarChart', VALID.BarChart, mdxTag('Annotation', props));
  if (component === 'Step') return mdxTag('Scrolly', VALID.Scrolly, mdxTag('Step', props, 'Step text.'));
  if (component === 'Scrolly') return mdxTag('Scrolly', props, mdxTag('Step', VALID.Step, 'Step text.'));
  if (component === 'Term') return mdxTag('Term', props, 'a widget');
  return mdxTag(component, props);
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const [name, base] of Object.entries(VALID) as Array<[StoryComponentName, Record<string, unknown>]>) {
    out.push({ component: name, label: 'as in the example', props: base });
    out.push({ component: name, label: 'with a prop it does not take', props: { ...base, bogus: 'x' } });
    for (const [prop, spec] of Object.entries(effectiveSpec(name, base).props)) {
      if (prop === 'chart') continue; // another chart takes other props: covered by each chart's own cases
      if (base[prop] === undefined) out.push({ component: name, label: `${prop} valid`, props: { ...base, [prop]: validValue(spec) } });
      out.push({ component: name, label: `${prop} invalid`, props: { ...base, [prop]: invalidValue(spec) } });
      if (spec.required) {
        const { [prop]: _left, ...without } = base;
        out.push({ component: name, label: `${prop} missing`, props: without });
      }
    }
  }
  return out;
}

/** Does the check report an error for the usage? */
function checkFails(content: ContentBundle, mdx: string): boolean {
  const withUsage = { ...content, stories: [{ ...story, body: mdx, bodyLine: 1, mdx: parseStoryMdx(mdx) }] };
  return checkStoryUsages(withUsage).some((problem) => problem.severity === 'error');
}

/** Does the page fail to render the usage? */
async function renderFails(container: AstroContainer, test: Case, mdx: string): Promise<boolean> {
  const locals = {
    story: buildStoryContext({
      storyId: story.id,
      story: story.data,
      original: bundle.originals[0]!,
      body: mdx,
      claims: bundle.claims,
      sources: bundle.sources,
      verdicts: bundle.verdicts.map((v) => v.data),
      datasets: bundle.datasets,
      glossary: bundle.glossary.map((g) => g.data),
    }),
  };
  const render = (name: StoryComponentName, props: Record<string, unknown>, slot?: string) =>
    container.renderToString(storyComponents[name], { props, locals, ...(slot === undefined ? {} : { slots: { default: slot } }) });
  try {
    if (test.component === 'Annotation') await render('BarChart', VALID.BarChart, annotationMarker(test.props));
    else if (test.component === 'Step') {
      const markers = stepMarkers(test.props);
      await render('Scrolly', VALID.Scrolly, `${markers.open}<p>Step text.</p>${markers.close}`);
    } else if (test.component === 'Scrolly') {
      const markers = stepMarkers(VALID.Step);
      await render('Scrolly', test.props, `${markers.open}<p>Step text.</p>${markers.close}`);
    } else await render(test.component, test.props, test.component === 'Term' ? 'a widget' : undefined);
    return false;
  } catch {
    return true;
  }
}

describe('the registry and the MDX component map', () => {
  it('name exactly the same components', () => {
    expect(Object.keys(storyComponents).sort()).toEqual(Object.keys(STORY_COMPONENTS).sort());
  });
});

describe('what the checks accept is what renders, prop by prop', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  const all = cases();

  it('covers every prop of every component', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(new Set(all.map((c) => c.component))).toEqual(new Set(Object.keys(STORY_COMPONENTS)));
  });

  it('renders each component with its example props, and the checks accept them', async () => {
    for (const test of all.filter((c) => c.label === 'as in the example')) {
      const mdx = asMdx(test);
      expect({ mdx, check: checkFails(bundle, mdx), render: await renderFails(container, test, mdx) }).toEqual({ mdx, check: false, render: false });
    }
  });

  it('can fail: a component that renders whatever it is given disagrees with the checks', () => {
    const renderedAnyway = all.filter((test) => checkFails(bundle, asMdx(test)));
    expect(renderedAnyway.length).toBeGreaterThan(50);
  });

  it.for(all.map((test) => ({ ...test, name: `<${test.component}> ${test.label}` })))('$name', async (test) => {
    const mdx = asMdx(test);
    const check = checkFails(bundle, mdx);
    const render = await renderFails(container, test, mdx);
    expect({ mdx, check }).toEqual({ mdx, check: render });
  });
});
