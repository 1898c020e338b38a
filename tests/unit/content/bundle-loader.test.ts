import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundleLoader, collectionEntries, type CollectionName, type StoreEntry } from '../../../src/lib/content/bundle-loader.ts';
import { emptyBundle } from '../../../src/lib/content/bundle.ts';
import { forgetChecked, rememberChecked } from '../../../src/lib/content/checked-content.ts';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { FixtureCopy, removeCopies, VALID_ROOT } from '../../content/mutate-fixture.ts';

afterEach(() => {
  forgetChecked();
  removeCopies();
});

type Stored = StoreEntry & { digest?: string | number };

/** The parts of Astro's loader context the loader uses: a store that skips an entry of the same digest, a watcher. */
function fakeContext(root: string) {
  const entries = new Map<string, Stored>();
  const moduleImports: string[] = [];
  const listeners = new Map<string, Array<(path: string) => void>>();
  const watchedPaths: string[] = [];
  const warnings: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      set: (entry: Stored) => {
        if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        if (entry.deferredRender) moduleImports.push(entry.filePath);
        return true;
      },
      addModuleImport: (file: string) => moduleImports.push(file),
    },
    generateDigest: (data: Record<string, unknown> | string) => `digest:${JSON.stringify(data)}`,
    logger: { warn: (message: string) => warnings.push(message) },
    watcher: {
      add: (path: string) => watchedPaths.push(path),
      on: (event: string, listener: (path: string) => void) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    },
  };
  const emit = (event: string, path: string) => (listeners.get(event) ?? []).forEach((listener) => listener(path));
  return { context: context as unknown as LoaderContext, entries, moduleImports, watchedPaths, warnings, emit, listeners };
}

describe('collectionEntries', () => {
  const { bundle } = readContent(VALID_ROOT);
  const ids = (collection: CollectionName) => collectionEntries(bundle, collection, VALID_ROOT).map((e) => e.id);

  it('gives every collection its ids as the pages look them up', () => {
    expect(ids('stories')).toEqual(['demo']);
    expect(ids('originals')).toEqual(['demo']);
    expect(ids('claims').every((id) => id.startsWith('demo/'))).toBe(true);
    expect(ids('claims')).toHaveLength(bundle.claims.length);
    expect(ids('sources')).toEqual(['news-report', 'stats-office']);
    expect(ids('datasets')).toEqual(['widget-sales']);
    expect(ids('verdicts')).toEqual(['true', 'misleading', 'false', 'opinion']);
    expect(ids('glossary')).toEqual(['widget']);
    expect(ids('site')).toEqual(['site']);
  });

  it('keeps the validated data and the file each entry came from, relative to the project', () => {
    const [claim] = collectionEntries(bundle, 'claims', VALID_ROOT);
    expect(claim).toEqual({ id: bundle.claims[0]?.id, data: bundle.claims[0]?.data, filePath: bundle.claims[0]?.file });
    expect(collectionEntries(bundle, 'verdicts', VALID_ROOT)[0]?.filePath).toBe('content/verdicts.yaml');
  });

  it('gives a story its file, rendered by its own module, and keeps its MDX text out of the store', () => {
    const [story] = collectionEntries(bundle, 'stories', VALID_ROOT);
    expect(story).toMatchObject({ filePath: 'content/stories/demo/index.mdx', deferredRender: true, unstored: { body: bundle.stories[0]?.body } });
    expect(story).not.toHaveProperty('body');
  });

  it('gives an original no module and keeps its text out of the store: pages read it from the file', () => {
    const [original] = collectionEntries(bundle, 'originals', VALID_ROOT);
    expect(original).toMatchObject({ filePath: bundle.originals[0]?.file, unstored: { body: bundle.originals[0]?.body } });
    expect(original).not.toHaveProperty('body');
    expect(original?.deferredRender).toBeUndefined();
  });

  it("gives a dataset its metadata and the CSV's absolute path, not its rows: pages read those from the file", () => {
    const [dataset] = collectionEntries(bundle, 'datasets', VALID_ROOT);
    expect(dataset?.data).toMatchObject({ title: bundle.datasets[0]?.data.title, csvFile: join(VALID_ROOT, 'content/datasets/widget-sales.csv') });
    expect(Object.keys(dataset?.data ?? {})).not.toContain('rows');
    expect(Object.keys(dataset?.data ?? {})).not.toContain('table');
    expect(dataset?.unstored).toEqual({ rows: bundle.datasets[0]?.table.rows, rowLines: bundle.datasets[0]?.rowLines });
  });

  it("gives the site entry its id, which the collection's schema asks for", () => {
    expect(collectionEntries(bundle, 'site', VALID_ROOT)[0]?.data).toMatchObject({ id: 'site', name: 'Fixture Checks' });
    expect(collectionEntries(emptyBundle(), 'site', VALID_ROOT)).toEqual([]);
  });
});

