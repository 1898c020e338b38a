// A rebuild (Astro's incremental build, with the pages it keeps left in the output folder: src/integrations/kept-output.ts)
// writes the same site a build from scratch writes: an edit shows, a story taken out is gone, nothing is left over.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../tools/site/build-site.ts';
import { copyProject, removeProject, run } from './project-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'marginalia-rebuild-'));
let project: string | undefined;
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeProject(project);
});

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

/**
 * Every file of a built site, relative to it. Of Pagefind's index, the fragments (one per page, what it indexed of it)
 * count; the word index and its metadata are named for their bytes, which follow the order pages reached Pagefind in
 * (the order pages render in, four at a time, or kept pages first), not what they hold.
 */
function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((file) => !/^pagefind\/(index\/|pagefind\.[^/]*\.pf_meta$|pagefind-entry\.json$)/.test(file))
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
    expectSameSite(out, fresh);
    expect(siteFiles(out).filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(0);
  });
});

/** How many pages Pagefind's index holds, per language. */
function indexedPages(dir: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
}

/** Same pages, byte for byte, in two built sites, and as many in the search index. */
function expectSameSite(built: string, fresh: string): void {
  expect(indexedPages(built)).toEqual(indexedPages(fresh));
  expect(siteFiles(built)).toEqual(siteFiles(fresh));
  expect(siteFiles(fresh).filter((file) => !readFileSync(join(built, file)).equals(readFileSync(join(fresh, file))))).toEqual([]);
}

describe('a rebuild after the code of a page changed', () => {
  it('renders those pages again and indexes them as they are now, not as the last build had them', () => {
    project = copyProject('marginalia-rebuild-code-');
    const content = join(work, 'content-code');
    twoStories(content);
    const astro = join(repoRoot, 'node_modules', '.bin', 'astro');
    const buildCopy = (out: string, cache: string) => {
      const result = run(project!, astro, ['build'], { MARGINALIA_CONTENT_DIR: content, MARGINALIA_OUT_DIR: out, MARGINALIA_CACHE_DIR: cache, SITE_URL: 'https://example.org' });
      const output = `${result.stdout}\n${result.stderr}`;
      if (result.status !== 0) throw new Error(`build failed:\n${output}`);
      return output;
    };
    const out = join(work, 'site-code');
    buildCopy(out, join(work, 'cache-code'));
    // The story page's template changes; the stories do not, so their cacheKeys stay the same.
    const template = join(project, 'src/pages/[story]/index.astro');
    const before = readFileSync(template, 'utf8');
    writeFileSync(template, before.replace('<article class="story" data-pagefind-body>', '<article class="story" data-pagefind-body><p>Words the new code adds.</p>'));
    expect(readFileSync(template, 'utf8')).not.toBe(before);
    const rebuild = buildCopy(out, join(work, 'cache-code'));
    expect(rebuild).toContain('indexed again from the output folder');
    expect(readFileSync(join(out, 'demo/index.html'), 'utf8')).toContain('Words the new code adds.');

    const fresh = join(work, 'fresh-code');
    buildCopy(fresh, join(work, 'fresh-cache-code'));
    expectSameSite(out, fresh);
  });
});
