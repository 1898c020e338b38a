// Words meant for readers on every page: labels instead of the CSV's codes, source names instead of ids, counts with
// the right plural, no structured-data jargon, no editors' links in the readers' footer, glossary terms that are real
// links (touch and keyboard), and the label on the Xiaomi chart for the gap it shows.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { repoRoot } from '../../tools/site/build-site.ts';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, contentDir, distDir } from './site-env.ts';

const { bundle } = readContent(repoRoot, contentDir());
const pages = findPages(distDir(), basePath()).filter((p) => !p.path.endsWith('/charts/'));
const session = useSiteSession(distDir, basePath);
const sourceIds = new Set(bundle.sources.map((s) => s.id));
/** Codes the datasets give reader labels for, e.g. "china" (labelled "China"). */
const labelledCodes = new Set(bundle.datasets.flatMap((d) => d.data.columns.flatMap((c) => Object.entries(c.values ?? {}).filter(([code, label]) => code !== label).map(([code]) => code))));

let tab: Page;
beforeAll(async () => {
  tab = await session.newTab({ javaScriptEnabled: false });
});

interface PageWords {
  text: string;
  footerLinks: string[];
  chartTexts: string[];
  tableCells: string[];
}

async function wordsOf(path: string): Promise<PageWords> {
  await tab.goto(session.server.url(path), { waitUntil: 'load' });
  return tab.evaluate(() => ({
    text: (document.querySelector('main')?.innerText ?? '').replace(/\s+/g, ' '),
    footerLinks: [...document.querySelectorAll('footer.site-footer a')].map((a) => a.getAttribute('href') ?? ''),
    chartTexts: [...document.querySelectorAll('figure.chart svg text, figure.chart .chart__legend li')].map((t) => (t.textContent ?? '').trim()),
    tableCells: [...document.querySelectorAll('figure.chart table td, figure.chart table th')].map((t) => (t.textContent ?? '').trim()),
  }));
}

describe('reader words on every page', () => {
  it('the labelled codes and the sources to look for exist', () => {
    expect(labelledCodes.size).toBeGreaterThan(0);
    expect(sourceIds.size).toBeGreaterThan(0);
  });

  it.for(pages)('$path', async ({ path }) => {
    const words = await wordsOf(path);
    const problems: string[] = [];
    if (words.footerLinks.some((href) => href.endsWith('/charts/'))) problems.push('the footer links the chart gallery (for editors)');
    for (const match of words.text.matchAll(/\b1 (rows|claims|sources|results|corrections|steps|events|categories)\b/g)) problems.push(`"${match[0]}"`);
    for (const jargon of ['structured data', 'ratingValue', 'alternateName', 'Rating value']) if (words.text.includes(jargon)) problems.push(`"${jargon}" in the text`);
    for (const text of words.chartTexts) if (labelledCodes.has(text)) problems.push(`a chart shows the code "${text}" instead of its label`);
    for (const cell of words.tableCells) {
      if (labelledCodes.has(cell)) problems.push(`a table shows the code "${cell}" instead of its label`);
      if (sourceIds.has(cell)) problems.push(`a table shows the source id "${cell}" instead of its name`);
    }
    expect(problems).toEqual([]);
  });
});

describe('glossary terms', () => {
  const stories = findPages(distDir(), basePath()).filter((p) => p.kind === 'story');

  it('are links to their glossary entry, on every story that uses them', async () => {
    let terms = 0;
    for (const story of stories) {
      await tab.goto(session.server.url(story.path), { waitUntil: 'load' });
      const hrefs = await tab.$$eval('a.term', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      terms += hrefs.length;
      for (const href of hrefs) expect(href, story.path).toMatch(new RegExp(`^${basePath()}glossary/#term-[a-z0-9-]+$`));
    }
    expect(terms).toBeGreaterThan(0);
  });

  it('open their definition from the keyboard, without JavaScript', async () => {
    const story = stories.find((s) => s.path.endsWith('/xiaomi-harmonyos/')) ?? stories[0]!;
    await tab.goto(session.server.url(story.path), { waitUntil: 'load' });
    const term = tab.locator('a.term').first();
    const href = (await term.getAttribute('href')) ?? '';
    await term.focus();
    await Promise.all([tab.waitForURL((url) => url.href.endsWith(href)), tab.keyboard.press('Enter')]);
    const id = href.split('#')[1] ?? '';
    const entry = await tab.locator(`[id="${id}"]`).evaluate((el) => ({ visible: el.checkVisibility(), top: el.getBoundingClientRect().top, definition: el.parentElement?.querySelector('p')?.textContent ?? '' }));
    expect(entry.visible).toBe(true);
    expect(entry.top).toBeGreaterThanOrEqual(0);
    expect(entry.definition.length).toBeGreaterThan(10);
  });

  it('show their definition beside the word on focus, with JavaScript', async () => {
    const js = await session.newTab();
    await js.goto(session.server.url(`${basePath()}xiaomi-harmonyos/`), { waitUntil: 'load' });
    const term = js.locator('a.term').first();
    await term.focus();
    const card = js.locator('#cite-card');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain((await term.getAttribute('data-definition')) ?? 'missing definition');
    await js.keyboard.press('Escape');
    expect(await card.isVisible()).toBe(false);
    await js.context().close();
  });
});

describe('the Xiaomi chart', () => {
  it('labels the gap it exists to show: about 139 M shipped outside China (190.3 − 51.1)', async () => {
    await tab.goto(session.server.url(`${basePath()}xiaomi-harmonyos/`), { waitUntil: 'load' });
    const texts = await tab.$$eval('figure[data-dataset="xiaomi-shipments"] svg text', (found) => found.map((t) => t.textContent ?? '').join(' '));
    expect(texts).toMatch(/139\s*M shipped\s+outside China/);
    expect(texts).toContain('190.3 − 51.1');
  });
});
