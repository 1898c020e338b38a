// Astro content loaders fed from the checked bundle (src/lib/content/checked-content.ts): the entries the content
// checks already read, parsed and validated, so Astro reads no file again and runs no schema again (its collection
// schemas still type the entries). An invalid file is missing from the bundle, so the loader leaves it out instead
// of throwing: the checks' report is the one editors see, and the dev server never crashes on a half-saved file.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { ContentBundle } from './bundle.ts';
import { checkedBundle } from './checked-content.ts';
import { readContent } from './read-content.ts';

export type CollectionName = 'stories' | 'originals' | 'claims' | 'sources' | 'datasets' | 'verdicts' | 'glossary' | 'site';

/** One entry as the loader hands it to Astro's store (DataEntry without the digest). */
export interface StoreEntry {
  id: string;
  data: Record<string, unknown>;
  /** Relative to the project root. */
  filePath: string;
  /** MDX stories: rendered by their own module when a page calls render(). */
  deferredRender?: boolean;
  /** What else decides the entry without being stored: a story's or original's text and a dataset's rows, which pages
   * read again from the file (src/lib/content/entry-body.ts, dataset-rows.ts). */
  unstored?: unknown;
}

/** The entries of one collection in a bundle. `root` is absolute; a dataset's csvFile is made absolute for the endpoint. */
export function collectionEntries(bundle: ContentBundle, collection: CollectionName, root: string): StoreEntry[] {
  switch (collection) {
    case 'stories':
      return bundle.stories.map((s) => ({ id: s.id, data: s.data, filePath: s.file, deferredRender: true, unstored: { body: s.body } }));
    // Originals are annotated from their Markdown source, never rendered by Astro: no module per original.
    case 'originals':
      return bundle.originals.map((o) => ({ id: o.id, data: o.data, filePath: o.file, unstored: { body: o.body } }));
    case 'claims':
      return bundle.claims.map((c) => ({ id: c.id, data: c.data, filePath: c.file }));
    case 'sources':
      return bundle.sources.map((s) => ({ id: s.id, data: s.data, filePath: s.file }));
    // The metadata and the CSV's path: pages read the rows from the file (src/lib/content/dataset-rows.ts says why),
    // and the download endpoint serves it. The rows still decide the digest, so an edit to the CSV replaces the entry.
    case 'datasets':
      return bundle.datasets.map((d) => ({ id: d.id, data: { ...d.data, csvFile: join(root, d.csvFile) }, filePath: d.file, unstored: { rows: d.table.rows, rowLines: d.rowLines } }));
    case 'verdicts':
      return bundle.verdicts.map((v) => ({ id: v.id, data: v.data, filePath: v.file }));
    case 'glossary':
      return bundle.glossary.map((g) => ({ id: g.id, data: g.data, filePath: g.file }));
    case 'site':
      return bundle.site ? [{ id: 'site', data: { ...bundle.site.data, id: 'site' }, filePath: bundle.site.file }] : [];
  }
}

/** Milliseconds to wait for a save's events to settle before reading the content again (dev). */
const SETTLE_MS = 100;

/** A loader for `collection` of the content in `folder` (relative to the project root, or absolute). */
export function bundleLoader(collection: CollectionName, folder: string): Loader {
  const watched = new WeakSet<object>();
  return {
    name: `marginalia:${collection}`,
    load: async ({ config, store, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, folder);
      const sync = (bundle: ContentBundle) => {
        const untouched = new Set(store.keys());
        for (const entry of collectionEntries(bundle, collection, root)) {
          untouched.delete(entry.id);
          // What is not stored is part of the digest: an edit to a story's text alone must replace the stored entry.
          const { unstored, ...stored } = entry;
          const changed = store.set({ ...stored, digest: generateDigest({ data: entry.data, ...(unstored === undefined ? {} : { unstored }) }) });
          // An unchanged entry kept from the cache still needs its module for render().
          if (!changed && entry.deferredRender) store.addModuleImport(entry.filePath);
        }
        for (const id of untouched) store.delete(id);
      };
      sync(checkedBundle(root, dir));
      if (!watcher || watched.has(watcher)) return;
      watched.add(watcher);
      watcher.add(dir);
      let pending: ReturnType<typeof setTimeout> | undefined;
      const reload = (path: string) => {
        if (!resolve(path).startsWith(`${dir}/`)) return;
        clearTimeout(pending);
        pending = setTimeout(() => {
          try {
            sync(readContent(root, dir).bundle);
          } catch (error) {
            // A file removed while it was read, say: keep the entries as they were; the next save reads again.
            logger.warn(`${collection}: kept the last content (${error instanceof Error ? error.message : String(error)})`);
          }
        }, SETTLE_MS);
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}
