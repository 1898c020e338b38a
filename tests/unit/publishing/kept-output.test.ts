import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { droppedOutputs, emptyExcept, removeOutputs } from '../../../src/lib/publishing/kept-output.ts';

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

