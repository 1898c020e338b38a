// The data a story page hands to the components in its MDX: claims, sources, verdicts, datasets, citation numbers.
import { citingItems, numberCitations, type CitationOrder } from './citations.ts';
import { computeFigure, type FigureResult } from './figure-check.ts';
import type { ClaimData, DatasetMeta, FigureCheck, GlossaryTerm, OriginalData, Source, StoryData, Verdict } from './content/schema.ts';
import type { DataTable } from './content/table.ts';
import { findUsages } from './content/mdx-usages.ts';

export interface ClaimView {
  /** Collection id, "<story>/<claim>". */
  id: string;
  /** Short id used in the story, the claim file's name. */
  slug: string;
  data: ClaimData;
  verdict: Verdict;
  /** Each figure check with its result computed from the data. */
  figures: Array<{ check: FigureCheck; result: FigureResult }>;
}

export interface SourceView extends Source {
  id: string;
}

export interface DatasetView {
  id: string;
  meta: DatasetMeta;
  table: DataTable;
}

export interface OriginalView {
  id: string;
  data: OriginalData;
  /** The article text, verbatim. */
  body: string;
}

export interface StoryContext {
  storyId: string;
  story: StoryData;
  original: OriginalView;
  claims: Map<string, ClaimView>;
  sources: Map<string, SourceView>;
  verdicts: Verdict[];
  datasets: Map<string, DatasetView>;
  glossary: Map<string, GlossaryTerm>;
  citations: CitationOrder;
  /** Claims in the order the story shows them, then any it does not show. */
  claimOrder: ClaimView[];
}

export interface StoryInputs {
  storyId: string;
  story: StoryData;
  original: OriginalView;
  body: string;
  claims: Array<{ id: string; data: ClaimData }>;
  sources: SourceView[];
  verdicts: Verdict[];
  datasets: DatasetView[];
  glossary: GlossaryTerm[];
}

/** Builds the context; throws when content references something missing (the integrity checks report it first). */
export function buildStoryContext(input: StoryInputs): StoryContext {
  const verdictById = new Map(input.verdicts.map((v) => [v.id, v]));
  const datasets = new Map(input.datasets.map((d) => [d.id, d]));
  const claims = new Map<string, ClaimView>();
  for (const claim of input.claims) {
    const [story, slug] = claim.id.split('/');
    if (story !== input.storyId || !slug) continue;
    const verdict = verdictById.get(claim.data.verdict);
    if (!verdict) throw new Error(`content/claims/${claim.id}.yaml › verdict: "${claim.data.verdict}" is not on the rating scale`);
    const figures = claim.data.figures.map((check) => {
      const dataset = datasets.get(check.compute.dataset);
      const result: FigureResult = dataset ? computeFigure(check, dataset.table) : { ok: false, field: 'compute.dataset', message: `no dataset "${check.compute.dataset}"`, fix: '' };
      return { check, result };
    });
    claims.set(slug, { id: claim.id, slug, data: claim.data, verdict, figures });
  }
  const evidenceOf = (slug: string) => claims.get(slug)?.data.evidence.map((e) => e.source) ?? [];
  return {
    claimOrder: claimsInOrder(claims, input.body),
    storyId: input.storyId,
    story: input.story,
    original: input.original,
    claims,
    sources: new Map(input.sources.map((s) => [s.id, s])),
    verdicts: input.verdicts,
    datasets,
    glossary: new Map(input.glossary.map((g) => [g.id, g])),
    citations: numberCitations(citingItems(input.body, evidenceOf)),
  };
}

/** Claims in the order the story body shows them, then the rest. */
function claimsInOrder(claims: Map<string, ClaimView>, body: string): ClaimView[] {
  const seen = new Set<string>();
  const ordered: ClaimView[] = [];
  for (const usage of findUsages(body)) {
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
