// Astro-side access to the content collections, turned into the content model's shapes (src/lib/content/bundle.ts),
// so pages and components work with the same entries the checks read.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { ClaimEntry, DatasetEntry, Entry } from '../lib/content/bundle.ts';
import type { GlossaryTerm, Source, Verdict } from '../lib/content/schema.ts';
import { readDatasetRows, type DatasetRows } from '../lib/content/dataset-rows.ts';
import { readEntryBody } from '../lib/content/entry-body.ts';
import { buildStoryContext, type StoryContext } from '../lib/story/story-context.ts';
import { digestOf, storyCacheKey as cacheKeyOf, type Digested } from '../lib/publishing/page-cache-key.ts';

/** A story as Astro's collection holds it (with its MDX, for render()). */
export type StoryCollectionEntry = CollectionEntry<'stories'>;

/** Repository-relative path of an entry's file; Astro records it for entries read from their own file. */
const fileOf = (entry: { filePath?: string | undefined }, fallback: string) => entry.filePath ?? fallback;

export async function allStories(): Promise<StoryCollectionEntry[]> {
  const stories = await getCollection('stories');
  return stories.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}

export async function allSources(): Promise<Entry<Source>[]> {
  return (await getCollection('sources'))
    .map((s) => ({ file: fileOf(s, `content/sources/${s.id}.yaml`), id: s.id, data: s.data }))
    .sort((a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.data.title.localeCompare(b.data.title));
}

export async function allVerdicts(): Promise<Verdict[]> {
  const verdicts = (await getCollection('verdicts')).map((v) => v.data);
  // Scale from best to worst, then the ratings off the scale.
  return verdicts.sort((a, b) => (b.ordinal ?? -Infinity) - (a.ordinal ?? -Infinity));
}

/** The glossary in alphabetical order of the terms. */
export async function allGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((g) => g.data).sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** Rows read so far, by CSV file, with the file's size and time when read: a dev server reads a CSV again only once it changed. */
const rowsRead = new Map<string, { stamp: string; rows: DatasetRows | undefined }>();

function datasetRows(csvFile: string, columns: DatasetEntry['data']['columns']): DatasetRows | undefined {
  let stamp = '';
  try {
    const { size, mtimeMs } = statSync(csvFile);
    stamp = `${size}:${mtimeMs}`;
  } catch {
    return undefined;
  }
  const known = rowsRead.get(csvFile);
  if (known?.stamp === stamp) return known.rows;
  const rows = readDatasetRows(csvFile, columns);
  rowsRead.set(csvFile, { stamp, rows });
  return rows;
}

/** Every dataset with its rows, which Astro's store does not hold: they are read from the CSVs (src/lib/content/dataset-rows.ts). */
export async function allDatasets(): Promise<DatasetEntry[]> {
  return (await getCollection('datasets')).flatMap((d) => {
    const { csvFile, ...meta } = d.data;
    const rows = datasetRows(csvFile, meta.columns);
    return rows ? [{ file: fileOf(d, `content/datasets/${d.id}.yaml`), id: d.id, data: meta, csvFile, ...rows }] : [];
  });
}

export async function siteInfo() {
  const [site] = await getCollection('site');
  if (!site) throw new Error('content/site.yaml is missing');
  return site.data;
}

const contexts = new Map<string, Promise<StoryContext>>();

/** The story's context, built once per story in a build (dev rebuilds it so edits show at once). */
export function storyContext(story: StoryCollectionEntry): Promise<StoryContext> {
  if (!import.meta.env.PROD) return loadStoryContext(story);
  let context = contexts.get(story.id);
  if (!context) {
    context = loadStoryContext(story);
    contexts.set(story.id, context);
  }
  return context;
}

/** What every story's context draws on, read once per build. */
interface SharedContent {
  /** Claims by story id. */
  claimsByStory: Map<string, ClaimEntry[]>;
  /** By id, one map for every story's context (a map per story grew with stories × sources). */
  sources: Map<string, Entry<Source>>;
  verdicts: Verdict[];
  datasets: Map<string, DatasetEntry>;
  glossary: GlossaryTerm[];
}

let shared: Promise<SharedContent> | undefined;

/**
 * Read and sorted once per build, not once per story, which made building the contexts quadratic in the number of
 * stories (every story walked every claim). Dev reads it afresh so edits show at once.
 */
function sharedContent(): Promise<SharedContent> {
  if (!import.meta.env.PROD) return loadShared();
  shared ??= loadShared();
  return shared;
}

async function loadShared(): Promise<SharedContent> {
  const [claims, sources, verdicts, datasets, glossary] = await Promise.all([getCollection('claims'), allSources(), allVerdicts(), allDatasets(), getCollection('glossary')]);
  const claimsByStory = new Map<string, ClaimEntry[]>();
  for (const claim of claims) {
    const [story = '', slug = ''] = claim.id.split('/');
    const entry: ClaimEntry = { file: fileOf(claim, `content/claims/${claim.id}.yaml`), id: claim.id, story, slug, data: claim.data };
    const list = claimsByStory.get(story);
    if (list) list.push(entry);
    else claimsByStory.set(story, [entry]);
  }
  return { claimsByStory, sources: new Map(sources.map((s) => [s.id, s])), verdicts, datasets: new Map(datasets.map((d) => [d.id, d])), glossary: glossary.map((g) => g.data) };
}

async function loadStoryContext(story: StoryCollectionEntry): Promise<StoryContext> {
  const [original, content] = await Promise.all([getEntry('originals', story.data.original), sharedContent()]);
  if (!original) throw new Error(`content/stories/${story.id}/index.mdx › original: no original "${story.data.original}"`);
  const storyFile = fileOf(story, `content/stories/${story.id}/index.mdx`);
  const originalFile = fileOf(original, `content/originals/${original.id}.md`);
  return buildStoryContext({
    storyId: story.id,
    story: story.data,
    original: { file: originalFile, id: original.id, data: original.data, body: bodyOf(originalFile) },
    body: bodyOf(storyFile),
    claims: content.claimsByStory.get(story.id) ?? [],
    sources: content.sources,
    verdicts: content.verdicts,
    datasets: content.datasets,
    glossary: content.glossary,
  });
}

/** The text of a story or an original, which Astro's store does not hold (src/lib/content/entry-body.ts). */
function bodyOf(file: string): string {
  const body = readEntryBody(resolve(file));
  // Only if the file went between the content sync and this page (dev): the next sync drops the entry.
  if (body === undefined) throw new Error(`${file} could not be read; save it again`);
  return body;
}

let siteWide: Promise<string> | undefined;

/** What every page shares, as one digest: sources, datasets, verdicts, glossary, site settings, the content folder. */
function siteWideDigest(): Promise<string> {
  siteWide ??= Promise.all((['sources', 'datasets', 'verdicts', 'glossary', 'site'] as const).map((name) => getCollection(name))).then((lists) =>
    digestOf(lists.flat().map((entry) => ({ id: `${entry.collection}:${entry.id}`, digest: (entry as Digested).digest })), process.env.MARGINALIA_CONTENT_DIR ?? 'content'),
  );
  return siteWide;
}

let claimsOfStory: Promise<Map<string, Digested[]>> | undefined;

/**
 * The cacheKey of a story's pages for Astro's incremental build (src/lib/publishing/page-cache-key.ts): a rebuild
 * after one claim changed renders that story's pages again and keeps the others' as built.
 */
export async function storyCacheKey(story: StoryCollectionEntry): Promise<string> {
  claimsOfStory ??= getCollection('claims').then((claims) => {
    const byStory = new Map<string, Digested[]>();
    for (const claim of claims) {
      const id = claim.id.split('/')[0] ?? '';
      byStory.set(id, [...(byStory.get(id) ?? []), claim as Digested]);
    }
    return byStory;
  });
  const [site, original, claims] = await Promise.all([siteWideDigest(), getEntry('originals', story.data.original), claimsOfStory]);
  return cacheKeyOf(site, story as Digested, original as Digested | undefined, claims.get(story.id) ?? []);
}

/** getStaticPaths for every per-story route: one path per story, with the story as a prop and its cacheKey. */
export async function storyPaths() {
  const stories = await allStories();
  return Promise.all(stories.map(async (story) => ({ params: { story: story.id }, props: { story }, cacheKey: await storyCacheKey(story) })));
}

let reviewed: Promise<ReadonlySet<string>> | undefined;

/** Addresses of the articles under review (every original's url): links to them are not endorsements. */
export function reviewedUrls(): Promise<ReadonlySet<string>> {
  const load = async () => new Set((await getCollection('originals')).flatMap((o) => (o.data.url ? [o.data.url] : [])));
  if (!import.meta.env.PROD) return load();
  reviewed ??= load();
  return reviewed;
}
