// Citation numbering for a story: numbers in order of first use, shared by inline <Cite> and claim-card evidence;
// and an id for each place a source is cited, so its reference can lead the reader back there.
import type { Usage } from '../content/story-mdx.ts';

/** One place a source is cited: in the story's text, or in the evidence of a claim card. */
export interface CitationUse {
  /** Element id of the citation link, e.g. "cite-idc-2021-2" (the source's second citation). */
  id: string;
  /** The claim whose card cites it; absent for a citation in the text. */
  claim?: string;
}

export interface CitationOrder {
  /** Source id → its reference number (1-based). */
  numbers: Map<string, number>;
  /** Source ids in reference-list order. */
  order: string[];
  /** Source id → every place it is cited, in reading order. */
  uses: Map<string, CitationUse[]>;
}

/** A story element that cites sources, in reading order. */
export type Citing = { kind: 'cite'; source: string } | { kind: 'claim'; sources: readonly string[]; claim?: string };

/** The id of the `n`th citation (1-based) of a source on a page. */
export function citationId(source: string, n: number): string {
  return `cite-${source}-${n}`;
}

export function numberCitations(items: readonly Citing[]): CitationOrder {
  const numbers = new Map<string, number>();
  const order: string[] = [];
  const uses = new Map<string, CitationUse[]>();
  const add = (source: string, claim?: string) => {
    const list = uses.get(source) ?? [];
    list.push({ id: citationId(source, list.length + 1), ...(claim ? { claim } : {}) });
    uses.set(source, list);
    if (numbers.has(source)) return;
    order.push(source);
    numbers.set(source, order.length);
  };
  for (const item of items) {
    if (item.kind === 'cite') add(item.source);
    else item.sources.forEach((source) => add(source, item.claim));
  }
  return { numbers, order, uses };
}

const rendered = new WeakMap<object, Map<string, number>>();

/** The id of the next citation of `source` rendered within `scope` (one object per page render, e.g. Astro.locals):
 * pages render in reading order, so it is the id numberCitations gave that place. */
export function nextCitationId(scope: object, source: string): string {
  let counts = rendered.get(scope);
  if (!counts) {
    counts = new Map();
    rendered.set(scope, counts);
  }
  const n = (counts.get(source) ?? 0) + 1;
  counts.set(source, n);
  return citationId(source, n);
}

/** The story's <Cite source> and <Claim id> in reading order; claims resolve to their evidence sources. */
export function citingItems(usages: readonly Usage[], evidenceOf: (claimSlug: string) => readonly string[]): Citing[] {
  return usages.flatMap((usage): Citing[] => {
    const source = usage.props.source;
    const id = usage.props.id;
    if (usage.component === 'Cite' && typeof source === 'string') return [{ kind: 'cite', source }];
    if (usage.component === 'Claim' && typeof id === 'string') return [{ kind: 'claim', sources: evidenceOf(id), claim: id }];
    return [];
  });
}
