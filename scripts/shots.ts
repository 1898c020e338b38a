// Screenshots of every page at phone and desktop widths, light and dark, full page, into shots/ (gitignored).
// For looking at, not for pixel comparison.
//   npm run shots                 build into a temp dir (base /marginalia/) and shoot it
//   npm run shots -- --no-build   shoot the existing dist/ (built with the BASE_PATH in the environment, default /)
//   npm run shots -- --fixtures   build with the fixture stories of tests/fixtures/stories merged in, as the tests do
//   npm run shots -- --only story  only pages whose name contains "story" (names as in the files: story-<id>, claim-…)
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployConfig } from '../src/lib/publishing/deploy-config.ts';
import { launchBrowser } from '../tools/site/browser.ts';
import { buildSite, repoRoot, TEST_BASE_PATH, TEST_SITE_URL } from '../tools/site/build-site.ts';
import { contentWithFixtures } from '../tools/site/fixture-content.ts';
import { MODES, viewport } from '../tools/site/modes.ts';
import { findPages } from '../tools/site/pages.ts';
import { serveStatic } from '../tools/site/serve.ts';

const noBuild = process.argv.includes('--no-build');
const withFixtures = process.argv.includes('--fixtures');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const outDir = join(repoRoot, 'shots');

let distDir = join(repoRoot, 'dist');
let basePath = deployConfig(process.env).base;
let tempDir: string | undefined;
if (!noBuild) {
  tempDir = mkdtempSync(join(tmpdir(), 'marginalia-shots-'));
  console.log(withFixtures ? 'Building the site with the fixture stories…' : 'Building the site…');
  const content = withFixtures ? contentWithFixtures() : undefined;
  try {
    buildSite({ outDir: tempDir, basePath: TEST_BASE_PATH, siteUrl: TEST_SITE_URL, contentDir: content });
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
  [distDir, basePath] = [tempDir, TEST_BASE_PATH];
}

const pages = findPages(distDir, basePath).filter((page) => !only || page.name.includes(only));
if (pages.length === 0) throw new Error(`No pages in ${distDir}; build first, or drop --no-build.`);

// Start from an empty folder so no screenshot of a page that no longer exists lingers.
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) if (file.endsWith('.png')) rmSync(join(outDir, file));

const [server, browser] = await Promise.all([serveStatic(distDir, basePath), launchBrowser()]);
try {
  for (const mode of MODES) {
    const context = await browser.newContext({ viewport: viewport(mode.width), colorScheme: mode.scheme });
    const tab = await context.newPage();
    for (const page of pages) {
      await tab.goto(server.url(page.path), { waitUntil: 'networkidle' });
      await tab.evaluate(() => document.fonts.ready);
      await tab.screenshot({ path: join(outDir, `${page.name}--${mode.label}.png`), fullPage: true });
    }
    await context.close();
    console.log(`${mode.label}: ${pages.length} page(s)`);
  }
} finally {
  await Promise.all([browser.close(), server.close()]);
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
console.log(`${pages.length * MODES.length} screenshot(s) in ${outDir}`);
