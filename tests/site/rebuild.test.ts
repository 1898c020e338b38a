// A rebuild (Astro's incremental build, with the pages it keeps left in the output folder: src/integrations/kept-output.ts)
// writes the same site a build from scratch writes: an edit shows, a story taken out is gone, nothing is left over.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../tools/site/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'marginalia-rebuild-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(contentDir: string, outDir: string, cacheDir: string) {
  const bin = join(repoRoot, 'node_modules', '.bin');
  const result = spawnSync(join(bin, 'astro'), ['build'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, MARGINALIA_CONTENT_DIR: contentDir, MARGINALIA_OUT_DIR: outDir, MARGINALIA_CACHE_DIR: cacheDir, NO_COLOR: '1', SITE_URL: 'https://example.org' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed:\n${output}`);
  return output;
}

/** Every file of a built site, relative to it (Pagefind's index included: the same pages give the same files). */
function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** The fixture site with a second story, a copy of the first under another id. */
function twoStories(content: string): void {
  cpSync(join(repoRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
  cpSync(join(content, 'stories/demo'), join(content, 'stories/second'), { recursive: true });
  cpSync(join(content, 'claims/demo'), join(content, 'claims/second'), { recursive: true });
  cpSync(join(content, 'originals/demo.md'), join(content, 'originals/second.md'));
  const story = join(content, 'stories/second/index.mdx');
  writeFileSync(story, readFileSync(story, 'utf8').replace('original: demo', 'original: second').replace('title: Did the widget maker', 'title: Again, did the widget maker'));
}

describe('a rebuild after an edit', () => {
  it('shows the edit, removes the pages of a story taken out, and writes what a build from scratch writes', () => {
    const content = join(work, 'content');
    twoStories(content);
    const out = join(work, 'site');
    const cache = join(work, 'cache');
    build(content, out, cache);
    expect(existsSync(join(out, 'second/index.html'))).toBe(true);
    expect(existsSync(join(out, 'second/claims/overseas/card.png'))).toBe(true);

    // The editor changes one claim and takes the second story out (moved aside, as a draft would be).
    const claim = join(content, 'claims/demo/overseas.yaml');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace('The data give 139.2 million, close to the stated figure.', 'The data give 139.2 million, within a rounding of the stated figure.'));
    for (const [from, to] of [['stories/second', 'second-story'], ['claims/second', 'second-claims'], ['originals/second.md', 'second.md']] as const) renameSync(join(content, from), join(work, to));
    const rebuild = build(content, out, cache);
    expect(rebuild).toMatch(/\(cached\)/);
    expect(rebuild).toMatch(/removed \d+ file\(s\) of pages the last build had/);

    expect(readFileSync(join(out, 'demo/index.html'), 'utf8')).toContain('within a rounding of the stated figure');
    expect(readFileSync(join(out, 'demo/claims/overseas/index.html'), 'utf8')).toContain('within a rounding of the stated figure');
    expect(existsSync(join(out, 'second'))).toBe(false);

    const fresh = join(work, 'fresh');
    build(content, fresh, join(work, 'fresh-cache'));
    expect(siteFiles(out)).toEqual(siteFiles(fresh));
    const differing = siteFiles(fresh).filter((file) => !readFileSync(join(out, file)).equals(readFileSync(join(fresh, file))));
    expect(differing).toEqual([]);
    expect(siteFiles(out).filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(0);
  });
});
