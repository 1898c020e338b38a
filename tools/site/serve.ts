// A tiny static server for a built site: serves `dir` under `basePath` on 127.0.0.1 (random port), like a static host.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" */
  origin: string;
  /** Absolute URL of the site root: origin + basePath. */
  siteRoot: string;
  /** Absolute URL for a path that already includes the base path. */
  url(path: string): string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** Maps a request path to a file in root, or null. Refuses anything that would leave root. */
export function resolveRequest(root: string, basePath: string, rawPath: string): { file: string } | { redirect: string } | null {
  if (`${rawPath}/` === basePath) return { redirect: basePath };
  if (!rawPath.startsWith(basePath)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(rawPath.slice(basePath.length));
  } catch {
    return null;
  }
  // Reject traversal outright rather than normalising it: a static host would never serve it.
  if (rel.includes('\0') || rel.split(/[\\/]/).includes('..')) return null;
  const target = resolve(root, rel);
  if (target !== root && !target.startsWith(root + sep)) return null;
  if (isDir(target)) {
    // Like GitHub Pages: a directory without its trailing slash redirects.
    if (!rawPath.endsWith('/')) return { redirect: `${rawPath}/` };
    const index = join(target, 'index.html');
    return isFile(index) ? { file: index } : null;
  }
  return isFile(target) ? { file: target } : null;
}

/** Text a static host compresses (GitHub Pages, Netlify and CDNs gzip these). */
const COMPRESSED = /^(text\/|application\/(json|ld\+json|xml|manifest\+json)|image\/svg\+xml)/;

function send(res: ServerResponse, status: number, file: string | null, method: string, gzip = false): void {
  if (!file) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(status === 404 ? 'Not found' : 'Error');
    return;
  }
  if (gzip && COMPRESSED.test(contentType(file))) {
    const body = gzipSync(readFileSync(file));
    res.writeHead(status, { 'content-type': contentType(file), 'content-encoding': 'gzip', 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(status, { 'content-type': contentType(file), 'content-length': statSync(file).size, 'cache-control': 'no-store' });
  if (method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

export interface ServeOptions {
  /** Gzip text to clients that accept it, as a static host does (the benchmark's Lighthouse runs); default off. */
  gzip?: boolean;
}

export async function serveStatic(dir: string, basePath: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const notFoundPage = join(root, '404.html');
  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const rawPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    const found = resolveRequest(root, basePath, rawPath);
    const gzip = options.gzip === true && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (found && 'redirect' in found) res.writeHead(301, { location: found.redirect }).end();
    else if (found) send(res, 200, found.file, method, gzip);
    else send(res, 404, isFile(notFoundPage) ? notFoundPage : null, method, gzip);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    siteRoot: origin + basePath,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
