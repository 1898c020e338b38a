import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl } from '../../../src/lib/sources/check-url.ts';
import { startLoopback, type Loopback } from './loopback-server.ts';

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(() => server.close());

const check = (path: string) => checkUrl(server.url(path), { timeoutMs: 300 });
const requestsFor = (path: string) => server.requests.filter((r) => r.endsWith(` ${path}`));

describe('checkUrl against servers on 127.0.0.1', () => {
  it('takes a 200 to HEAD as alive, with one request', async () => {
    expect(await check('/ok')).toEqual({ url: server.url('/ok'), state: 'ok', status: 200, detail: 'answers 200', method: 'HEAD', attempts: 1 });
  });

  it('reports a 301 as moved, with the new address made absolute, without following it', async () => {
    const result = await check('/moved');
    expect(result).toMatchObject({ state: 'moved', status: 301, location: server.url('/new-home'), detail: `answers 301, moved to ${server.url('/new-home')}` });
    expect(requestsFor('/new-home')).toEqual([]);
  });

  it('reports a 404 as dead, at once (no retry)', async () => {
    expect(await check('/gone')).toMatchObject({ state: 'dead', status: 404, detail: 'answers 404 Not Found', attempts: 1 });
  });

  it('reports a 500 as dead after one retry', async () => {
    expect(await check('/broken')).toMatchObject({ state: 'dead', status: 500, detail: 'answers 500 Internal Server Error (tried 2 times)', attempts: 2 });
    expect(requestsFor('/broken')).toEqual(['HEAD /broken', 'HEAD /broken']);
  });

  it('gives up on a server that never answers after its time-out, twice', async () => {
    const started = Date.now();
    expect(await check('/hang')).toMatchObject({ state: 'dead', detail: 'did not answer within 0.3 s (tried 2 times)', attempts: 2 });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('asks again with GET where HEAD is refused (405)', async () => {
    expect(await check('/no-head')).toMatchObject({ state: 'ok', status: 200, method: 'GET', attempts: 2 });
    expect(requestsFor('/no-head')).toEqual(['HEAD /no-head', 'GET /no-head']);
  });

  it('counts a page alive when the retry succeeds', async () => {
    expect(await check('/flaky')).toMatchObject({ state: 'ok', status: 200, attempts: 2 });
  });

  it('calls a 403 (to HEAD and GET) unknown, not dead: it says nothing of the page', async () => {
    expect(await check('/forbidden')).toMatchObject({ state: 'unknown', status: 403, method: 'GET', detail: 'answers 403 Forbidden, which says nothing of the page' });
  });

  it('reports an address nobody listens on as dead, with the reason', async () => {
    const closed = await startLoopback({});
    const url = closed.url('/');
    await closed.close();
    const result = await checkUrl(url, { timeoutMs: 300, retries: 0 });
    expect(result.state).toBe('dead');
    expect(result.detail).toMatch(/^could not be reached \(ECONNREFUSED\)$/);
  });
});
