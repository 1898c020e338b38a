// Path data for the verdict icons (16×16 viewBox). Each rating pairs its colour with a distinct shape.
import type { Verdict } from '../content/schema.ts';

export const VERDICT_ICON_PATHS: Record<Verdict['icon'], string> = {
  check: 'M2.5 8.5 6 12l7.5-8',
  'check-partial': 'M2.5 8.5 6 12l7.5-8M2 2h4',
  half: 'M8 1.5a6.5 6.5 0 1 0 0 13V1.5Z',
  'cross-partial': 'M4 4l8 8M12 4 9.5 6.5',
  cross: 'M3.5 3.5l9 9M12.5 3.5l-9 9',
  warning: 'M8 1.8 15 14H1L8 1.8ZM8 6v4M8 11.8v.4',
  question: 'M5.5 5.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6M8 12.5v.5',
  speech: 'M2 3h12v8H7l-3 3v-3H2V3Z',
  clock: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM8 4.5V8l2.5 1.5',
};

/** Filled shapes are drawn with fill; the rest as strokes. */
export const FILLED_ICONS: ReadonlySet<Verdict['icon']> = new Set(['half']);
