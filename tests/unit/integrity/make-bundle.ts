// Small in-memory ContentBundles for the integrity-rule unit tests: one builder per kind of entry,
// each with valid defaults so a test states only what it is about.
import { emptyBundle, type ClaimEntry, type ContentBundle, type DatasetEntry, type Entry, type ListItem, type OriginalEntry, type StoryEntry } from '../../../src/lib/content/bundle.ts';
import type { ClaimData, DatasetMeta, FigureCheck, GlossaryTerm, OriginalData, Source, StoryData, Verdict } from '../../../src/lib/content/schema.ts';
import type { ColumnMeta, Row } from '../../../src/lib/content/table.ts';
import { parseStoryMdx } from '../../../src/lib/content/story-mdx.ts';
import type { ComputedCheck } from '../../../src/lib/story/figure-check.ts';

export function source(id: string, data: Partial<Source> = {}): Entry<Source> {
  return {
    file: `content/sources/${id}.yaml`,
    id,
    data: { title: `Source ${id}`, publisher: 'Publisher', url: `https://example.org/${id}`, accessed: '2026-11-25', kind: 'news', ...data },
  };
}

export function verdict(index: number, id: string, label: string, ordinal: number | null): ListItem<Verdict> {
  return { file: 'content/verdicts.yaml', id, index, data: { id, label, ordinal, tone: 'neutral', icon: 'question', meaning: `Means ${label}.` } };
}

/** The fixture's scale: true (3), misleading (2), false (1), opinion (off the scale). */
export function scale(): ListItem<Verdict>[] {
  return [verdict(0, 'true', 'True', 3), verdict(1, 'misleading', 'Misleading', 2), verdict(2, 'false', 'False', 1), verdict(3, 'opinion', 'Opinion', null)];
}

export function term(index: number, id: string, data: Partial<GlossaryTerm> = {}): ListItem<GlossaryTerm> {
  return { file: 'content/glossary.yaml', id, index, data: { id, term: id, matches: [], definition: `What ${id} means.`, sources: [], stories: [], ...data } };
}

export function original(id: string, body: string, data: Partial<OriginalData> = {}): OriginalEntry {
  return {
    file: `content/originals/${id}.md`,
    id,
    body,
    data: { title: 'An article', language: 'en', machineTranslated: false, outlet: 'unknown', author: 'unknown', published: '2022', ...data },
  };
}

export function story(id: string, body: string, data: Partial<StoryData> = {}, bodyLine = 1): StoryEntry {
  return {
    file: `content/stories/${id}/index.mdx`,
    id,
    body,
    bodyLine,
    mdx: parseStoryMdx(body),
    data: { title: 'A story', dek: 'Dek.', authors: ['Desk'], published: '2026-11-01', original: id, summary: 'Summary.', corrections: [], excludeTerms: [], ...data },
  };
}

export function claim(storyId: string, slug: string, data: Partial<ClaimData> = {}): ClaimEntry {
  return {
    file: `content/claims/${storyId}/${slug}.yaml`,
    id: `${storyId}/${slug}`,
    story: storyId,
    slug,
    data: {
      quote: 'sales reached 140 million',
      claimant: 'Author',
      restatement: 'Sales reached 140 million.',
      claimReviewed: 'Sales reached 140 million',
      verdict: 'true',
      summary: 'Right.',
      explanation: 'Because.',
      evidence: [{ source: 'stats', excerpt: '140 million' }],
      figures: [],
      topics: [],
      ...data,
    },
  };
}

export function dataset(id: string, columns: ColumnMeta[], rows: Row[], data: Partial<DatasetMeta> = {}): DatasetEntry {
  return {
    file: `content/datasets/${id}.yaml`,
    csvFile: `content/datasets/${id}.csv`,
    id,
    data: { title: `Dataset ${id}`, description: 'Numbers.', columns, sources: ['stats'], ...data },
    table: { columns, rows },
    rowLines: rows.map((_, i) => i + 2),
  };
}

/** region (string), year (integer), units (number): global 190.3, china 51.1, europe 40 in 2021. */
export function salesDataset(id = 'sales'): DatasetEntry {
  return dataset(
    id,
    [
      { name: 'region', type: 'string' },
      { name: 'year', type: 'integer' },
      { name: 'units', type: 'number', unit: 'million units' },
    ],
    [
      { region: 'global', year: 2021, units: 190.3 },
      { region: 'china', year: 2021, units: 51.1 },
      { region: 'europe', year: 2021, units: 40 },
    ],
  );
}

export function figure(overrides: { stated?: number; bound?: FigureCheck['bound']; assessment?: FigureCheck['assessment']; tolerance?: ComputedCheck['tolerance']; compute?: Partial<ComputedCheck['compute']>; unit?: string } = {}): ComputedCheck {
  return {
    label: 'Widgets sold outside China',
    stated: overrides.stated ?? 140,
    statedText: 'more than 140 million units',
    unit: overrides.unit ?? 'million units',
    bound: overrides.bound ?? 'exact',
    compute: { dataset: 'sales', column: 'units', op: 'difference', of: [{ region: 'global' }, { region: 'china' }], scale: 1, ...overrides.compute },
    tolerance: overrides.tolerance ?? { relative: 0.05 },
    assessment: overrides.assessment ?? 'accurate',
  };
}

/** Ids of files that exist but did not validate, by kind (claims as `story/slug`). */
export type ExtraDeclared = { [K in keyof ContentBundle['declared']]?: Iterable<string> };

type Parts = Partial<Omit<ContentBundle, 'declared'>> & { declared?: ExtraDeclared };

/** A bundle of the given entries; `declared` lists every entry's id plus any extra ids given (invalid files). */
export function bundleOf(parts: Parts = {}): ContentBundle {
  const bundle = { ...emptyBundle(), ...parts, declared: emptyBundle().declared };
  const extra = parts.declared ?? {};
  bundle.declared = {
    stories: new Set([...bundle.stories.map((s) => s.id), ...(extra.stories ?? [])]),
    originals: new Set([...bundle.originals.map((o) => o.id), ...(extra.originals ?? [])]),
    sources: new Set([...bundle.sources.map((s) => s.id), ...(extra.sources ?? [])]),
    datasets: new Set([...bundle.datasets.map((d) => d.id), ...(extra.datasets ?? [])]),
    claims: new Set([...bundle.claims.map((c) => c.id), ...(extra.claims ?? [])]),
    verdicts: new Set([...bundle.verdicts.map((v) => v.id), ...(extra.verdicts ?? [])]),
  };
  return bundle;
}
