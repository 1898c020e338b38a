// A story's MDX must parse, and every component in it must be one the registry lists, stand where it is read and get
// props that render: ids that exist, columns of the right type, and charts that draw from their data.
import { buildChart, isChartComponent, type ChartDataset } from '../charts/build-chart.ts';
import { ChartError } from '../charts/chart-props.ts';
import { buildScrollySteps, scrollyBase, scrollyComponent, type ScrollyProps } from '../charts/scrolly-steps.ts';
import type { ContentBundle, StoryEntry } from '../content/bundle.ts';
import { error, type Problem } from '../content/problem.ts';
import { EXPRESSION, type PropValue, type Usage } from '../content/story-mdx.ts';
import { suggest } from '../content/suggest.ts';
import { checkProps, tagOf, type PropProblem, type PropWorld } from '../registry/check-props.ts';
import { effectiveSpec, isStoryComponent, STORY_COMPONENTS } from '../registry/story-components.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
import { termsForStory } from '../story/story-glossary.ts';

/** What a story's props can name, as the bundle has it. */
export function bundleWorld(bundle: ContentBundle, storyId: string, slugs: readonly string[]): PropWorld & { dataset(id: string): ChartDataset | undefined } {
  const datasets = new Map(bundle.datasets.map((d) => [d.id, d]));
  const story = bundle.stories.find((s) => s.id === storyId);
  const terms = story ? termsForStory(bundle.glossary.map((t) => t.data), storyId, story.data).map((t) => t.id) : [];
  return {
    storyId,
    whyMissing(kind, id) {
      const term = kind === 'term' ? bundle.glossary.find((t) => t.id === id) : undefined;
      if (!term) return undefined;
      if (story?.data.excludeTerms.includes(id)) return { message: `the glossary term "${id}" is excluded from this story (excludeTerms)`, fix: `remove "${id}" from excludeTerms, or the <Term>` };
      return { message: `the glossary term "${id}" belongs to other stories (${term.data.stories.join(', ')})`, fix: `add ${storyId} to its \`stories:\` in ${term.file}, or use a term of this story` };
    },
    exists(kind, id) {
      switch (kind) {
        case 'claim':
          return slugs.includes(id) || bundle.declared.claims.has(`${storyId}/${id}`);
        case 'source':
          return bundle.declared.sources.has(id);
        case 'dataset':
          return bundle.declared.datasets.has(id);
        case 'term':
          return terms.includes(id);
        case 'verdict':
          return bundle.declared.verdicts.has(id);
      }
    },
    known(kind) {
      switch (kind) {
        case 'claim':
          return slugs;
        case 'source':
          return bundle.declared.sources;
        case 'dataset':
          return datasets.keys();
        case 'term':
          return terms;
        case 'verdict':
          return bundle.declared.verdicts;
      }
    },
    columns(id) {
      const dataset = datasets.get(id);
      return dataset && { file: dataset.file, columns: dataset.table.columns };
    },
    dataset(id) {
      const dataset = datasets.get(id);
      return dataset && { id, title: dataset.data.title, file: dataset.file, table: dataset.table };
    },
  };
}

const hasExpression = (value: PropValue): boolean =>
  value === EXPRESSION || (Array.isArray(value) ? value.some(hasExpression) : value !== null && typeof value === 'object' && Object.values(value).some(hasExpression));

const allLiteral = (usages: readonly Usage[]) => usages.every((usage) => !Object.values(usage.props).some(hasExpression));

