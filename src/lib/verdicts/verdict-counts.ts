// How many of a story's claims got each rating, in scale order: for the summary box, the home page, the feeds and
// the social card, which all use this one shape.
import type { Verdict } from '../content/schema.ts';
import type { StoryClaim } from '../story/story-context.ts';

/** `C`: the claims counted (a story's claims by default; anything with a rating for site-wide counts). */
export interface VerdictCount<C = StoryClaim> {
  verdict: Verdict;
  /** How many claims got the rating. */
  count: number;
  /** Share of the story's claims, 0–1. */
  share: number;
  /** Those claims, in story order. */
  claims: readonly C[];
}

/** One count per rating that at least one claim got, in the order of `verdicts`. */
export function countByVerdict<C extends { verdict: Pick<Verdict, 'id'> }>(verdicts: readonly Verdict[], claims: readonly C[]): VerdictCount<C>[] {
  const total = claims.length;
  return verdicts
    .map((verdict) => {
      const matching = claims.filter((c) => c.verdict.id === verdict.id);
      return { verdict, count: matching.length, claims: matching, share: total === 0 ? 0 : matching.length / total };
    })
    .filter((row) => row.count > 0);
}

/** "19 claims checked: 3 True, 4 Mostly true, 1 Opinion." (or "No claims checked yet.") */
export function verdictSummaryText(counts: readonly VerdictCount<unknown>[]): string {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return 'No claims checked yet.';
  const parts = counts.filter((c) => c.count > 0).map((c) => `${c.count} ${c.verdict.label}`);
  return `${total} claim${total === 1 ? '' : 's'} checked: ${parts.join(', ')}.`;
}
