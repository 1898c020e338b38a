// Reading a story on a phone: the bottom line on the first screen, claim cards that show quote, verdict and summary and
// open to the rest (natively, and by a link to the claim with or without JavaScript), a way back from every citation
// jump, contents one tap away from anywhere, and scrollytelling whose chart and caption both fit the screen.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, distDir } from './site-env.ts';

const PHONE = { width: 360, height: 780 };
const pages = findPages(distDir(), basePath());
const stories = pages.filter((p) => p.kind === 'story');
const claimPages = pages.filter((p) => p.kind === 'claim');
const session = useSiteSession(distDir, basePath);
const storyWith = (selector: string) => async (tab: Page) => {
  for (const story of stories) {
    await tab.goto(session.server.url(story.path), { waitUntil: 'load' });
    if ((await tab.locator(selector).count()) > 0) return story;
  }
  throw new Error(`no story page has ${selector}`);
};

/** The box of the first element matching `selector`, in viewport coordinates. */
const boxOf = (tab: Page, selector: string) =>
  tab.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height };
  });

let phone: Page;
let phoneNoJs: Page;
beforeAll(async () => {
  [phone, phoneNoJs] = await Promise.all([session.newTab({ viewport: PHONE }), session.newTab({ viewport: PHONE, javaScriptEnabled: false })]);
});

describe(`the bottom line on the first screen (${PHONE.width} × ${PHONE.height})`, () => {
  it('the build has stories', () => {
    expect(stories.length).toBeGreaterThan(1);
  });

  it.for(stories)('$path: the tally of verdicts is whole on the first screen, and the summary starts there', async ({ path }) => {
    await phone.goto(session.server.url(path), { waitUntil: 'load' });
    const tally = await boxOf(phone, '.bottom-line .verdict-counts');
    expect(tally.height).toBeGreaterThan(0);
    expect(tally.top).toBeGreaterThanOrEqual(0);
    expect(tally.bottom).toBeLessThanOrEqual(PHONE.height);
    const summary = await boxOf(phone, '.bottom-line__summary');
    expect(summary.top).toBeLessThan(PHONE.height - 60);
    // The tally counts every claim of the story.
    const counted = await phone.$$eval('.bottom-line .verdict-counts .count', (cells) => cells.reduce((n, c) => n + Number(c.textContent), 0));
    expect(counted).toBe(await phone.locator('article.claim-card').count());
  });
});

