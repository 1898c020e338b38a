import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkSources } from '../../../src/lib/sources/check-sources.ts';
import { ANSWERS, startLoopback, type Loopback } from './loopback-server.ts';

const repo = resolve(import.meta.dirname, '../../..');
let server: Loopback;
let root = '';

/** A source file as editors write them, with a comment and folded notes that must survive --find-archives. */
const sourceYaml = (path: string, extra = '') =>
  `# Kept as written.\ntitle: Page at ${path}\npublisher: Loopback\nurl: ${server.url(path)}\naccessed: '2026-11-25'\nkind: news\n${extra}notes: >-\n  A note folded\n  over two lines.\n`;
const ARCHIVED = (path: string) => `archived:\n  url: https://web.archive.org/web/20200101000000/${server.url(path)}\n  date: '2020-01-01'\n`;
const FILES: Record<string, string> = {};

beforeAll(async () => {
  server = await startLoopback({
    ...ANSWERS,
    // The availability API: a snapshot for /gone and /ok, none for the others.
    '/wayback/available': (req, res) => {
      const asked = new URL(req.url ?? '', 'http://127.0.0.1').searchParams.get('url') ?? '';
      const path = new URL(asked).pathname;
      const closest = ['/gone', '/ok'].includes(path) ? { status: '200', available: true, url: `http://web.archive.org/web/20210510123456/${asked}`, timestamp: '20210510123456' } : undefined;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: asked, archived_snapshots: closest ? { closest } : {} }));
    },
  });
  Object.assign(FILES, {
    'ok.yaml': sourceYaml('/ok'),
    'moved.yaml': sourceYaml('/moved', ARCHIVED('/moved')),
    'gone.yaml': sourceYaml('/gone'),
    'broken.yaml': sourceYaml('/broken', ARCHIVED('/broken')),
    'hang.yaml': sourceYaml('/hang', ARCHIVED('/hang')),
    'no-head.yaml': sourceYaml('/no-head', ARCHIVED('/no-head')),
  });
});
afterAll(() => server.close());

beforeEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = mkdtempSync(join(tmpdir(), 'marginalia-sources-'));
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(root, 'content', 'sources', name), text);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (findArchives = false) => checkSources({ root, concurrency: 3, timeoutMs: 400, findArchives, archiveApi: server.url('/wayback/available') });
const file = (name: string) => `content/sources/${name}`;

