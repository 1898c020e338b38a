// Runs `astro build` into a given directory with a given base path and site URL (global setup and scripts/shots.ts).
import { spawnSync } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** A non-root base path, so any link that forgets the base shows up as broken. */
export const TEST_BASE_PATH = '/marginalia/';
export const TEST_SITE_URL = 'https://example.org';

export interface BuildOptions {
  outDir: string;
  basePath: string;
  siteUrl: string;
  /** The content folder to build; by default MARGINALIA_CONTENT_DIR from the environment, else content/. */
  contentDir?: string | undefined;
  /** Astro's and Vite's caches; give one to a build that may run beside another in the same project. */
  cacheDir?: string | undefined;
}

/** Throws with the full build output if the build fails. */
export function buildSite({ outDir, basePath, siteUrl, contentDir, cacheDir }: BuildOptions): void {
  const bin = join(repoRoot, 'node_modules', '.bin');
  const result = spawnSync(join(bin, 'astro'), ['build'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      // The astro bin starts with `#!/usr/bin/env node`: put the project's Node 24 first, as npm scripts do.
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      BASE_PATH: basePath,
      SITE_URL: siteUrl,
      MARGINALIA_OUT_DIR: outDir,
      NO_COLOR: '1',
      // Otherwise MARGINALIA_CONTENT_DIR passes through from the environment when set (e.g. the small valid fixture).
      ...(contentDir ? { MARGINALIA_CONTENT_DIR: contentDir } : {}),
      ...(cacheDir ? { MARGINALIA_CACHE_DIR: cacheDir } : {}),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim();
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    throw new Error(`astro build failed (${why}):\n${output}`);
  }
}
