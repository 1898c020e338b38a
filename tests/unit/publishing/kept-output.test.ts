import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { droppedOutputs, emptyExcept, removeOutputs } from '../../../src/lib/publishing/kept-output.ts';
import { parseManifest, readManifest, recordedCacheKey, recordedOutputs, INCREMENTAL_MANIFEST } from '../../../src/lib/publishing/incremental-manifest.ts';

const folders: string[] = [];
function folder(files: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'kept-output-'));
  folders.push(dir);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
const manifest = (outputs: Record<string, string[]>) =>
  JSON.stringify({
    version: 1,
    routes: Object.fromEntries(Object.entries(outputs).map(([route, list]) => [route, { dependencyHash: 'x', paths: Object.fromEntries(list.map((file) => [`/${file}`, { cacheKey: 'k', outputFile: file }])) }])),
  });

describe('recordedOutputs', () => {
  it("lists every path's output file of every route, as a path inside the output folder", () => {
    const out = '/site/dist';
    const text = manifest({ 'src/pages/[story]/index.astro': ['a/index.html', 'b/index.html'], 'src/pages/data/[id].csv.ts': ['data/x.csv'] });
    expect([...recordedOutputs(parseManifest(text), out)].sort()).toEqual(['/site/dist/a/index.html', '/site/dist/b/index.html', '/site/dist/data/x.csv']);
  });
  it('decodes the percent-encoded names Astro records', () => {
    expect([...recordedOutputs(parseManifest(manifest({ r: ['caf%C3%A9/index.html'] })), '/site/dist')]).toEqual(['/site/dist/café/index.html']);
  });
  it('keeps nothing from a missing, broken or unexpected manifest', () => {
    for (const text of [undefined, '', '{"routes": {', '[1, 2]', 'null', '{"routes": [1]}', '{"routes": {"r": {"paths": {"/a/": {"outputFile": 7}, "/b/": null}}}}']) {
      expect(recordedOutputs(parseManifest(text), '/d').size, String(text)).toBe(0);
    }
  });
  it('never names a file outside the output folder', () => {
    const text = manifest({ r: ['../secret.txt', '../../etc/passwd', 'ok/index.html'] });
    expect([...recordedOutputs(parseManifest(text), '/site/dist')]).toEqual(['/site/dist/ok/index.html']);
  });
});

describe('emptyExcept', () => {
  it('deletes every file but the kept ones, and the folders left empty', () => {
    const out = folder(['a/index.html', 'a/card.png', 'b/index.html', '_astro/old.css', 'pagefind/x.pf_fragment', 'index.html']);
    const kept = emptyExcept(out, new Set([join(out, 'a/index.html'), join(out, 'missing/index.html')]));
    expect([...kept]).toEqual([join(out, 'a/index.html')]);
    expect(files(out)).toEqual(['a', 'a/index.html']);
  });
  it('spares a .git folder at the top, as Astro does', () => {
    const out = folder(['.git/HEAD', 'page/index.html']);
    emptyExcept(out, new Set());
    expect(files(out)).toEqual(['.git', '.git/HEAD']);
  });
  it('copes with an output folder that does not exist yet', () => {
    expect(emptyExcept(join(folder(), 'dist'), new Set()).size).toBe(0);
  });
});

describe('droppedOutputs and removeOutputs', () => {
  it('removes the kept files the new build did not record, and their empty folders', () => {
    const out = folder(['gone/index.html', 'gone/claims/x/index.html', 'stays/index.html']);
    const before = new Set(['gone/index.html', 'gone/claims/x/index.html', 'stays/index.html'].map((f) => join(out, f)));
    const dropped = droppedOutputs(before, new Set([join(out, 'stays/index.html'), join(out, 'new/index.html')]));
    expect(dropped.sort()).toEqual([join(out, 'gone/claims/x/index.html'), join(out, 'gone/index.html')]);
    removeOutputs(out, dropped);
    expect(files(out)).toEqual(['stays', 'stays/index.html']);
    expect(existsSync(out)).toBe(true);
  });
});

describe('recordedCacheKey', () => {
  it("gives the cacheKey the last build recorded for a component's path, or nothing", () => {
    const parsed = parseManifest(JSON.stringify({ routes: { 'src/pages/[story]/index.astro': { dependencyHash: 'd', paths: { '/a/': { cacheKey: 'k1', outputFile: 'a/index.html' }, '/b/': { cacheKey: 7 } } } } }));
    expect(recordedCacheKey(parsed, 'src/pages/[story]/index.astro', '/a/')).toBe('k1');
    expect(recordedCacheKey(parsed, 'src/pages/[story]/index.astro', '/b/')).toBeUndefined();
    expect(recordedCacheKey(parsed, 'src/pages/[story]/index.astro', '/c/')).toBeUndefined();
    expect(recordedCacheKey(parsed, 'src/pages/other.astro', '/a/')).toBeUndefined();
  });
});

describe('readManifest', () => {
  it('reads the manifest from the cache folder, or one that records nothing', () => {
    const cache = folder();
    expect(readManifest(cache).routes).toEqual({});
    writeFileSync(join(cache, INCREMENTAL_MANIFEST), manifest({ r: ['a/index.html'] }));
    expect([...recordedOutputs(readManifest(cache), '/d')]).toEqual(['/d/a/index.html']);
  });
});
