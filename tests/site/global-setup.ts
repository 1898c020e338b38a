// Builds the site once for the whole site project, into a temp dir (never clobbers ./dist), and provides where it
// is to the tests (read it through site-env.ts). The content is the shipped content with the fixture stories of
// tests/fixtures/stories merged in, so every gate runs over stories that differ where layouts break; with
// MARGINALIA_CONTENT_DIR set, that folder is built as it is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, TEST_BASE_PATH, TEST_SITE_URL } from '../../tools/site/build-site.ts';
import { contentWithFixtures } from '../../tools/site/fixture-content.ts';
import type { SiteEnv } from './site-env.ts';

export default function setup(project: TestProject): () => void {
  const given = process.env.MARGINALIA_CONTENT_DIR?.trim();
  const contentDir = given ? resolve(given) : contentWithFixtures();
  const env: SiteEnv = { distDir: mkdtempSync(join(tmpdir(), 'marginalia-site-')), basePath: TEST_BASE_PATH, siteUrl: TEST_SITE_URL, contentDir };
  // The merged content stays (in node_modules/.cache): Astro's content cache may still name its files after the run.
  const cleanUp = () => rmSync(env.distDir, { recursive: true, force: true });
  const started = Date.now();
  try {
    buildSite({ outDir: env.distDir, basePath: env.basePath, siteUrl: env.siteUrl, contentDir });
  } catch (error) {
    cleanUp();
    throw error;
  }
  const content = given ? ` from ${given}` : ' (shipped content and fixture stories)';
  console.log(`[site] built ${env.basePath}${content} into ${env.distDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('distDir', env.distDir);
  project.provide('basePath', env.basePath);
  project.provide('siteUrl', env.siteUrl);
  project.provide('contentDir', env.contentDir);
  return cleanUp;
}
