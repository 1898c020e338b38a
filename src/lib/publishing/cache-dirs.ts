// Where the build keeps what it can reuse: Astro's content store and build record, Vite's caches and drawn social
// cards. In node_modules/ by default; MARGINALIA_CACHE_DIR moves them all into one folder (a CI cache, or builds that
// run side by side: project copies in the tests link node_modules/, which would give them one content store).
import { join } from 'node:path';

export interface CacheDirs {
  /** Astro's cacheDir; undefined keeps Astro's default (node_modules/.astro). */
  astro: string | undefined;
  /** Vite's cacheDir; undefined keeps Vite's default (node_modules/.vite). */
  vite: string | undefined;
  /** Where the build record lives (Astro's cacheDir, as the content-checks integration writes it there). */
  buildRecord: string;
  /** Drawn social cards. */
  cards: string;
}

export function cacheDirs(env: { MARGINALIA_CACHE_DIR?: string | undefined }, root: string): CacheDirs {
  const dir = env.MARGINALIA_CACHE_DIR || undefined;
  if (!dir) return { astro: undefined, vite: undefined, buildRecord: join(root, 'node_modules', '.astro'), cards: join(root, 'node_modules', '.cache', 'marginalia-cards') };
  return { astro: join(dir, 'astro'), vite: join(dir, 'vite'), buildRecord: join(dir, 'astro'), cards: join(dir, 'cards') };
}
