// What a story page hands the components in its MDX: its claims with their ratings and figure checks, the sources,
// datasets, glossary and rating scale, the citation numbers, and the story's MDX read once.
import type { ClaimEntry, DatasetEntry, Entry, OriginalEntry } from '../content/bundle.ts';
import type { FigureCheck, GlossaryTerm, Source, StoryData, Verdict } from '../content/schema.ts';
import { componentUsages, parseStoryMdx, type Usage } from '../content/story-mdx.ts';
import { citingItems, numberCitations, type CitationOrder } from './citations.ts';
import { computeFigure, isComputed, type FigureResult } from './figure-check.ts';
import { termsForStory } from './story-glossary.ts';

/** A claim as its story shows it: the claim file with its rating and each figure check computed from the data. */
export interface StoryClaim extends ClaimEntry {
  verdict: Verdict;
  /** Each figure check, with what the data give when it computes one (unverified figures may not). */
  figures: Array<{ check: FigureCheck; result?: FigureResult }>;
}

export interface StoryContext {
  storyId: string;
  story: StoryData;
  original: OriginalEntry;
  /** The story's claims by short id. */
  claims: Map<string, StoryClaim>;
  sources: Map<string, Entry<Source>>;
  verdicts: Verdict[];
  datasets: Map<string, DatasetEntry>;
  /** The glossary terms that apply to this story. */
  glossary: Map<string, GlossaryTerm>;
  citations: CitationOrder;
  /** Claims in the order the story shows them, then any it does not show. */
  claimOrder: StoryClaim[];
  /** The components the story's MDX uses, in reading order. */
  usages: Usage[];
}

export interface StoryInputs {
  storyId: string;
  story: StoryData;
  original: OriginalEntry;
  /** The MDX body. */
  body: string;
  /** Every claim of the site; the story keeps its own. */
  claims: readonly ClaimEntry[];
  /** Every source of the site: a list, or a map by id that the build makes once and every story's context shares. */
  sources: readonly Entry<Source>[] | Map<string, Entry<Source>>;
  verdicts: Verdict[];
  /** Every dataset of the site, as a list or a shared map by id. */
  datasets: readonly DatasetEntry[] | Map<string, DatasetEntry>;
  glossary: GlossaryTerm[];
}

/** A map by id; a map given is used as it is (one per build, not one per story, which grew with stories × datasets). */
function byId<T extends { id: string }>(items: readonly T[] | Map<string, T>): Map<string, T> {
  return items instanceof Map ? items : new Map(items.map((item) => [item.id, item]));
}

/** Builds the context; throws when content references something missing (the integrity checks report it first). */
export function buildStoryContext(input: StoryInputs): StoryContext {
  const verdictById = new Map(input.verdicts.map((v) => [v.id, v]));
  const datasets = byId(input.datasets);
  const claims = new Map<string, StoryClaim>();
  for (const claim of input.claims) {
    if (claim.story !== input.storyId) continue;
    const verdict = verdictById.get(claim.data.verdict);
    if (!verdict) throw new Error(`${claim.file} › verdict: "${claim.data.verdict}" is not on the rating scale`);
    const figures = claim.data.figures.map((check) => {
      if (!isComputed(check)) return { check };
      const dataset = datasets.get(check.compute.dataset);
      const result: FigureResult = dataset ? computeFigure(check, dataset.table) : { ok: false, field: 'compute.dataset', message: `no dataset "${check.compute.dataset}"`, fix: 'fix the id' };
      return { check, result };
    });
    claims.set(claim.slug, { ...claim, verdict, figures });
  }
  const usages = componentUsages(parseStoryMdx(input.body));
  const evidenceOf = (slug: string) => claims.get(slug)?.data.evidence.map((e) => e.source) ?? [];
  return {
    claimOrder: claimsInOrder(claims, usages),
    storyId: input.storyId,
    story: input.story,
    original: input.original,
    claims,
    sources: byId(input.sources),
    verdicts: input.verdicts,
    datasets,
    glossary: new Map(termsForStory(input.glossary, input.storyId, input.story).map((g) => [g.id, g])),
    citations: numberCitations(citingItems(usages, evidenceOf)),
    usages,
  };
}

/** Claims in the order the story shows them, then the rest. */
function claimsInOrder(claims: Map<string, StoryClaim>, usages: readonly Usage[]): StoryClaim[] {
  const seen = new Set<string>();
  const ordered: StoryClaim[] = [];
  for (const usage of usages) {
    const id = usage.component === 'Claim' ? usage.props.id : undefined;
    const claim = typeof id === 'string' ? claims.get(id) : undefined;
    if (claim && !seen.has(claim.slug)) {
      seen.add(claim.slug);
      ordered.push(claim);
    }
  }
  for (const claim of claims.values()) if (!seen.has(claim.slug)) ordered.push(claim);
  return ordered;
}

/** The short ids of the claims the story shows. */
export function shownClaims(context: Pick<StoryContext, 'usages'>): Set<string> {
  return new Set(context.usages.flatMap((u) => (u.component === 'Claim' && typeof u.props.id === 'string' ? [u.props.id] : [])));
}
