// A web server on 127.0.0.1 (never the internet) that answers each path as a source's server might: tests of the
// link check and the Wayback lookup point their addresses at it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface Loopback {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  url(path: string): string;
  /** Requests seen, as "METHOD /path?query". */
  requests: string[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, count: number) => void;

/** Standard answers: 200, 301, 404, 500, a hang, HEAD refused (405, then 200 to GET), 500 once then 200. */
export const ANSWERS: Record<string, Handler> = {
  '/ok': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>here</p>'),
  '/moved': (_, res) => res.writeHead(301, { location: '/new-home' }).end(),
  '/new-home': (_, res) => res.writeHead(200).end('moved here'),
  '/gone': (_, res) => res.writeHead(404).end('not found'),
  '/broken': (_, res) => res.writeHead(500).end('boom'),
  // Never answers; the connection stays open until the client gives up (the server closes it on close()).
  '/hang': () => undefined,
  '/no-head': (req, res) => (req.method === 'HEAD' ? res.writeHead(405, { allow: 'GET' }).end() : res.writeHead(200).end('got it')),
  '/flaky': (_, res, count) => (count === 1 ? res.writeHead(500).end() : res.writeHead(200).end('better')),
  '/forbidden': (_, res) => res.writeHead(403).end(),
};

export async function startLoopback(handlers: Record<string, Handler> = ANSWERS): Promise<Loopback> {
  const requests: string[] = [];
  const counts = new Map<string, number>();
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const count = (counts.get(url.pathname) ?? 0) + 1;
    counts.set(url.pathname, count);
    open.add(res);
    res.on('close', () => open.delete(res));
    const handler = handlers[url.pathname];
    if (handler) handler(req, res, count);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
