// Corrections across stories, newest first, for the story log, the corrections page and the corrections feed.
import type { Correction } from './content/schema.ts';

export function newestFirst<T extends Pick<Correction, 'date'>>(corrections: readonly T[]): T[] {
  // Stable: corrections of the same day keep the order the editor wrote them in.
  return corrections.map((c, i) => ({ c, i })).sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i).map(({ c }) => c);
}

export interface SiteCorrection extends Correction {
  story: string;
  storyTitle: string;
}

export function allCorrections(stories: ReadonlyArray<{ id: string; data: { title: string; corrections: Correction[] } }>): SiteCorrection[] {
  return newestFirst(stories.flatMap((s) => s.data.corrections.map((c) => ({ ...c, story: s.id, storyTitle: s.data.title }))));
}
