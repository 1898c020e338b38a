// The content the browser gates run on: the shipped content/ with the fixture stories of tests/fixtures/stories
// merged in, in a fresh folder (the fixtures only add files; none replaces a shipped one).
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { contentDir } from '../../src/lib/content/content-dir.ts';
import { repoRoot } from './build-site.ts';

export const FIXTURE_STORIES_DIR = join(repoRoot, 'tests', 'fixtures', 'stories', 'content');

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Copies the shipped content and the fixture stories into a new temp folder and returns its path (the caller removes it). */
export function contentWithFixtures(shipped = contentDir(repoRoot), fixtures = FIXTURE_STORIES_DIR): string {
  const root = mkdtempSync(join(tmpdir(), 'marginalia-content-'));
  const target = join(root, 'content');
  cpSync(shipped, target, { recursive: true });
  const clashes = filesUnder(fixtures).filter((file) => existsSync(join(target, file)));
  if (clashes.length > 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`fixture stories would replace shipped content: ${clashes.join(', ')} (give fixture files their own names)`);
  }
  cpSync(fixtures, target, { recursive: true });
  return target;
}

/** Removes a folder made by contentWithFixtures. */
export function removeContent(dir: string): void {
  rmSync(join(dir, '..'), { recursive: true, force: true });
}
