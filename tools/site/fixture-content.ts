// The content the browser gates run on: the shipped content/ with the fixture stories of tests/fixtures/stories
// merged in (the fixtures only add files; none replaces a shipped one).
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../../src/lib/content/content-dir.ts';
import { repoRoot } from './build-site.ts';

export const FIXTURE_STORIES_DIR = join(repoRoot, 'tests', 'fixtures', 'stories', 'content');

/** Always the same folder: Astro's content cache keeps an unchanged entry's file path from the build before, so a
 * merged copy at a new temp path each run breaks the next build (it imports the original from the path before). */
export const MERGED_CONTENT_DIR = join(repoRoot, 'node_modules', '.cache', 'marginalia', 'fixture-content', 'content');

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Writes the shipped content and the fixture stories into `target` (emptied first) and returns it. */
export function contentWithFixtures(target = MERGED_CONTENT_DIR, shipped = contentDir(repoRoot), fixtures = FIXTURE_STORIES_DIR): string {
  const clashes = filesUnder(fixtures).filter((file) => existsSync(join(shipped, file)));
  if (clashes.length > 0) throw new Error(`fixture stories would replace shipped content: ${clashes.join(', ')} (give fixture files their own names)`);
  rmSync(target, { recursive: true, force: true });
  cpSync(shipped, target, { recursive: true });
  cpSync(fixtures, target, { recursive: true });
  return target;
}

/** Removes a folder made by contentWithFixtures. */
export function removeContent(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