describe('bundleLoader', () => {
  it("stores no rows but replaces a dataset whose CSV changed: the rows decide its digest", async () => {
    const copy = new FixtureCopy();
    const { context, entries } = fakeContext(copy.root);
    await bundleLoader('datasets', 'content').load({ ...context, watcher: undefined });
    const before = entries.get('widget-sales');
    expect(Object.keys(before?.data ?? {})).not.toContain('rows');
    expect(before).not.toHaveProperty('unstored');
    copy.replace('content/datasets/widget-sales.csv', /^europe,2021,40,/m, 'europe,2021,41,');
    await bundleLoader('datasets', 'content').load({ ...context, watcher: undefined });
    expect(entries.get('widget-sales')?.digest).not.toBe(before?.digest);
  });

  it('is named for the project and the collection', () => {
    expect(bundleLoader('claims', 'content').name).toBe('marginalia:claims');
  });

  it("stores the checks' kept entries without reading the folder", async () => {
    const copy = new FixtureCopy();
    const kept = readContent(copy.root).bundle;
    rememberChecked(copy.path('content'), kept);
    copy.replace('content/site.yaml', /^name: .*$/m, 'name: Read Again');
    const { context, entries } = fakeContext(copy.root);
    await bundleLoader('site', 'content').load({ ...context, watcher: undefined });
    expect(entries.get('site')?.data.name).toBe('Fixture Checks');
  });

  it('reads the folder itself when nothing was kept, and deletes entries whose file is gone', async () => {
    const { context, entries } = fakeContext(VALID_ROOT);
    entries.set('removed', { id: 'removed', data: {}, filePath: 'content/sources/removed.yaml' });
    await bundleLoader('sources', 'content').load({ ...context, watcher: undefined });
    expect([...entries.keys()]).toEqual(['news-report', 'stats-office']);
  });

  it('leaves an unchanged entry as stored (same digest) and still registers a story module for render()', async () => {
    const { context, entries, moduleImports } = fakeContext(VALID_ROOT);
    const loader = bundleLoader('stories', 'content');
    await loader.load({ ...context, watcher: undefined });
    const first = entries.get('demo');
    await loader.load({ ...context, watcher: undefined });
    expect(entries.get('demo')).toBe(first);
    expect(moduleImports).toEqual(['content/stories/demo/index.mdx', 'content/stories/demo/index.mdx']);
  });

  it("replaces a story or an original whose text alone changed: the text, though not stored, decides the digest", async () => {
    const copy = new FixtureCopy();
    const edits = { stories: 'content/stories/demo/index.mdx', originals: 'content/originals/demo.md' } as const;
    for (const [collection, file] of Object.entries(edits) as Array<[keyof typeof edits, string]>) {
      const { context, entries } = fakeContext(copy.root);
      await bundleLoader(collection, 'content').load({ ...context, watcher: undefined });
      const before = entries.get('demo')?.digest;
      copy.append(file, '\nOne more paragraph.\n');
      await bundleLoader(collection, 'content').load({ ...context, watcher: undefined });
      const entry = entries.get('demo');
      expect(entry?.digest, collection).not.toBe(before);
      expect(entry, collection).not.toHaveProperty('body');
      expect(entry, collection).not.toHaveProperty('unstored');
    }
  });

  it('leaves out a dataset whose CSV is broken instead of throwing: the checks report it', async () => {
    const copy = new FixtureCopy();
    copy.write('content/datasets/widget-sales.csv', 'not,the,columns\n1,2,3\n');
    const { context, entries } = fakeContext(copy.root);
    await expect(bundleLoader('datasets', 'content').load({ ...context, watcher: undefined })).resolves.toBeUndefined();
    expect(entries.size).toBe(0);
  });

  it('in dev, watches the content folder and loads again after a save in it, not after changes elsewhere', async () => {
    const copy = new FixtureCopy();
    const { context, entries, emit, watchedPaths } = fakeContext(copy.root);
    await bundleLoader('site', 'content').load(context);
    expect(watchedPaths).toEqual([copy.path('content')]);
    copy.replace('content/site.yaml', /^name: .*$/m, 'name: Saved Desk');
    emit('change', copy.path('src/pages/index.astro'));
    await new Promise((ok) => setTimeout(ok, 300));
    expect(entries.get('site')?.data.name).toBe('Fixture Checks');
    emit('change', copy.path('content/site.yaml'));
    await vi.waitFor(() => expect(entries.get('site')?.data.name).toBe('Saved Desk'));
  });

  it('in dev, keeps serving the valid entries while a file is broken, and takes the file back once fixed', async () => {
    const copy = new FixtureCopy();
    const good = copy.read('content/datasets/widget-sales.csv');
    const { context, entries, emit } = fakeContext(copy.root);
    await bundleLoader('datasets', 'content').load(context);
    copy.write('content/datasets/widget-sales.csv', 'broken\n');
    emit('change', copy.path('content/datasets/widget-sales.csv'));
    await vi.waitFor(() => expect(entries.size).toBe(0));
    copy.write('content/datasets/widget-sales.csv', good);
    emit('change', copy.path('content/datasets/widget-sales.csv'));
    await vi.waitFor(() => expect([...entries.keys()]).toEqual(['widget-sales']));
  });

  it('adds its listeners once per watcher, however often Astro calls load', async () => {
    const { context, listeners } = fakeContext(VALID_ROOT);
    const loader = bundleLoader('site', 'content');
    await loader.load(context);
    await loader.load(context);
    expect(listeners.get('change')).toHaveLength(1);
    expect([...listeners.keys()].sort()).toEqual(['add', 'change', 'unlink']);
  });
});
