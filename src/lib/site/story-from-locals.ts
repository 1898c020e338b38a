// Components read the page's story context from Astro.locals; a missing context is a page bug, said plainly.
import type { StoryContext } from '../story-context.ts';

export function requireStory(locals: { story?: StoryContext }, component: string): StoryContext {
  if (!locals.story) throw new Error(`<${component}> can only be used inside a story (the page must set Astro.locals.story)`);
  return locals.story;
}
