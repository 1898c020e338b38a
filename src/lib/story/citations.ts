// Citation numbering for a story: numbers in order of first use, shared by inline <Cite> and claim-card evidence.
import type { Usage } from '../content/story-mdx.ts';

export interface CitationOrder {
  /** Source id → its reference number (1-based). */
  numbers: Map<string, number>;
  /** Source ids in reference-list order. */
  order: string[];
}

/** A story element that cites sources, in reading order. */
export type Citing = { kind: 'cite'; source: string } | { kind: 'claim'; sources: readonly string[] };

export function numberCitations(items: readonly Citing[]): CitationOrder {
  const numbers = new Map<string, number>();
  const order: string[] = [];
  const add = (source: string) => {
    if (numbers.has(source)) return;
    order.push(source);
    numbers.set(source, order.length);
  };
  for (const item of items) {
    if (item.kind === 'cite') add(item.source);
    else item.sources.forEach(add);
  }
  return { numbers, order };
}

/** The story's <Cite source> and <Claim id> in reading order; claims resolve to their evidence sources. */
export function citingItems(usages: readonly Usage[], evidenceOf: (claimSlug: string) => readonly string[]): Citing[] {
  return usages.flatMap((usage): Citing[] => {
    const source = usage.props.source;
    const id = usage.props.id;
    if (usage.component === 'Cite' && typeof source === 'string') return [{ kind: 'cite', source }];
    if (usage.component === 'Claim' && typeof id === 'string') return [{ kind: 'claim', sources: evidenceOf(id) }];
    return [];
  });
}
