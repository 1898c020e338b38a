// `npm run dev` with broken content: every page is replaced by the list of problems, worded exactly as
// `npm run check:content` (and the build) print them — at start-up and after an edit — and the site comes back
// once the content is fixed. Runs the real dev server on a copy of the project.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, projectEnv, removeProject, runNode } from './project-copy.ts';

const STORY = 'dev-check-story';
const CLAIM_FILE = `content/claims/${STORY}/first-claim.yaml`;
let root: string;
let server: ChildProcess | undefined;
let origin: string;
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** GET a page as a browser would ask for it. */
function fetchPage(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = get(`${origin}${path}`, { headers: { accept: 'text/html' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.setTimeout(20_000, () => req.destroy(new Error('timed out')));
  });
}

/** Polls until the page satisfies `done`, or fails with the last answer and the server's log. */
async function waitFor(path: string, done: (page: { status: number; body: string }) => boolean, what: string, ms = 60_000) {
  const until = Date.now() + ms;
  let last: { status: number; body: string } | undefined;
  while (Date.now() < until) {
    last = await fetchPage(path).catch(() => undefined);
    if (last && done(last)) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`waited ${ms} ms for ${what}; last answer: ${last?.status} ${last?.body.slice(0, 300)}\n--- dev server log ---\n${log}`);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The error lines `npm run check:content` prints for the copy, without their ✗ mark. */
function checkErrors(): string[] {
  const result = runNode(root, 'scripts/check-content.ts');
  return result.stdout.split('\n').filter((l) => l.startsWith('✗ ')).map((l) => l.slice(2));
}

function edit(file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

let goodSource = '';

beforeAll(async () => {
  root = copyProject('marginalia-dev-');
  const created = runNode(root, 'scripts/new.ts', ['story', STORY]);
  if (created.status !== 0) throw new Error(created.stderr);
  goodSource = /^ {2}- source: (\S+)$/m.exec(readFileSync(join(root, CLAIM_FILE), 'utf8'))?.[1] ?? '';
  // Broken before the server starts: the problem must show from start-up on.
  edit(CLAIM_FILE, `- source: ${goodSource}`, '- source: no-such-source');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(join(root, 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: projectEnv({ ASTRO_DEV_BACKGROUND: '0' }),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
});

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  removeProject(root);
});

describe('npm run dev with content errors', () => {
  it('shows the problems present at start-up, worded as check:content prints them', async () => {
    const errors = checkErrors();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${CLAIM_FILE} › evidence\\[0\\]\\.source: no source "no-such-source"`));
    const page = await waitFor(`/${STORY}/`, (p) => p.status === 500, 'the problem page');
    expect(page.body).toContain(escapeHtml(errors[0] ?? ''));
    expect(page.body).toContain('<title>Content errors (1)</title>');
    // Every page, not only the broken story's.
    expect((await fetchPage('/about/')).status).toBe(500);
    // Assets and the dev server's own modules are still served, so the page can reload itself.
    expect(page.body).toMatch(/<script type="module" src="[^"]*@vite\/client"><\/script>/);
  });

  it('serves the site again once the file is fixed', async () => {
    edit(CLAIM_FILE, '- source: no-such-source', `- source: ${goodSource}`);
    const page = await waitFor(`/${STORY}/`, (p) => p.status === 200, 'the story after the fix');
    expect(page.body).toContain('id="claim-first-claim"');
  });

  it('serves each dataset as its CSV file, byte for byte, and no file for an unknown id', async () => {
    const [id] = readdirSync(join(root, 'content', 'datasets')).filter((n) => n.endsWith('.csv')).map((n) => n.slice(0, -'.csv'.length));
    const csv = await fetchPage(`/data/${id}.csv`);
    expect(csv.status).toBe(200);
    expect(csv.body).toBe(readFileSync(join(root, 'content', 'datasets', `${id}.csv`), 'utf8'));
    expect((await fetchPage('/data/no-such-dataset.csv')).status).toBe(404);
  });

  it('shows a problem introduced while it runs', async () => {
    edit(CLAIM_FILE, 'verdict: ', 'verdict: not-a-rating # was ');
    const [error] = checkErrors();
    expect(error).toMatch(/› verdict: "not-a-rating" is not on the rating scale/);
    const page = await waitFor(`/${STORY}/`, (p) => p.status === 500 && p.body.includes('not-a-rating'), 'the new problem');
    expect(page.body).toContain(escapeHtml(error ?? ''));
  });
});
