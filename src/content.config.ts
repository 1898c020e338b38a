// The content collections, loaded from content/ (or MARGINALIA_CONTENT_DIR) with the schemas in src/lib/content/schema.ts.
import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './lib/content/content-dir.ts';
import { datasetLoader } from './lib/content/dataset-loader.ts';
import { claimSchema, datasetMetaSchema, glossaryTermSchema, originalSchema, siteSchema, sourceSchema, storySchema, verdictSchema } from './lib/content/schema.ts';

const dir = relative(process.cwd(), contentDir(process.cwd())).split('\\').join('/') || 'content';
const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

function siteEntry(text: string): Array<Record<string, unknown>> {
  const value: unknown = parseYaml(text);
  return [{ ...(value !== null && typeof value === 'object' ? value : {}), id: 'site' }];
}

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '*/index.mdx', base: `${dir}/stories`, generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
    schema: storySchema,
  }),
  // The original is annotated from its Markdown source (src/lib/annotations), never rendered by Astro: deferRender
  // keeps content sync from turning every original into HTML nobody reads (2 MB of the store at 200 stories).
  originals: defineCollection({ loader: glob({ pattern: '*.md', base: `${dir}/originals`, deferRender: true }), schema: originalSchema }),
  claims: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: `${dir}/claims`, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema: claimSchema,
  }),
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${dir}/sources` }), schema: sourceSchema }),
  datasets: defineCollection({
    loader: datasetLoader(`${dir}/datasets`),
    schema: datasetMetaSchema.extend({ rows: z.array(z.record(z.string(), cell)), rowLines: z.array(z.number()), csvFile: z.string() }),
  }),
  verdicts: defineCollection({ loader: file(`${dir}/verdicts.yaml`), schema: verdictSchema }),
  glossary: defineCollection({ loader: file(`${dir}/glossary.yaml`), schema: glossaryTermSchema }),
  site: defineCollection({ loader: file(`${dir}/site.yaml`, { parser: siteEntry }), schema: siteSchema.extend({ id: z.literal('site') }) }),
};
