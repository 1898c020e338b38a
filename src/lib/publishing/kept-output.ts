// Astro's incremental build (experimental.incrementalBuild) keeps a page whose content and code are unchanged, but
// it first empties the output folder and then copies every kept page back from its cache (<cacheDir>/dist/): after
// one claim changed in a 200-story site, 13,700 files deleted and copied again, about a third of the rebuild. With
// Vite's emptyOutDir off (src/integrations/kept-output.ts) the build empties the folder itself instead, except for
// the files the last build recorded in Astro's manifest; Astro finds a kept page in place and copies nothing (it
// checks the folder before its cache). After the build, the files kept this way that this build did not record
// again (a page that is gone) are removed, so the folder holds what a full build would have written.
import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Astro 7.3's manifest of an incremental build, in its cacheDir (astro/dist/core/build/incremental.js). */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
}

/**
 * The files (absolute paths inside `outDir`) that the manifest's text records as some page's output. Astro records
 * them as URLs relative to the output folder ("story/index.html", percent-encoded). A manifest that cannot be read,
 * or an entry that would point outside the folder, gives nothing to keep: the folder is then emptied as Astro would.
 */
export function recordedOutputs(manifestText: string | undefined, outDir: string): Set<string> {
  const files = new Set<string>();
  if (!manifestText) return files;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
  } catch {
    return files;
  }
  const folder = pathToFileURL(outDir.endsWith(sep) ? outDir : `${outDir}${sep}`);
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const entry of Object.values(route?.paths ?? {})) {
      if (typeof entry?.outputFile !== 'string' || entry.outputFile === '') continue;
      const file = fileURLToPath(new URL(entry.outputFile, folder));
      const inside = relative(outDir, file);
      if (inside && !inside.startsWith('..') && !inside.startsWith(sep)) files.add(file);
    }
  }
  return files;
}

/** Reads the manifest from `cacheDir`, if a build left one. */
export function readManifest(cacheDir: string): string | undefined {
  try {
    return readFileSync(join(cacheDir, INCREMENTAL_MANIFEST), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Deletes everything in `outDir` but the files in `keep` (and a .git folder at its top, which Astro also spares), then
 * the folders left empty. Returns the files kept.
 */
export function emptyExcept(outDir: string, keep: ReadonlySet<string>): Set<string> {
  const kept = new Set<string>();
  const visit = (dir: string, top: boolean): boolean => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return true;
    }
    let empty = true;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (top && entry.name === '.git') {
        empty = false;
      } else if (entry.isDirectory()) {
        if (visit(path, false)) rmdirSync(path);
        else empty = false;
      } else if (keep.has(path)) {
        kept.add(path);
        empty = false;
      } else {
        rmSync(path, { force: true });
      }
    }
    return empty;
  };
  visit(outDir, true);
  return kept;
}

/** The files kept before the build that the build did not record again: what a full build would not have written. */
export function droppedOutputs(keptBefore: ReadonlySet<string>, recordedNow: ReadonlySet<string>): string[] {
  return [...keptBefore].filter((file) => !recordedNow.has(file));
}

/** Deletes `files` from `outDir`, and the folders inside it they leave empty. */
export function removeOutputs(outDir: string, files: readonly string[]): void {
  for (const file of files) {
    rmSync(file, { force: true });
    for (let dir = dirname(file); dir !== outDir && !relative(outDir, dir).startsWith('..'); dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break; // not empty (or already gone)
      }
    }
  }
}
