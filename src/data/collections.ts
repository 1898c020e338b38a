// Astro-side access to the content collections, turned into the plain shapes src/lib works with.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Verdict } from '../lib/content/schema.ts';
import { buildStoryContext, type DatasetView, type SourceView, type StoryContext } from '../lib/story-context.ts';

export type StoryEntry = CollectionEntry<'stories'>;

export async function allStories(): Promise<StoryEntry[]> {
  const stories = await getCollection('stories');
  return stories.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}

export async function allSources(): Promise<SourceView[]> {
  return (await getCollection('sources')).map((s) => ({ id: s.id, ...s.data })).sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
}

export async function allVerdicts(): Promise<Verdict[]> {
  const verdicts = (await getCollection('verdicts')).map((v) => v.data);
  // Scale from best to worst, then the ratings off the scale.
  return verdicts.sort((a, b) => (b.ordinal ?? -Infinity) - (a.ordinal ?? -Infinity));
}

export async function allDatasets(): Promise<DatasetView[]> {
  return (await getCollection('datasets')).map((d) => {
    const { rows, csvFile: _csvFile, ...meta } = d.data;
    return { id: d.id, meta, table: { columns: meta.columns, rows } };
  });
}

export async function siteInfo() {
  const [site] = await getCollection('site');
  if (!site) throw new Error('content/site.yaml is missing');
  return site.data;
}

const contexts = new Map<string, Promise<StoryContext>>();

/** The story's context, built once per story in a build (dev rebuilds it so edits show at once). */
export function storyContext(story: StoryEntry): Promise<StoryContext> {
  if (!import.meta.env.PROD) return loadStoryContext(story);
  let context = contexts.get(story.id);
  if (!context) {
    context = loadStoryContext(story);
    contexts.set(story.id, context);
  }
  return context;
}

interface SiteData {
  /** Claims by story id. */
  claimsByStory: Map<string, Array<{ id: string; data: CollectionEntry<'claims'>['data'] }>>;
  sources: SourceView[];
  verdicts: Verdict[];
  datasets: DatasetView[];
  glossary: Array<CollectionEntry<'glossary'>['data']>;
}

let siteData: Promise<SiteData> | undefined;

/**
 * What every story's context draws on (all claims, sources, verdicts, datasets, glossary): read and sorted once per
 * build, not once per story, which made building the contexts quadratic in the number of stories (every story
 * walked every claim). Dev reads it afresh so edits show at once.
 */
function sharedSiteData(): Promise<SiteData> {
  if (!import.meta.env.PROD) return loadSiteData();
  siteData ??= loadSiteData();
  return siteData;
}

async function loadSiteData(): Promise<SiteData> {
  const [claims, sources, verdicts, datasets, glossary] = await Promise.all([getCollection('claims'), allSources(), allVerdicts(), allDatasets(), getCollection('glossary')]);
  const claimsByStory = new Map<string, Array<{ id: string; data: CollectionEntry<'claims'>['data'] }>>();
  for (const claim of claims) {
    const story = claim.id.split('/')[0] ?? '';
    const list = claimsByStory.get(story);
    if (list) list.push({ id: claim.id, data: claim.data });
    else claimsByStory.set(story, [{ id: claim.id, data: claim.data }]);
  }
  return { claimsByStory, sources, verdicts, datasets, glossary: glossary.map((g) => g.data) };
}

async function loadStoryContext(story: StoryEntry): Promise<StoryContext> {
  const [original, site] = await Promise.all([getEntry('originals', story.data.original), sharedSiteData()]);
  if (!original) throw new Error(`content/stories/${story.id}/index.mdx › original: no original "${story.data.original}"`);
  return buildStoryContext({
    storyId: story.id,
    story: story.data,
    original: { id: original.id, data: original.data, body: original.body ?? '' },
    body: story.body ?? '',
    claims: site.claimsByStory.get(story.id) ?? [],
    sources: site.sources,
    verdicts: site.verdicts,
    datasets: site.datasets,
    glossary: site.glossary,
  });
}

/** getStaticPaths for every per-story route: one path per story, with the story as a prop. */
export async function storyPaths() {
  const stories = await allStories();
  return stories.map((story) => ({ params: { story: story.id }, props: { story } }));
}
