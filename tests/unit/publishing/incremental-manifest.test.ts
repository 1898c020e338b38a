import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseManifest, readManifest, recordedCacheKey, recordedOutputs, INCREMENTAL_MANIFEST } from '../../../src/lib/publishing/incremental-manifest.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'incremental-manifest-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

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
    expect(readManifest(cacheDir).routes).toEqual({});
    writeFileSync(join(cacheDir, INCREMENTAL_MANIFEST), manifest({ r: ['a/index.html'] }));
    expect([...recordedOutputs(readManifest(cacheDir), '/d')]).toEqual(['/d/a/index.html']);
  });
});
