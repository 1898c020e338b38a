import { describe, expect, it } from 'vitest';
import { cacheDirs } from '../../../src/lib/publishing/cache-dirs.ts';

describe('cacheDirs', () => {
  it('keeps Astro and Vite at their defaults and the rest in node_modules without MARGINALIA_CACHE_DIR', () => {
    expect(cacheDirs({}, '/site')).toEqual({ astro: undefined, vite: undefined, buildRecord: '/site/node_modules/.astro', cards: '/site/node_modules/.cache/marginalia-cards' });
    expect(cacheDirs({ MARGINALIA_CACHE_DIR: '' }, '/site').astro).toBeUndefined();
  });

  it('puts every cache in one folder with MARGINALIA_CACHE_DIR, the build record beside Astro\'s store', () => {
    expect(cacheDirs({ MARGINALIA_CACHE_DIR: '/ci/cache' }, '/site')).toEqual({ astro: '/ci/cache/astro', vite: '/ci/cache/vite', buildRecord: '/ci/cache/astro', cards: '/ci/cache/cards' });
  });
});
