// Where each run of the annotated original and its notes sit in the page's grid. The notes are outside the
// article's text in the DOM (so the page's text is the article's), yet must show beside their run on wide screens and
// right after it on phones: a grid whose items are the runs and the note groups, placed row by row by this style
// sheet. Rows never overlap, so neither do notes, whatever their length or the article's.

/** From this width the notes sit in a column beside the text; below it they follow their run. */
export const WIDE_NOTES_MEDIA = '(min-width: 64rem)';

/** Element ids of the k-th run (from 1) and of the notes that follow it. */
export const runId = (k: number) => `original-run-${k}`;
export const notesId = (k: number) => `original-notes-${k}`;

/**
 * The placement style sheet for `runs` runs, of which those listed in `withNotes` (1-based) are followed by notes.
 * Phones: run k in row 2k − 1, its notes in row 2k. Wide screens: both in row k, the notes in the second column.
 */
export function notePlacementCss(runs: number, withNotes: ReadonlySet<number>): string {
  if (!Number.isInteger(runs) || runs < 0) throw new RangeError(`notePlacementCss: runs must be a whole number, got ${runs}`);
  for (const k of withNotes) if (!Number.isInteger(k) || k < 1 || k > runs) throw new RangeError(`notePlacementCss: run ${k} is not one of 1..${runs}`);
  const narrow: string[] = [];
  const wide: string[] = [];
  for (let k = 1; k <= runs; k++) {
    narrow.push(`#${runId(k)}{grid-row:${2 * k - 1}}`);
    wide.push(`#${runId(k)}{grid-row:${k}}`);
    if (withNotes.has(k)) {
      narrow.push(`#${notesId(k)}{grid-row:${2 * k}}`);
      wide.push(`#${notesId(k)}{grid-row:${k}}`);
    }
  }
  return `${narrow.join('')}@media ${WIDE_NOTES_MEDIA}{${wide.join('')}}`;
}

/** The placement style sheet for the runs of an annotated original (annotate-original.ts), numbered 1, 2, … */
export function placementForRuns(runs: ReadonlyArray<{ number: number; notes: readonly string[] }>): string {
  return notePlacementCss(runs.length, new Set(runs.filter((run) => run.notes.length > 0).map((run) => run.number)));
}
