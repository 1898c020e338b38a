import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSnapshot, snapshotFrom } from '../../../src/lib/sources/wayback.ts';
import { startLoopback, type Loopback } from './loopback-server.ts';

/** The availability API's answer, in the shape archive.org documents (https://archive.org/help/wayback_api.php). */
const available = (url: string, timestamp: string, status = '200') => ({
  url,
  archived_snapshots: { closest: { status, available: true, url: `http://web.archive.org/web/${timestamp}/${url}`, timestamp } },
});
const NONE = { url: 'https://a.example/', archived_snapshots: {} };

describe('snapshotFrom', () => {
  it('reads the closest snapshot: its address (over https) and its capture day', () => {
    expect(snapshotFrom(available('https://a.example/report', '20210510123456'))).toEqual({ url: 'https://web.archive.org/web/20210510123456/https://a.example/report', date: '2021-05-10' });
  });
  it('finds none in an answer without snapshots, or for a capture of an error page', () => {
    expect(snapshotFrom(NONE)).toBeUndefined();
    expect(snapshotFrom(available('https://a.example/', '20210510123456', '404'))).toBeUndefined();
    expect(snapshotFrom(null)).toBeUndefined();
    expect(snapshotFrom({ archived_snapshots: { closest: { available: true, status: '200', url: 'x', timestamp: 'soon' } } })).toBeUndefined();
  });
});

describe('findSnapshot against an availability API on 127.0.0.1', () => {
  let api: Loopback;
  beforeAll(async () => {
    api = await startLoopback({
      '/wayback/available': (req, res) => {
        const asked = new URL(req.url ?? '', 'http://127.0.0.1').searchParams.get('url') ?? '';
        const body = asked.includes('archived') ? available(asked, '20200102030405') : NONE;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      },
      '/down/wayback/available': (_, res) => res.writeHead(503).end(),
    });
  });
  afterAll(() => api.close());

  it('asks with the page address as the url parameter, and returns the snapshot', async () => {
    expect(await findSnapshot('https://a.example/archived?x=1&y=2', { api: api.url('/wayback/available') })).toEqual({ url: 'https://web.archive.org/web/20200102030405/https://a.example/archived?x=1&y=2', date: '2020-01-02' });
    expect(api.requests.at(-1)).toBe(`GET /wayback/available?url=${encodeURIComponent('https://a.example/archived?x=1&y=2')}`);
  });
  it('returns nothing when the archive has no snapshot', async () => {
    expect(await findSnapshot('https://a.example/new', { api: api.url('/wayback/available') })).toBeUndefined();
  });
  it('throws when the API itself fails', async () => {
    await expect(findSnapshot('https://a.example/', { api: api.url('/down/wayback/available') })).rejects.toThrow('the availability API answered 503');
  });
});
