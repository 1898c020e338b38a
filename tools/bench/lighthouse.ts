// Lighthouse (mobile preset: a mid-range phone on a slow 4G link, simulated) on pages of a built site, in the
// Chromium of @sparticuz/chromium (never a downloaded browser). `summarise` is pure; `runLighthouse` needs the
// lighthouse devDependency and returns undefined when it is not installed.
import chromium from '@sparticuz/chromium';
import type { LighthouseResult } from './report.ts';

/** The parts of a Lighthouse result (LHR) the benchmark keeps. */
export interface Lhr {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Scores 0–100 and the paint, blocking and layout-shift metrics of one page. */
export function summarise(kind: LighthouseResult['kind'], path: string, lhr: Lhr): LighthouseResult {
  const score = (name: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[name]?.score ?? 0) * 100);
  const metric = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
  return {
    kind,
    path,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    metrics: { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'), speedIndexMs: metric('speed-index') },
  };
}

/** The same flags the browser tests use (tools/site/browser.ts): quiet, off the network but for our server. */
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Runs Lighthouse on each page in turn; undefined when the lighthouse package is not installed. */
export async function runLighthouse(pages: ReadonlyArray<{ kind: LighthouseResult['kind']; url: string; path: string }>): Promise<LighthouseResult[] | undefined> {
  let lighthouse: (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Lhr } | undefined>;
  let launch: (options: Record<string, unknown>) => Promise<{ port: number; kill: () => void | Promise<void> }>;
  try {
    lighthouse = (await import('lighthouse')).default as unknown as typeof lighthouse;
    // chrome-launcher comes with lighthouse.
    const { createRequire } = await import('node:module');
    const { pathToFileURL } = await import('node:url');
    const requireFromLighthouse = createRequire((await import('node:fs')).realpathSync(createRequire(import.meta.url).resolve('lighthouse/package.json')));
    launch = ((await import(pathToFileURL(requireFromLighthouse.resolve('chrome-launcher')).href)) as { launch: typeof launch }).launch;
  } catch {
    return undefined;
  }
  const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? (await chromium.executablePath()), chromeFlags: FLAGS });
  try {
    const results: LighthouseResult[] = [];
    for (const page of pages) {
      const run = await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      results.push(summarise(page.kind, page.path, run.lhr));
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
