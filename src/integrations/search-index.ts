// Builds the Pagefind search index into the build's output folder, so search works on any static host without a
// server. Pages are handed to Pagefind as Astro renders them (a wrapper around Astro's prerenderer), so Pagefind's
// own process indexes on another core while pages are still being rendered; only writing the index waits for the
// end of the build. The pages it indexes are rendered first, so it is done with them by then. Only pages marked
// data-pagefind-body (src/lib/search/search-pages.ts: stories and the sources page) are indexed: a claim's page
// repeats its card in the story, where search finds it as a sub-result.
// A rebuild (experimental.incrementalBuild) renders only the pages whose content or code changed; the indexed pages
// it keeps are handed to Pagefind from the output folder as soon as Astro lists the routes, so Pagefind indexes them
// while the changed pages render, not after the last one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { withComponentsFirst } from '../lib/search/render-order.ts';
import { indexedPageUrl } from '../lib/search/search-page-url.ts';
import { readManifest, recordedCacheKey, type IncrementalManifest } from '../lib/publishing/incremental-manifest.ts';

type PagefindModule = typeof import('pagefind');
type PagefindIndex = NonNullable<Awaited<ReturnType<PagefindModule['createIndex']>>['index']>;

/** Chart drawings and data tables repeat what the text says; skipping them keeps the index small and fast to build. */
const EXCLUDE_SELECTORS = ['svg', 'figure.chart details', '.cite-note'];

interface Indexing {
  pagefind: PagefindModule;
  index: PagefindIndex;
  added: Array<Promise<string[]>>;
  /** Paths (below the base) of the pages of indexed components, and of the pages rendered in this build. */
  indexedPaths: Set<string>;
  rendered: Set<string>;
  /** Pages handed over before rendering because the last build recorded the same cacheKey (a rebuild keeps them). */
  early: Set<string>;
  /** An early page was rendered after all (its code changed): the index holds it as it was, and is made again at the end. */
  stale: boolean;
}

async function startIndexing(): Promise<Indexing> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return { pagefind, index, added: [], indexedPaths: new Set(), rendered: new Set(), early: new Set(), stale: false };
}

function addPage(indexing: Indexing, url: string, html: string): void {
  indexing.added.push(indexing.index.addHTMLFile({ url, content: html }).then((r) => r.errors.map((e) => `${url}: ${e}`)));
}

/** An indexed page as the last build wrote it, if it is in the output folder and marked for the index. */
function pageInOutput(outDir: string, url: string): string | undefined {
  const file = join(outDir, url, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  return html.includes('data-pagefind-body') ? html : undefined;
}

/** A page's path below the base ("/story/"), whether or not Astro's path carries the base. */
function belowBase(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : path;
}

/**
 * Pages an incremental build kept from the last build (experimental.incrementalBuild) are not rendered, so they are
 * read from the output folder instead: the index always holds every indexed page.
 */
function addKeptPages(indexing: Indexing, outDir: string): number {
  let kept = 0;
  for (const url of indexing.indexedPaths) {
    if (indexing.rendered.has(url) || indexing.early.has(url)) continue;
    const html = pageInOutput(outDir, url);
    if (html === undefined) continue;
    addPage(indexing, url, html);
    kept += 1;
  }
  return kept;
}

/** The last build's indexed pages whose cacheKey is unchanged, handed over now: Astro will keep them. */
function addEarlyPages(indexing: Indexing, paths: ReadonlyArray<{ pathname: string; cacheKey?: string | undefined; route: { component: string } }>, manifest: IncrementalManifest, outDir: string, base: string): void {
  for (const path of paths) {
    if (path.cacheKey === undefined || recordedCacheKey(manifest, path.route.component, path.pathname) !== path.cacheKey) continue;
    const url = belowBase(path.pathname, base);
    if (!indexing.indexedPaths.has(url)) continue;
    const html = pageInOutput(outDir, url);
    if (html === undefined) continue;
    addPage(indexing, url, html);
    indexing.early.add(url);
  }
}

/** Every indexed page from the output folder, into a fresh index (when one handed over early was rendered after all). */
async function indexAgain(indexing: Indexing, outDir: string): Promise<void> {
  await Promise.all(indexing.added);
  await indexing.index.deleteIndex();
  const { index, errors } = await indexing.pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  Object.assign(indexing, { index, added: [], early: new Set(), rendered: new Set(), stale: false });
  addKeptPages(indexing, outDir);
}

/** Astro's prerenderer, with every rendered page that asks to be indexed also sent to Pagefind. */
function indexingWhileRendering(rendering: AstroPrerenderer, indexing: Indexing, base: string, indexedFirst: ReadonlySet<string>, last: { manifest: IncrementalManifest; outDir: string }): AstroPrerenderer {
  return {
    name: 'marginalia:search-index',
    setup: rendering.setup && (() => rendering.setup!()),
    getStaticPaths: async () => {
      const paths = withComponentsFirst(await rendering.getStaticPaths(), indexedFirst);
      for (const path of paths) if (indexedFirst.has(path.route.component)) indexing.indexedPaths.add(belowBase(path.pathname, base));
      addEarlyPages(indexing, paths, last.manifest, last.outDir, base);
      return paths;
    },
    collectStaticImages: rendering.collectStaticImages && (() => rendering.collectStaticImages!()),
    teardown: rendering.teardown && (() => rendering.teardown!()),
    async render(request, options) {
      const result = await rendering.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.ok && response.headers.get('content-type')?.startsWith('text/html')) {
        const html = await response.clone().text();
        const url = indexedPageUrl(request.url, base);
        if (url) indexing.rendered.add(url);
        if (url && indexing.early.has(url)) indexing.stale = true;
        else if (html.includes('data-pagefind-body') && url) addPage(indexing, url, html);
      }
      return result;
    },
  };
}

export interface SearchIndexOptions {
  /**
   * Page components (e.g. `src/pages/sources.astro`) whose pages carry data-pagefind-body. Astro renders them first so
   * that Pagefind indexes them while the other pages render. A page left out is still indexed, only later.
   */
  indexedComponents?: readonly string[];
}

export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  const indexedFirst = new Set(options.indexedComponents ?? []);
  let base = '/';
  let outDir = '';
  let cacheDir = '';
  let indexing: Indexing | undefined;
  return {
    name: 'marginalia:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const started = await startIndexing();
        indexing = started;
        const last = { manifest: readManifest(cacheDir), outDir };
        setPrerenderer((rendering) => indexingWhileRendering(rendering, started, base, indexedFirst, last));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) return;
        const started = Date.now();
        const { pagefind } = indexing;
        try {
          const output = fileURLToPath(dir);
          const again = indexing.stale;
          const kept = again ? 0 : addKeptPages(indexing, output) + indexing.early.size;
          if (again) await indexAgain(indexing, output);
          const { index, added } = indexing;
          const errors = (await Promise.all(added)).flat();
          if (errors.length) throw new Error(`Pagefind could not index: ${errors.join('; ')}`);
          if (added.length === 0) throw new Error('Pagefind was given no page to index (no element with data-pagefind-body?)');
          const indexed = Date.now();
          const written = await index.writeFiles({ outputPath: join(fileURLToPath(dir), 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          const done = Date.now();
          logger.info(`search index: ${added.length} pages${kept > 0 ? ` (${kept} kept from the last build)` : ''}${again ? ' (indexed again from the output folder: a page handed over early was rendered after all)' : ''}; ${done - started} ms after the last page was rendered (${indexed - started} ms finishing indexing, ${done - indexed} ms writing)`);
        } finally {
          await pagefind.close();
          indexing = undefined;
        }
      },
    },
  };
}
