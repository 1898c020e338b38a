// A build over broken content fails with the editor-facing report and leaves no site behind that could pass for good.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../tools/site/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'marginalia-broken-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run build` as an editor runs it: scripts/build.ts, which runs `astro build`. */
function build(contentDir: string, outDir: string) {
  const bin = join(repoRoot, 'node_modules', '.bin');
  return spawnSync(join(bin, 'node'), ['scripts/build.ts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, MARGINALIA_CONTENT_DIR: contentDir, MARGINALIA_OUT_DIR: outDir, MARGINALIA_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
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
    expect(output).toContain('datasets/widget-sales.csv › line 3 › units: "51,1" is not a number');
    expect(existsSync(outDir)).toBe(false);
  });

  it('prints the report once, with no stack trace and no "unhandled error" from Astro', () => {
    const content = join(work, 'content-once');
    cpSync(join(repoRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
    writeFileSync(join(content, 'sources/stats-office.yaml'), 'title: Widget sales 2021\npublisher: Statistics Office\nurl: javascript:alert(1)\naccessed: 2026-11-25\nkind: primary-data\n');
    const result = build(content, join(work, 'dist-once'));
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output.split('sources/stats-office.yaml › url:').length - 1).toBe(1);
    expect(output).toContain('Nothing was built: fix the errors above');
    expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(output).not.toContain('An unhandled error occurred');
    expect(output).not.toContain('Stack trace');
  });

  it('stops on a story whose MDX does not parse, in an editor\'s words, before Astro compiles it', () => {
    const content = join(work, 'content-mdx');
    cpSync(join(repoRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
    const story = join(content, 'stories/demo/index.mdx');
    writeFileSync(story, readFileSync(story, 'utf8').replace('<Claim id="overseas" />', '<Claim id="overseas">'));
    const outDir = join(work, 'dist-mdx');
    const result = build(content, outDir);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain('stories/demo/index.mdx › line 18: <Claim> is opened but never closed. Fix: end the tag with /> (as in <Claim … />), or add </Claim> after what it holds');
    expect(output).not.toContain('mdx-jsx');
    expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(existsSync(outDir)).toBe(false);
  });

  it('refuses scaffold placeholders, which editing only warns about', () => {
    const content = join(work, 'content-placeholder');
    cpSync(join(repoRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
    const claim = join(content, 'claims/demo/overseas.yaml');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace(/^summary: .*$/m, 'summary: "[replace: the verdict in one line]"'));
    const result = build(content, join(work, 'dist-placeholder'));
    expect(result.status).toBe(1);
    expect(`${result.stdout}\n${result.stderr}`).toMatch(/✗ \S*claims\/demo\/overseas\.yaml › summary: still holds the placeholder "\[replace: the verdict in one line\]"/);
  });
});

describe('a build without SITE_URL', () => {
  it('warns once that absolute links will point to localhost, and builds', () => {
    const outDir = join(work, 'dist-no-site');
    const bin = join(repoRoot, 'node_modules', '.bin');
    const { SITE_URL: _site, ...env } = process.env;
    const result = spawnSync(join(bin, 'node'), ['scripts/build.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, MARGINALIA_CONTENT_DIR: join(repoRoot, 'tests/fixtures/valid/content'), MARGINALIA_OUT_DIR: outDir, MARGINALIA_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(0);
    expect(output.split('SITE_URL is not set').length - 1).toBe(1);
    expect(output).toContain('point to http://localhost:4321');
    expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });
});
