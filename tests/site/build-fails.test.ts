// A build over broken content fails with the editor-facing report and leaves no site behind that could pass for good.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../tools/site/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'marginalia-broken-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(contentDir: string, outDir: string) {
  const bin = join(repoRoot, 'node_modules', '.bin');
  return spawnSync(join(bin, 'astro'), ['build'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, MARGINALIA_CONTENT_DIR: contentDir, MARGINALIA_OUT_DIR: outDir, NO_COLOR: '1' },
  });
}

describe('a build over broken content', () => {
  it('exits non-zero, reports every error with file and field, and removes the earlier output', () => {
    const content = join(work, 'content');
    cpSync(join(repoRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
    writeFileSync(join(content, 'sources/stats-office.yaml'), 'title: Widget sales 2021\npublisher: Statistics Office\nurl: javascript:alert(1)\naccessed: 2026-11-25\nkind: primary-data\n');
    writeFileSync(join(content, 'datasets/widget-sales.csv'), 'region,year,units,date,source\nglobal,2021,190.3,2022-01-27,stats-office\nchina,2021,"51,1",2022-01-27,stats-office\neurope,2021,40,2022-02-01,news-report\n');
    const outDir = join(work, 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>an earlier build</title>');

    const result = build(content, outDir);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('sources/stats-office.yaml › url: text "javascript:alert(1)" must be a full web address');
    expect(output).toContain('datasets/widget-sales.csv › row 3 › units: "51,1" is not a number');
    expect(existsSync(outDir)).toBe(false);
  });
});
