// Counts of a story's claims per rating, in scale order, for the summary box and its small bar chart.
import type { Verdict } from './content/schema.ts';
import type { ClaimView } from './story-context.ts';

export interface VerdictCount {
  verdict: Verdict;
  claims: ClaimView[];
  /** Share of the story's claims, 0–1. */
  share: number;
}

export function countByVerdict(verdicts: readonly Verdict[], claims: readonly ClaimView[]): VerdictCount[] {
  const total = claims.length;
  return verdicts
    .map((verdict) => {
      const matching = claims.filter((c) => c.verdict.id === verdict.id);
      return { verdict, claims: matching, share: total === 0 ? 0 : matching.length / total };
    })
    .filter((row) => row.claims.length > 0);
}
