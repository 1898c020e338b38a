// Corrections across stories, newest first, for the story log, the corrections page and the corrections feed.
import type { Correction } from '../content/schema.ts';

export function newestFirst<T extends Pick<Correction, 'date'>>(corrections: readonly T[]): T[] {
  // Stable: corrections of the same day keep the order the editor wrote them in.
  return corrections.map((c, i) => ({ c, i })).sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i).map(({ c }) => c);
}

/** A correction with its number in the story (1 = the first the editor wrote), which its permalink uses. */
export interface NumberedCorrection extends Correction {
  number: number;
}

export function numbered(corrections: readonly Correction[]): NumberedCorrection[] {
  return corrections.map((c, i) => ({ ...c, number: i + 1 }));
}

/** The element id of a correction in its story's log, e.g. "correction-2". */
export function correctionAnchor(number: number): string {
  return `correction-${number}`;
}

export interface SiteCorrection extends NumberedCorrection {
  story: string;
  storyTitle: string;
}

export function allCorrections(stories: ReadonlyArray<{ id: string; data: { title: string; corrections: Correction[] } }>): SiteCorrection[] {
  return newestFirst(stories.flatMap((s) => numbered(s.data.corrections).map((c) => ({ ...c, story: s.id, storyTitle: s.data.title }))));
}
