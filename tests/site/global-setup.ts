// Builds the site once for the whole site project, into a temp dir (never clobbers ./dist),
// and provides where it is to the tests (read it through site-env.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, TEST_BASE_PATH, TEST_SITE_URL } from '../../tools/site/build-site.ts';
import type { SiteEnv } from './site-env.ts';

export default function setup(project: TestProject): () => void {
  const env: SiteEnv = { distDir: mkdtempSync(join(tmpdir(), 'marginalia-site-')), basePath: TEST_BASE_PATH, siteUrl: TEST_SITE_URL };
  const started = Date.now();
  try {
    buildSite({ outDir: env.distDir, basePath: env.basePath, siteUrl: env.siteUrl });
  } catch (error) {
    rmSync(env.distDir, { recursive: true, force: true });
    throw error;
  }
  const content = process.env.MARGINALIA_CONTENT_DIR ? ` from ${process.env.MARGINALIA_CONTENT_DIR}` : '';
  console.log(`[site] built ${env.basePath}${content} into ${env.distDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('distDir', env.distDir);
  project.provide('basePath', env.basePath);
  project.provide('siteUrl', env.siteUrl);
  return () => rmSync(env.distDir, { recursive: true, force: true });
}
