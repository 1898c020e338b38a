// Gate: the fact-check content (claims, verdicts, citations, charts, tables) is all there without JavaScript,
// and the page reads the same with and without it.
import type { Page } from 'playwright-core';
import type { PageKind } from '../../../tools/site/pages.ts';

/** Elements every reader must get even with JavaScript off. */
export const ESSENTIALS = {
  'claim card': 'article.claim-card',
  'verdict badge': '.verdict-badge',
  citation: 'a.cite',
  'chart SVG': 'figure.chart svg',
  'data table': 'figure.chart table',
} as const;

/** What story, claim and embed pages must always contain, JS or not. */
const REQUIRED: Record<PageKind, (keyof typeof ESSENTIALS)[]> = {
  story: ['claim card', 'verdict badge'],
  claim: ['claim card', 'verdict badge'],
  embed: ['verdict badge'],
  other: [],
};

interface Snapshot {
  counts: Record<string, { present: number; visible: number }>;
  /** ids of chart figures missing their SVG or their data table. */
  incompleteCharts: string[];
  text: string;
}

async function snapshot(page: Page, url: string): Promise<Snapshot> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate((selectors) => {
    const counts: Record<string, { present: number; visible: number }> = {};
    for (const [name, selector] of Object.entries(selectors)) {
      const found = [...document.querySelectorAll(selector)];
      counts[name] = { present: found.length, visible: found.filter((el) => el.checkVisibility()).length };
    }
    // Every chart figure carries both the drawing and the numbers (see ChartFigure.astro).
    const incompleteCharts = [...document.querySelectorAll('figure.chart')].flatMap((figure, i) => {
      const missing = [figure.querySelector('svg') ? '' : 'no SVG', figure.querySelector('table') ? '' : 'no table'].filter(Boolean);
      return missing.length ? [`${figure.id ? `#${figure.id}` : `chart ${i + 1}`} (${missing.join(', ')})`] : [];
    });
    const main = document.querySelector('main');
    return { counts, incompleteCharts, text: (main?.innerText ?? '').replace(/\s+/g, ' ').trim() };
  }, ESSENTIALS);
}

/** Where two texts first differ, with some context, for a readable failure. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 60));
  return `at character ${i}: with JS ${around(a)} vs without JS ${around(b)}`;
}

/** withJs and withoutJs are pages from contexts with JavaScript enabled and disabled. */
export async function checkNoJs(withJs: Page, withoutJs: Page, url: string, kind: PageKind): Promise<string[]> {
  const [js, noJs] = [await snapshot(withJs, url), await snapshot(withoutJs, url)];
  const failures: string[] = [];
  for (const name of Object.keys(ESSENTIALS) as (keyof typeof ESSENTIALS)[]) {
    const a = js.counts[name] ?? { present: 0, visible: 0 };
    const b = noJs.counts[name] ?? { present: 0, visible: 0 };
    if (b.present < a.present) failures.push(`${name}: ${a.present} with JS but only ${b.present} without JS (${ESSENTIALS[name]})`);
    else if (b.visible < a.visible) failures.push(`${name}: ${a.visible} visible with JS but only ${b.visible} visible without JS (${ESSENTIALS[name]})`);
    if (REQUIRED[kind].includes(name) && b.visible === 0) failures.push(`${name}: a ${kind} page must show at least one without JS (${ESSENTIALS[name]})`);
  }
  if (noJs.incompleteCharts.length) failures.push(`chart figures without their SVG or table: ${noJs.incompleteCharts.join(', ')}`);
  if (js.text !== noJs.text) failures.push(`main text differs without JS, ${firstDifference(js.text, noJs.text)}`);
  return failures;
}
