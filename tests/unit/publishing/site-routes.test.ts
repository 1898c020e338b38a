import { afterEach, describe, expect, it, vi } from 'vitest';

// site-routes reads the environment once, when it is first imported: each test sets the environment, then imports
// a fresh copy of the module.
async function load(env: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return import('../../../src/lib/publishing/site-routes.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('site-routes', () => {
  it('builds every path under BASE_PATH', async () => {
    const { paths } = await load({ SITE_URL: 'https://example.org', BASE_PATH: 'news' });
    expect([paths.home(), paths.story('demo'), paths.claim('demo', 'sales'), paths.datasetCsv('sales')]).toEqual(['/news/', '/news/demo/', '/news/demo/claims/sales/', '/news/data/sales.csv']);
  });

  it('takes the origin from SITE_URL', async () => {
    const { siteOrigin } = await load({ SITE_URL: 'https://example.org/ignored/path', BASE_PATH: '/news/' });
    expect(siteOrigin).toBe('https://example.org');
  });

  it('makes a path absolute on the origin, keeping the base', async () => {
    const { absolute, paths } = await load({ SITE_URL: 'https://example.org', BASE_PATH: '/news/' });
    expect(absolute(paths.card('demo'))).toBe('https://example.org/news/demo/card.png');
  });

  it('serves from the root of localhost when neither is set', async () => {
    const { paths, siteOrigin } = await load({ SITE_URL: undefined, BASE_PATH: undefined });
    expect([paths.home(), siteOrigin]).toEqual(['/', 'http://localhost:4321']);
  });

  it('ignores BASE_URL and SITE, which Vitest and Astro set for their own processes', async () => {
    const { paths, siteOrigin } = await load({ SITE_URL: undefined, BASE_PATH: '/news/', BASE_URL: '/', SITE: 'https://other.example' });
    expect([paths.home(), siteOrigin]).toEqual(['/news/', 'http://localhost:4321']);
  });

  it('fails to load with the reason when BASE_PATH cannot be a base', async () => {
    await expect(load({ BASE_PATH: '/my site/' })).rejects.toThrow('BASE_PATH "/my site/" may only contain');
  });
});
