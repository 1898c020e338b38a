// Astro's incremental build (experimental.incrementalBuild) keeps a page whose content and code are unchanged, but
// it first empties the output folder and then copies every kept page back from its cache (<cacheDir>/dist/): after
// one claim changed in a 200-story site, 13,700 files deleted and copied again, about a third of the rebuild. With
// Vite's emptyOutDir off (src/integrations/kept-output.ts) the build empties the folder itself instead, except for
// the files the last build recorded in Astro's manifest (src/lib/publishing/incremental-manifest.ts); Astro finds a kept page in place and copies nothing (it
// checks the folder before its cache). After the build, the files kept this way that this build did not record
// again (a page that is gone) are removed, so the folder holds what a full build would have written.
import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

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
