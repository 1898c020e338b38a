// The test server behaves like a static host: base path, index.html, 404 page, content types, no traversal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../tools/site/serve.ts';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'marginalia-serve-'));
  root = join(parent, 'dist');
  mkdirSync(join(root, 'story'), { recursive: true });
  writeFileSync(join(parent, 'secret.txt'), 'outside the site');
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, 'story', 'index.html'), '<p>story</p>');
  writeFileSync(join(root, '404.html'), '<p>not found</p>');
  writeFileSync(join(root, 'data.csv'), 'a,b\n1,2\n');
  writeFileSync(join(root, 'font.woff2'), '');
  server = await serveStatic(root, '/marginalia/');
});
afterAll(async () => {
  await server?.close();
  rmSync(join(root, '..'), { recursive: true, force: true });
});

/** A raw GET: the path is sent exactly as given (fetch() would normalise "..", hiding traversal attempts). */
function get(path: string): Promise<{ status: number; type: string; location: string; body: string }> {
  const { port } = new URL(server.origin);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', location: res.headers.location ?? '', body }));
    });
    req.on('error', fail).end();
  });
}

describe('static server', () => {
  it('serves folders as index.html under the base path', async () => {
    expect(await get('/marginalia/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<p>home</p>' });
    expect(await get('/marginalia/story/?x=1')).toMatchObject({ status: 200, body: '<p>story</p>' });
  });

  it('redirects a folder without its trailing slash, like a static host', async () => {
    expect(await get('/marginalia/story')).toMatchObject({ status: 301, location: '/marginalia/story/' });
    expect(await get('/marginalia')).toMatchObject({ status: 301, location: '/marginalia/' });
  });

  it('answers 404 with the 404 page, also outside the base path', async () => {
    expect(await get('/marginalia/nope/')).toMatchObject({ status: 404, body: '<p>not found</p>' });
    expect(await get('/story/')).toMatchObject({ status: 404 });
  });

  it('sends content types by extension', async () => {
    expect((await get('/marginalia/data.csv')).type).toBe('text/csv; charset=utf-8');
    expect((await get('/marginalia/font.woff2')).type).toBe('font/woff2');
  });

  it('refuses path traversal, plain or percent-encoded', async () => {
    for (const path of ['/marginalia/../secret.txt', '/marginalia/%2e%2e/secret.txt', '/marginalia/story/..%2f..%2fsecret.txt', '/marginalia/%2e%2e%5csecret.txt']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('outside the site');
    }
  });
});

describe('static server with gzip (as a host compresses text)', () => {
  /** A GET that asks for gzip, and the raw bytes it gets. */
  function getGzip(origin: string, path: string, acceptEncoding: string): Promise<{ encoding: string; body: Buffer }> {
    const { port } = new URL(origin);
    return new Promise((ok, fail) => {
      const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => ok({ encoding: res.headers['content-encoding'] ?? '', body: Buffer.concat(chunks) }));
      });
      req.on('error', fail).end();
    });
  }

  it('gzips HTML for a client that accepts it, and sends it plain to one that does not; never binary files', async () => {
    const zipped = await serveStatic(root, '/marginalia/', { gzip: true });
    try {
      const page = await getGzip(zipped.origin, '/marginalia/story/', 'gzip, deflate');
      expect(page.encoding).toBe('gzip');
      expect(gunzipSync(page.body).toString()).toBe('<p>story</p>');
      expect(await getGzip(zipped.origin, '/marginalia/story/', 'identity')).toMatchObject({ encoding: '' });
      expect((await getGzip(zipped.origin, '/marginalia/font.woff2', 'gzip')).encoding).toBe('');
    } finally {
      await zipped.close();
    }
    expect((await getGzip(server.origin, '/marginalia/story/', 'gzip')).encoding).toBe('');
  });
});
