// Which glossary terms belong to a story: a term marks the story's text and its original when it names the story in
// `stories` (or names none, for every story) and the story does not exclude it.
import type { GlossaryTerm, StoryData } from '../content/schema.ts';

/** True when `term` applies to the story `storyId`. */
export function termApplies(term: Pick<GlossaryTerm, 'id' | 'stories'>, storyId: string, story: Pick<StoryData, 'excludeTerms'>): boolean {
  if (story.excludeTerms.includes(term.id)) return false;
  return term.stories.length === 0 || term.stories.includes(storyId);
}

/** The terms of the glossary that apply to the story, in glossary order. */
export function termsForStory<T extends Pick<GlossaryTerm, 'id' | 'stories'>>(glossary: readonly T[], storyId: string, story: Pick<StoryData, 'excludeTerms'>): T[] {
  return glossary.filter((term) => termApplies(term, storyId, story));
}
