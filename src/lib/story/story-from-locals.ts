// Components read the page's story context from Astro.locals and check their props against the registry, so a
// prop the content checks could not see (an MDX expression) is reported the same way when the page renders.
import { checkProps, describeProblem, type PropWorld } from '../registry/check-props.ts';
import { effectiveSpec, type StoryComponentName } from '../registry/story-components.ts';
import type { StoryContext } from './story-context.ts';

export function requireStory(locals: { story?: StoryContext }, component: string): StoryContext {
  if (!locals.story) throw new Error(`<${component}> can only be used inside a story (the page must set Astro.locals.story)`);
  return locals.story;
}

/** What a story's components may name: its own claims, and the site's sources, datasets, terms and ratings. */
export function storyWorld(story: StoryContext): PropWorld {
  const ids = {
    claim: () => story.claims.keys(),
    source: () => story.sources.keys(),
    dataset: () => story.datasets.keys(),
    term: () => story.glossary.keys(),
    verdict: () => story.verdicts.map((v) => v.id),
  } as const;
  return {
    storyId: story.storyId,
    exists: (kind, id) => [...ids[kind]()].includes(id),
    known: (kind) => ids[kind](),
    columns(id) {
      const dataset = story.datasets.get(id);
      return dataset && { file: dataset.file, columns: dataset.table.columns };
    },
  };
}

/** The story context, after checking a component's props; throws naming the story file, the tag and the fix. */
export function storyWithProps(locals: { story?: StoryContext }, component: StoryComponentName, props: object): StoryContext {
  const story = requireStory(locals, component);
  const given = props as Readonly<Record<string, unknown>>;
  const [problem] = checkProps(component, effectiveSpec(component, given), given, storyWorld(story));
  if (problem) throw new Error(`content/stories/${story.storyId}/index.mdx › ${describeProblem(component, problem)}`);
  return story;
}
