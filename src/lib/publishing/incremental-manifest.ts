// What the last build recorded in Astro's manifest of its incremental build (experimental.incrementalBuild): for each
// route and path, the page's cacheKey and its output file. Read to keep the last build's files in place
// (src/lib/publishing/kept-output.ts) and to index the pages it will keep before they come up (src/integrations/search-index.ts).
// The format is Astro 7.3's (astro/dist/core/build/incremental.js); a manifest that cannot be read gives nothing,
// and every caller then does what it does without one.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const INCREMENTAL_MANIFEST = 'incremental-build.json';

interface PathEntry {
  cacheKey?: unknown;
  outputFile?: unknown;
}

export interface IncrementalManifest {
  routes: Record<string, { paths: Record<string, PathEntry> }>;
}

const EMPTY: IncrementalManifest = { routes: {} };

/** The manifest in its text; anything else than the expected shape reads as a manifest that records nothing. */
export function parseManifest(text: string | undefined): IncrementalManifest {
  if (!text) return EMPTY;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return EMPTY;
  }
  const routes = (data as { routes?: unknown } | null)?.routes;
  if (!routes || typeof routes !== 'object' || Array.isArray(routes)) return EMPTY;
  const out: IncrementalManifest = { routes: {} };
  for (const [component, route] of Object.entries(routes as Record<string, unknown>)) {
    const paths = (route as { paths?: unknown } | null)?.paths;
    if (paths && typeof paths === 'object' && !Array.isArray(paths)) out.routes[component] = { paths: paths as Record<string, PathEntry> };
  }
  return out;
}

/** The manifest the last build left in Astro's cacheDir, if any. */
export function readManifest(cacheDir: string): IncrementalManifest {
  try {
    return parseManifest(readFileSync(join(cacheDir, INCREMENTAL_MANIFEST), 'utf8'));
  } catch {
    return EMPTY;
  }
}

/**
 * The files (absolute paths inside `outDir`) the manifest records as some page's output. Astro records them as URLs
 * relative to the output folder ("story/index.html", percent-encoded); an entry that would point outside it is left out.
 */
export function recordedOutputs(manifest: IncrementalManifest, outDir: string): Set<string> {
  const files = new Set<string>();
  const folder = pathToFileURL(outDir.endsWith(sep) ? outDir : `${outDir}${sep}`);
  for (const route of Object.values(manifest.routes)) {
    for (const entry of Object.values(route.paths)) {
      if (typeof entry?.outputFile !== 'string' || entry.outputFile === '') continue;
      const file = fileURLToPath(new URL(entry.outputFile, folder));
      const inside = relative(outDir, file);
      if (inside && !inside.startsWith('..') && !inside.startsWith(sep)) files.add(file);
    }
  }
  return files;
}

/** The cacheKey the last build recorded for a route component's path, if it recorded one. */
export function recordedCacheKey(manifest: IncrementalManifest, component: string, pathname: string): string | undefined {
  const key = manifest.routes[component]?.paths[pathname]?.cacheKey;
  return typeof key === 'string' ? key : undefined;
}