describe('claim cards', () => {
  it.for(stories)('$path: every card shows verdict, quote and summary, the rest folded in a closed <details>', async ({ path }) => {
    await phoneNoJs.goto(session.server.url(path), { waitUntil: 'load' });
    const cards = await phoneNoJs.$$eval('article.claim-card', (found) =>
      found.map((card) => ({
        id: card.id,
        shown: ['.verdict-badge', '.claim-card__quote', '.claim-card__summary'].map((s) => card.querySelector(s)?.checkVisibility() ?? false),
        folded: card.querySelector<HTMLDetailsElement>('details.claim-card__more')?.open === false,
        hidden: card.querySelector('.claim-card__explanation')?.checkVisibility() ?? true,
      })),
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card, card.id).toEqual({ id: card.id, shown: [true, true, true], folded: true, hidden: false });
  });

  it('a link to a claim opens its explanation, with JavaScript and without', async () => {
    const story = stories[0]!;
    await phone.goto(session.server.url(story.path), { waitUntil: 'load' });
    const id = await phone.locator('article.claim-card').nth(1).getAttribute('id');
    for (const tab of [phone, phoneNoJs]) {
      await tab.goto(session.server.url(`${story.path}#${id}`), { waitUntil: 'load' });
      expect(await tab.locator(`#${id} .claim-card__explanation`).isVisible(), tab === phone ? 'with JS' : 'without JS').toBe(true);
      // The other cards stay folded.
      expect(await tab.locator('article.claim-card').first().locator('.claim-card__explanation').isVisible()).toBe(false);
    }
    // With JavaScript the <details> itself is opened, also for a link to the card's title (search results use it).
    await phone.goto(session.server.url(`${story.path}#${id}-title`), { waitUntil: 'load' });
    expect(await phone.locator(`#${id} details.claim-card__more`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it('tapping "Explanation and evidence" opens it without JavaScript', async () => {
    const story = stories[0]!;
    await phoneNoJs.goto(session.server.url(story.path), { waitUntil: 'load' });
    const card = phoneNoJs.locator('article.claim-card').first();
    await card.locator('details.claim-card__more > summary').click();
    expect(await card.locator('.claim-card__evidence').isVisible()).toBe(true);
  });

  it.for(claimPages.slice(0, 3))("$path: the claim's own page shows it open", async ({ path }) => {
    await phoneNoJs.goto(session.server.url(path), { waitUntil: 'load' });
    expect(await phoneNoJs.locator('.claim-card__explanation').isVisible()).toBe(true);
    expect(await phoneNoJs.locator('.claim-card__evidence').isVisible()).toBe(true);
  });
});

describe('citations lead back to where they were read', () => {
  it('a long reference list is folded, and a citation tapped without JavaScript opens it at its entry', async () => {
    const story = await storyWith('.references details.references__list:not([open])')(phoneNoJs);
    expect(await phoneNoJs.locator('.references li').count(), story.path).toBeGreaterThan(8);
    expect(await phoneNoJs.locator('.references li').first().isVisible()).toBe(false);
    const cite = phoneNoJs.locator('.story__body a.cite').first();
    const href = (await cite.getAttribute('href')) ?? '';
    await cite.click();
    expect(await phoneNoJs.locator(`[id="${href.slice(1)}"]`).isVisible()).toBe(true);
    const box = await boxOf(phoneNoJs, `[id="${href.slice(1)}"]`);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(PHONE.height);
  });

  for (const js of [true, false]) {
    it(`${js ? 'with' : 'without'} JavaScript: the reference lists a link back to the citation tapped, and it returns there`, async () => {
      const tab = js ? phone : phoneNoJs;
      // A source cited more than once in the text, tapped at its second citation.
      const selector = '.story__body > p a.cite[id$="-2"]';
      await storyWith(selector)(tab);
      const cite = tab.locator(selector).first();
      const id = (await cite.getAttribute('id')) ?? '';
      const href = (await cite.getAttribute('href')) ?? '';
      await cite.click();
      expect(new URL(tab.url()).hash).toBe(href);
      const back = tab.locator(`[id="${href.slice(1)}"] [data-ref-back] a[href="#${id}"]`);
      expect(await back.count()).toBe(1);
      // Screen readers hear what the links are for, once per entry, then the links in order (this one second).
      expect(await back.evaluate((a) => a.parentElement?.querySelector('.visually-hidden')?.textContent?.trim())).toBe('Back to where it is cited:');
      expect(await back.evaluate((a) => [...(a.parentElement?.querySelectorAll('a') ?? [])].indexOf(a as HTMLAnchorElement))).toBe(1);
      if (js) expect(await back.getAttribute('data-current')).toBe('');
      await back.click();
      expect(new URL(tab.url()).hash).toBe(`#${id}`);
      const box = await cite.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    });
  }

  it('every reference links back to each place its source is cited, and every such link resolves', async () => {
    for (const story of stories) {
      await phoneNoJs.goto(session.server.url(story.path), { waitUntil: 'load' });
      const report = await phoneNoJs.evaluate(() =>
        [...document.querySelectorAll('.references li[id^="ref-"]')].map((li) => {
          const source = li.id.slice('ref-'.length);
          const backs = [...li.querySelectorAll<HTMLAnchorElement>('[data-ref-back] a')].map((a) => a.hash.slice(1));
          const cites = [...document.querySelectorAll<HTMLAnchorElement>(`a.cite[data-source="${source}"]`)].map((a) => a.id);
          return { source, same: JSON.stringify(backs) === JSON.stringify(cites), backs: backs.length };
        }),
      );
      expect(report.length, story.path).toBeGreaterThan(0);
      for (const entry of report) expect(entry, `${story.path} ${entry.source}`).toEqual({ source: entry.source, same: true, backs: entry.backs });
      expect(report.every((entry) => entry.backs > 0), story.path).toBe(true);
    }
  });
});

describe('contents from anywhere in the story', () => {
  it('on a phone, the contents bar stays on screen to the end of the story and opens its list over the text', async () => {
    const story = await storyWith('nav.toc--bar')(phoneNoJs);
    for (const at of [0.5, 0.98]) {
      await phoneNoJs.evaluate((share) => window.scrollTo(0, document.documentElement.scrollHeight * share), at);
      const box = await boxOf(phoneNoJs, 'nav.toc--bar summary');
      expect(box.top, `at ${at * 100} % of ${story.path}`).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(PHONE.height);
    }
    await phoneNoJs.locator('nav.toc--bar summary').click();
    const link = phoneNoJs.locator('nav.toc--bar ol a').first();
    expect(await link.isVisible()).toBe(true);
    const before = await phoneNoJs.evaluate(() => document.documentElement.scrollHeight);
    await link.click();
    const target = decodeURIComponent(new URL(phoneNoJs.url()).hash.slice(1));
    const heading = await boxOf(phoneNoJs, `[id="${target}"]`);
    expect(heading.top).toBeGreaterThanOrEqual(0);
    expect(heading.top).toBeLessThan(PHONE.height / 2);
    expect(await phoneNoJs.evaluate(() => document.documentElement.scrollHeight)).toBe(before);
  });

  it('on a wide screen, the contents stay in the margin', async () => {
    const tab = await session.newTab({ viewport: { width: 1280, height: 800 } });
    const story = await storyWith('nav.toc--margin')(tab);
    await tab.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
    const box = await boxOf(tab, 'nav.toc--margin');
    expect(box.top, story.path).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(800);
    expect(await tab.locator('nav.toc--bar').isVisible()).toBe(false);
    await tab.context().close();
  });
});

describe('scrollytelling on a phone (360 × 640): each step with its chart, both whole on the screen', () => {
  for (const js of [true, false]) {
    it(`${js ? 'with' : 'without'} JavaScript`, async () => {
      const tab = await session.newTab({ viewport: { width: 360, height: 640 }, javaScriptEnabled: js });
      let checked = 0;
      for (const story of stories) {
        await tab.goto(session.server.url(story.path), { waitUntil: 'load' });
        const steps = tab.locator('figure[data-chart="scrolly"] [data-scrolly-step]');
        for (let i = 0; i < (await steps.count()); i++) {
          // Layout is read right after the scroll: no frame needs to pass for boxes to move.
          const boxes = await steps.nth(i).evaluate((el) => {
            el.scrollIntoView({ block: 'start' });
            const graphic = el.nextElementSibling;
            const svg = [...(graphic?.querySelectorAll<SVGSVGElement>('svg.chart-svg') ?? [])].find((s) => s.checkVisibility({ opacityProperty: true }));
            const box = (e: Element | undefined) => {
              const r = e?.getBoundingClientRect();
              return r ? { top: Math.round(r.top), bottom: Math.round(r.bottom) } : null;
            };
            return { text: box(el), chart: box(svg) };
          });
          const where = `${story.path} step ${i + 1}`;
          expect(boxes.chart, `${where}: its chart is shown`).not.toBeNull();
          expect(boxes.text!.top, where).toBeGreaterThanOrEqual(0);
          expect(boxes.chart!.top, `${where}: the chart is below its text, not over it`).toBeGreaterThanOrEqual(boxes.text!.bottom);
          expect(boxes.chart!.bottom, `${where}: the chart ends on screen`).toBeLessThanOrEqual(640);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(1);
      await tab.context().close();
    });
  }
});
