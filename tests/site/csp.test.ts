// Every built page carries a strict Content-Security-Policy (gates/csp.ts), and no page breaks it in a real browser
// while its scripts run: theme toggle, citation cards, chart tooltips, margin notes, scrollytelling and search.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPolicy, checkViolations, parsePolicy, watchViolations } from './gates/csp.ts';
import { SEARCH_SCRIPT_SOURCES } from '../../src/lib/publishing/content-security-policy.ts';
import { findPages } from '../../tools/site/pages.ts';
import { viewport } from '../../tools/site/modes.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, distDir } from './site-env.ts';

const pages = findPages(distDir(), basePath());
const session = useSiteSession(distDir, basePath);
const policyOf = (file: string) => parsePolicy(/<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');

let tab: Page;
beforeAll(async () => {
  tab = await session.newTab({ viewport: viewport(1280) });
  await watchViolations(tab);
});

describe('Content-Security-Policy', () => {
  it.for(pages)('$path: the policy is strict', ({ file }) => {
    expect(checkPolicy(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it("only the search page allows WebAssembly ('wasm-unsafe-eval', for Pagefind)", () => {
    for (const page of pages) {
      const sources = policyOf(page.file).get('script-src') ?? [];
      const allowed = SEARCH_SCRIPT_SOURCES.every((s) => sources.includes(s));
      expect(allowed, page.path).toBe(page.path === `${basePath()}search/`);
    }
  });

  it.for(pages)('$path: no violation while its scripts run', async ({ path, kind }) => {
    const query = path === `${basePath()}search/` ? 'Xiaomi' : undefined;
    // Scrolling and resizing run the scrollytelling and re-lay the notes: stories, originals and the chart gallery.
    const scroll = kind === 'story' || path.endsWith('/original/') || path === `${basePath()}charts/`;
    expect(await checkViolations(tab, session.server.url(path), { searchQuery: query, scroll })).toEqual([]);
  });
});
