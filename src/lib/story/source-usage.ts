// Which claims cite which source, for the sources page.
import type { ClaimData } from '../content/schema.ts';

export interface CitingClaim {
  story: string;
  slug: string;
  claimReviewed: string;
}

export function claimsBySource(claims: ReadonlyArray<{ id: string; data: ClaimData }>): Map<string, CitingClaim[]> {
  const bySource = new Map<string, CitingClaim[]>();
  for (const claim of claims) {
    const [story = '', slug = ''] = claim.id.split('/');
    for (const source of new Set(claim.data.evidence.map((e) => e.source))) {
      const list = bySource.get(source) ?? [];
      list.push({ story, slug, claimReviewed: claim.data.claimReviewed });
      bySource.set(source, list);
    }
  }
  return bySource;
}
