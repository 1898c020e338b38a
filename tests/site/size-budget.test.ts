// Size budget of the shipped site (budget.json): per page, HTML, CSS and JS bytes after gzip -9, counting the page's
// own HTML plus every stylesheet and script it loads (and inline <style>/<script>); and on every page, no web fonts
// and no requests to other origins. Prints the figures it measured. The checker can fail: tests/site/page-weight-can-fail.test.ts.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPageWeight, largestByKind, measurePageWeight, readBudget, weightTable, type PageWeight } from './gates/page-weight.ts';
import { findPages, type SitePage } from '../../tools/site/pages.ts';
import { siteEnv } from './site-env.ts';

const budget = readBudget(resolve(import.meta.dirname, '../../budget.json'));

/** The budget's kinds: story, claim, original (/<story>/original/), other. */
const kindOf = (page: SitePage): string => (page.kind === 'other' && /^[^/]+\/original\/$/.test(page.path.slice(siteEnv().basePath.length)) ? 'original' : page.kind);

describe('size budget (budget.json)', () => {
  let weights: PageWeight[] = [];

  it('measures every page of the build', () => {
    const site = siteEnv();
    weights = findPages(site.distDir, site.basePath).map((page) => measurePageWeight(site, page.path, kindOf(page)));
    console.log(`\nPage weight, KB after gzip -9 (HTML includes inline scripts and styles):\n${weightTable(weights, budget)}\n`);
    const largest = largestByKind(weights);
    console.log(
      Object.entries(largest)
        .map(([kind, w]) => `largest ${kind} (${w.pages} page${w.pages === 1 ? '' : 's'}): HTML ${(w.html / 1024).toFixed(1)} KB, CSS ${(w.css / 1024).toFixed(1)} KB, JS ${(w.js / 1024).toFixed(1)} KB`)
        .join('\n'),
    );
    // Not vacuous: the build has story, claim and original pages to hold to their budgets.
    expect(Object.keys(largest)).toEqual(expect.arrayContaining(['story', 'claim', 'original', 'other']));
  });

  it('every page is within its budget', () => {
    expect(weights.length).toBeGreaterThan(0);
    const over = weights.flatMap((w) => checkPageWeight({ ...w, fonts: [], thirdParty: [] }, budget));
    expect(over).toEqual([]);
  });

  it('no page needs a web font to be read', () => {
    expect(weights.flatMap((w) => w.fonts.map((f) => `${w.page}: ${f}`))).toEqual([]);
  });

  it('no page requests anything from another origin (links to sources are fine)', () => {
    expect(weights.flatMap((w) => w.thirdParty.map((t) => `${w.page}: ${t}`))).toEqual([]);
  });
});
