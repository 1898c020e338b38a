// Gate: every page carries a strict Content-Security-Policy and breaks none of it, also while its scripts run
// (theme toggle, citation cards, chart tooltips, margin notes, scrollytelling, search). Two halves: the policy as
// written in the HTML (no browser), and the violations a real browser reports on the page.
import type { ConsoleMessage, Page } from 'playwright-core';

/** The policy of a page's <meta http-equiv="content-security-policy">, directive name → sources. */
export type Policy = Map<string, string[]>;

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/gi;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.replace(/&#39;/g, "'").replace(/&amp;/g, '&').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Where the policy would let hostile text run or load, read from the built HTML. */
export function checkPolicy(html: string): string[] {
  const metas = [...html.matchAll(META)];
  if (metas.length !== 1) return [`expected one Content-Security-Policy <meta>, found ${metas.length}`];
  const meta = metas[0]!;
  const failures: string[] = [];
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1 || meta.index > headEnd) failures.push('the Content-Security-Policy <meta> is not in <head>');
  const policy = parsePolicy(meta[1] ?? '');
  const scriptSrc = policy.get('script-src');
  if (!scriptSrc) failures.push('no script-src directive');
  for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'style-src', 'style-src-elem', 'style-src-attr', 'default-src']) {
    const sources = policy.get(directive) ?? [];
    if (sources.includes("'unsafe-inline'")) failures.push(`${directive} allows 'unsafe-inline'`);
    if (sources.includes("'unsafe-eval'")) failures.push(`${directive} allows 'unsafe-eval'`);
    if (sources.some((s) => s === '*' || s === 'data:' || s === 'http:' || s === 'https:') && directive.startsWith('script')) {
      failures.push(`${directive} allows scripts from anywhere (${sources.join(' ')})`);
    }
  }
  if (!policy.has('style-src')) failures.push('no style-src directive');
  if ((policy.get('object-src') ?? []).join(' ') !== "'none'") failures.push("object-src is not 'none'");
  if (!policy.has('base-uri')) failures.push('no base-uri directive');
  // A policy covers only what the parser meets after it: no script may come first.
  const firstScript = html.search(/<script[\s>]/i);
  if (firstScript !== -1 && firstScript < meta.index) failures.push('a <script> comes before the Content-Security-Policy <meta>');
  return failures;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation the page reports, from its first script on; read them with violations(). */
export async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      window.__cspViolations?.push(`${event.effectiveDirective} refused ${event.blockedURI || 'an inline resource'}${where}${event.sample ? ` (${event.sample})` : ''}`);
    });
  });
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

export interface ExerciseOptions {
  /** Typed into the search page's box, when the page has one. */
  searchQuery?: string;
  /** Scroll through the page and resize it (scrollytelling, margin notes); true unless set. */
  scroll?: boolean;
}

/** Runs what the page's scripts do for a reader: the theme toggle, hovers and focus, scrolling, a search. */
export async function exercise(page: Page, { searchQuery, scroll = true }: ExerciseOptions = {}): Promise<void> {
  const toggle = page.locator('[data-theme-toggle]').first();
  if (await toggle.isVisible()) {
    await toggle.click();
    await toggle.click();
  }
  // Events rather than pointer moves: a card or tooltip may cover the next target, and only the scripts matter here.
  const cite = page.locator('a.cite').first();
  if ((await cite.count()) > 0) {
    await cite.dispatchEvent('mouseover');
    await cite.focus();
    await page.keyboard.press('Escape');
  }
  const mark = page.locator('figure.chart .layer-data rect, figure.chart .layer-data circle').first();
  if ((await mark.count()) > 0) await mark.dispatchEvent('mouseover', { bubbles: true });
  // Scrolling runs the scrollytelling steps and the margin notes' layout; resizing reruns the notes.
  if (scroll) {
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(() => done(null)));
      }
    });
    await page.setViewportSize({ width: 900, height: 800 });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  if (searchQuery !== undefined && (await page.locator('[data-search]').count()) > 0) {
    await page.waitForSelector('[data-search][data-state]');
    await page.fill('#search-query', searchQuery);
    await page.press('#search-query', 'Enter');
    // Done when the status line reports (results or none), or search could not start.
    await page.waitForFunction(() => !!document.querySelector('[data-search-status]')?.textContent || !!document.querySelector('[data-search][data-state="unavailable"]'));
  }
}

/**
 * Loads the page (watchViolations must have been called on it), runs its scripts as a reader would and returns the
 * CSP violations and CSP console errors, plus a failure if search did not come up.
 */
export async function checkViolations(page: Page, url: string, options: ExerciseOptions = {}): Promise<string[]> {
  const { searchQuery } = options;
  const refused: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (/Content Security Policy/i.test(msg.text())) refused.push(`console: ${msg.text()}`);
  };
  page.on('console', onConsole);
  try {
    // 'load': the page's scripts (deferred modules included) and its images have run and loaded by then.
    await page.goto(url, { waitUntil: 'load' });
    await exercise(page, options);
    const failures = [...(await violations(page)), ...refused];
    if (searchQuery !== undefined && (await page.locator('[data-search][data-state="unavailable"]').count()) > 0) failures.push('search did not start');
    return [...new Set(failures)];
  } finally {
    page.off('console', onConsole);
  }
}
