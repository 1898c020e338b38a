// The content collections, loaded from content/ (or MARGINALIA_CONTENT_DIR). The loaders take the entries the content
// checks read and validated (src/lib/content/bundle-loader.ts); the schemas here type them.
import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentDir } from './lib/content/content-dir.ts';
import { bundleLoader } from './lib/content/bundle-loader.ts';
import { claimSchema, datasetMetaSchema, glossaryTermSchema, originalSchema, siteSchema, sourceSchema, storySchema, verdictSchema } from './lib/content/schema.ts';

const dir = relative(process.cwd(), contentDir(process.cwd())).split('\\').join('/') || 'content';

export const collections = {
  stories: defineCollection({ loader: bundleLoader('stories', dir), schema: storySchema }),
  originals: defineCollection({ loader: bundleLoader('originals', dir), schema: originalSchema }),
  claims: defineCollection({ loader: bundleLoader('claims', dir), schema: claimSchema }),
  sources: defineCollection({ loader: bundleLoader('sources', dir), schema: sourceSchema }),
  datasets: defineCollection({
    loader: bundleLoader('datasets', dir),
    // No rows: pages read them from the CSV (src/lib/content/dataset-rows.ts).
    schema: datasetMetaSchema.extend({ csvFile: z.string() }),
  }),
  verdicts: defineCollection({ loader: bundleLoader('verdicts', dir), schema: verdictSchema }),
  glossary: defineCollection({ loader: bundleLoader('glossary', dir), schema: glossaryTermSchema }),
  site: defineCollection({ loader: bundleLoader('site', dir), schema: siteSchema.extend({ id: z.literal('site') }) }),
};