/** Draws a chart or Scrolly from the props as written, so a chart that would fail to render fails the checks. */
function drawProblems(usage: Usage, index: number, usages: readonly Usage[], world: ReturnType<typeof bundleWorld>): PropProblem[] {
  const children = usages.filter((child) => child.parentIndex === index);
  if (!allLiteral([usage, ...children])) return [];
  const props = usage.props as Record<string, unknown>;
  const dataset = typeof props.dataset === 'string' ? world.dataset(props.dataset) : undefined;
  if (!dataset) return [];
  try {
    if (usage.component === 'Scrolly') {
      const steps = children.filter((child) => child.component === 'Step').map((step) => ({ props: step.props as Record<string, unknown>, html: '' }));
      buildScrollySteps(scrollyComponent(props.chart), scrollyBase(props as ScrollyProps), dataset, steps, 'check');
    } else if (isChartComponent(usage.component)) {
      // An <Annotation> without at or text has its own problem; the chart is drawn with the valid ones.
      const annotations = children.flatMap((child) => {
        const { at, text } = child.props;
        return child.component === 'Annotation' && (typeof at === 'string' || typeof at === 'number') && typeof text === 'string' ? [{ at, text }] : [];
      });
      buildChart(usage.component, props, dataset, annotations);
    }
  } catch (caught) {
    if (caught instanceof ChartError) return [caught.problem];
    throw caught;
  }
  return [];
}

function checkUsage(story: StoryEntry, usage: Usage, index: number, usages: readonly Usage[], world: ReturnType<typeof bundleWorld>): Problem[] {
  const line = story.bodyLine + usage.line - 1;
  const at = (prop?: string, value?: string) => `line ${line} ${tagOf(usage.component, prop, value)}`;
  const name = usage.component;
  if (!isStoryComponent(name)) {
    return [error(story.file, at(), `unknown component <${name}>`, `use one of the story components (${suggest(name, Object.keys(STORY_COMPONENTS))})`)];
  }
  const spec = effectiveSpec(name, usage.props as Record<string, unknown>);
  const problems: Problem[] = [];
  if (spec.parents && !(usage.parent && spec.parents.includes(usage.parent))) {
    const inside = spec.parents.length === 1 ? `<${spec.parents[0]}>` : `a chart (${spec.parents.map((p) => `<${p}>`).join(', ')})`;
    const example = spec.parents[0] ?? '';
    const where = usage.parent ? `, not inside <${usage.parent}>` : '; here it would be ignored';
    problems.push(error(story.file, at(), `is only read inside ${inside}${where}`, `move it between the opening and closing tags, as in <${example} …><${name} … /></${example}>`));
  }
  if (spec.children === 'none' && usage.hasChildren) {
    problems.push(error(story.file, at(), 'takes nothing between its tags: what is written there would not be shown', `write it as one tag ending in />, e.g. ${spec.example}`));
  }
  const propProblems = checkProps(name, spec, usage.props as Record<string, unknown>, world);
  const drawn = propProblems.length === 0 ? drawProblems(usage, index, usages, world) : [];
  for (const problem of [...propProblems, ...drawn]) problems.push(error(story.file, at(problem.prop, problem.value), problem.message, problem.fix));
  return problems;
}

/** A lower-case tag that spells a component (<claim>) renders as unknown HTML: almost always a typo. */
function checkHtmlTag(story: StoryEntry, usage: Usage): Problem[] {
  const meant = Object.keys(STORY_COMPONENTS).find((component) => component.toLowerCase() === usage.component.toLowerCase());
  if (!meant) return [];
  return [error(story.file, `line ${story.bodyLine + usage.line - 1} <${usage.component}>`, `is not a story component: components start with a capital letter`, `write <${meant}>`)];
}

export function checkStoryUsages(bundle: ContentBundle): Problem[] {
  // Claim slugs by story, built once: looking them up per <Claim> made the check quadratic in the number of claims.
  const slugsByStory = new Map<string, string[]>();
  for (const claim of bundle.claims) {
    const slugs = slugsByStory.get(claim.story);
    if (slugs) slugs.push(claim.slug);
    else slugsByStory.set(claim.story, [claim.slug]);
  }
  return bundle.stories.flatMap((story) => {
    if (story.mdx.syntaxError) return [mdxSyntaxProblem(story, story.mdx.syntaxError)];
    const world = bundleWorld(bundle, story.id, slugsByStory.get(story.id) ?? []);
    const { usages } = story.mdx;
    return usages.flatMap((usage, index) => (/^[A-Z]/.test(usage.component) ? checkUsage(story, usage, index, usages, world) : checkHtmlTag(story, usage)));
  });
}