describe('checkSources against servers on 127.0.0.1', () => {
  it('reports each answer as the content checks report problems: dead links are errors, moved and unarchived ones warnings', async () => {
    const progress: number[] = [];
    const result = await checkSources({ root, concurrency: 2, timeoutMs: 400, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    const lines = result.problems.map((p) => `${p.severity} ${p.file} › ${p.field}: ${p.message}`).sort();
    expect(lines).toEqual([
      `error ${file('broken.yaml')} › url: ${server.url('/broken')} answers 500 Internal Server Error (tried 2 times)`,
      `error ${file('gone.yaml')} › url: ${server.url('/gone')} answers 404 Not Found`,
      `error ${file('hang.yaml')} › url: ${server.url('/hang')} did not answer within 0.4 s (tried 2 times)`,
      `warning ${file('gone.yaml')} › archived: no archived copy recorded`,
      `warning ${file('moved.yaml')} › url: ${server.url('/moved')} answers 301, moved to ${server.url('/new-home')}`,
      `warning ${file('ok.yaml')} › archived: no archived copy recorded`,
    ]);
    expect(result.failed).toBe(true);
    expect(result.checked.find((c) => c.file === file('no-head.yaml'))?.live).toMatchObject({ state: 'ok', method: 'GET' });
    // Without --find-archives nothing is written, and the API is not asked.
    expect(result.written).toEqual([]);
    for (const [name, text] of Object.entries(FILES)) expect(readFileSync(join(root, 'content', 'sources', name), 'utf8')).toBe(text);
  });

  it('with --find-archives writes the snapshot the API has into each source without one, and changes nothing else', async () => {
    const result = await run(true);
    expect(result.written.map((w) => [w.file, w.archived])).toEqual([
      [file('gone.yaml'), { url: `https://web.archive.org/web/20210510123456/${server.url('/gone')}`, date: '2021-05-10' }],
      [file('ok.yaml'), { url: `https://web.archive.org/web/20210510123456/${server.url('/ok')}`, date: '2021-05-10' }],
    ]);
    for (const [name, text] of Object.entries(FILES)) {
      const now = readFileSync(join(root, 'content', 'sources', name), 'utf8');
      const written = result.written.find((w) => w.file === file(name));
      if (!written) expect(now, name).toBe(text);
      else expect(now.replace(`archived:\n  url: '${written.archived.url}'\n  date: '${written.archived.date}'\n`, ''), name).toBe(text);
    }
    // The sources now archived are no longer reported unarchived; the dead link still is an error.
    expect(result.problems.filter((p) => p.field === 'archived')).toEqual([]);
    expect(result.problems.some((p) => p.file === file('gone.yaml') && p.severity === 'error')).toBe(true);
    // Sources that had a copy were not looked up.
    expect(server.requests.filter((r) => r.startsWith('GET /wayback/available')).map((r) => new URL(decodeURIComponent(r.split('url=')[1] ?? '')).pathname).sort()).toEqual(['/gone', '/ok']);
  });

  it('says once that the machine is offline when no server answers, instead of calling every source dead', async () => {
    const offline = (async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    }) as typeof fetch;
    const result = await checkSources({ root, concurrency: 3, timeoutMs: 400, retries: 0, fetch: offline });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
      {
        severity: 'error',
        file: 'content/sources',
        field: 'url',
        message: "no source's address could be reached (the first could not be reached (ENOTFOUND)): this machine seems to be offline, so no link was checked",
        fix: 'connect to the internet (or allow web requests from this machine) and run npm run check:sources again',
      },
    ]);
    expect(result.failed).toBe(true);
    // What needs no network is still reported: the sources without an archived copy.
    expect(result.problems.filter((p) => p.field === 'archived').map((p) => p.file).sort()).toEqual([file('gone.yaml'), file('ok.yaml')]);
  });

  it('still calls a source dead when other servers answered', async () => {
    const result = await run();
    expect(result.problems.filter((p) => p.severity === 'error' && p.field === 'url').map((p) => p.file).sort()).toEqual([file('broken.yaml'), file('gone.yaml'), file('hang.yaml')]);
  });

  it('reports a source file it cannot read, with the content checks\' message', async () => {
    writeFileSync(join(root, 'content', 'sources', 'bad.yaml'), 'title: T\npublisher: P\nurl: not an address\naccessed: 2026-11-25\nkind: news\n');
    const result = await run();
    expect(result.problems.find((p) => p.file === file('bad.yaml'))).toMatchObject({ severity: 'error', field: 'url' });
  });
});

describe('npm run check:sources (the runner)', () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const bin = join(repo, 'node_modules', '.bin');
      const child = spawn(join(bin, 'node'), [join(repo, 'scripts', 'check-sources.ts'), root, '--timeout', '0.4', ...args], {
        env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, WAYBACK_API: server.url('/wayback/available'), MARGINALIA_CONTENT_DIR: '' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });

  it('prints the report in the content checks\' format, a progress line, and exits 1 on a dead link', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(1);
    expect(stdout).toContain(`✗ ${file('gone.yaml')} › url: ${server.url('/gone')} answers 404 Not Found. Fix: find where the page lives now`);
    expect(stdout).toContain(`! ${file('moved.yaml')} › url: ${server.url('/moved')} answers 301, moved to ${server.url('/new-home')}.`);
    expect(stdout).toMatch(/3 errors, 3 warnings in content\/$/m);
    expect(stderr).toContain('checked 6 of 6 sources');
  });

  it('exits 0 when no link is dead, and --find-archives names what it wrote', async () => {
    for (const name of ['gone.yaml', 'broken.yaml', 'hang.yaml']) rmSync(join(root, 'content', 'sources', name));
    const { code, stdout } = await cli(['--find-archives']);
    expect(code).toBe(0);
    expect(stdout).toContain(`+ ${file('ok.yaml')} › archived: https://web.archive.org/web/20210510123456/${server.url('/ok')} (2021-05-10)`);
    expect(stdout).toMatch(/0 errors, 1 warning in content\/$/m);
  });
});
