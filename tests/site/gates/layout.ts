// Gates on the rendered layout: no sideways scrolling, legible chart text, dismissable popups.
import type { Page } from 'playwright-core';

export const MIN_CHART_TEXT_PX = 11;

/** The page (already loaded at the viewport under test) must not scroll horizontally. */
export async function checkNoHorizontalScroll(page: Page): Promise<string[]> {
  const result = await page.evaluate(() => {
    const { scrollWidth } = document.documentElement;
    const width = window.innerWidth;
    if (scrollWidth <= width) return null;
    // Elements inside a scroll container are fine: only the container scrolls.
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].slice(0, 2).map((c) => `.${c}`).join('')}`;
    const scrolls = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    const overwide = (el: Element | null) => !!el && el.getBoundingClientRect().right > width + 1;
    // The outermost offenders: overwide elements whose parent still fits.
    const culprits = [...document.querySelectorAll('body, body *')]
      .filter((el) => overwide(el) && !overwide(el.parentElement) && !inScroller(el))
      .slice(0, 5)
      .map((el) => `${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth, width, culprits };
  });
  if (!result) return [];
  return [`scrolls horizontally: content is ${result.scrollWidth} px wide in a ${result.width} px viewport; culprits: ${result.culprits.join(', ') || 'unknown'}`];
}

/** Text in visible chart SVGs must be at least MIN_CHART_TEXT_PX tall on screen, after the SVG is scaled to fit. */
export async function checkChartTextSize(page: Page, minPx = MIN_CHART_TEXT_PX): Promise<string[]> {
  const small = await page.evaluate((min) => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
      if (!svg.checkVisibility() || svg.getBoundingClientRect().width === 0) continue;
      const chart = svg.closest('figure')?.id || 'chart';
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        const content = (text.textContent ?? '').trim();
        if (!content || !text.checkVisibility()) continue;
        // The screen CTM covers the viewBox scaling and any transforms on the way down.
        const ctm = text.getScreenCTM();
        const scale = ctm ? Math.hypot(ctm.c, ctm.d) : 1;
        const px = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (px < min - 0.05) found.push(`${chart}: "${content.slice(0, 30)}" is ${px.toFixed(1)} px`);
      }
    }
    return found;
  }, minPx);
  if (small.length === 0) return [];
  const shown = small.slice(0, 5).join('; ');
  return [`${small.length} chart text(s) under ${minPx} px on screen: ${shown}${small.length > 5 ? '; …' : ''}`];
}

const POPUP = '[role="tooltip"], [data-popup]';
const visiblePopups = (page: Page) =>
  page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((el) => el.checkVisibility()).length, POPUP);

/**
 * Focus the first citation link: it must be focusable and point at a reference on the page; if focusing it
 * opens a popup (role="tooltip" or [data-popup]), Escape must close it and leave focus on the link.
 */
export async function checkCitePopup(page: Page, waitMs = 400): Promise<string[]> {
  const cite = page.locator('a.cite').first();
  if ((await cite.count()) === 0) return [];
  const failures: string[] = [];
  const href = (await cite.getAttribute('href')) ?? '';
  const name = `citation ${JSON.stringify(href)}`;
  if (!/^#ref-/.test(href)) failures.push(`${name}: href should point at a #ref-… reference on the page`);
  else if ((await page.locator(`[id="${href.slice(1)}"]`).count()) === 0) failures.push(`${name}: no element with that id on the page`);

  const before = await visiblePopups(page);
  await cite.focus();
  if (!(await cite.evaluate((el) => el === document.activeElement))) return [...failures, `${name}: cannot take keyboard focus`];
  const opened = await page
    .waitForFunction(([sel, n]) => [...document.querySelectorAll(sel)].filter((el) => el.checkVisibility()).length > n, [POPUP, before] as const, { timeout: waitMs })
    .then(() => true, () => false);
  if (!opened) return failures;

  await page.keyboard.press('Escape');
  const closed = await page
    .waitForFunction(([sel, n]) => [...document.querySelectorAll(sel)].filter((el) => el.checkVisibility()).length <= n, [POPUP, before] as const, { timeout: 1000 })
    .then(() => true, () => false);
  if (!closed) failures.push(`${name}: the popup opened on focus stays visible after Escape`);
  if (!(await cite.evaluate((el) => el === document.activeElement))) failures.push(`${name}: Escape moved focus away from the link`);
  return failures;
}
