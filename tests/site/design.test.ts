// The reading design in a real browser: contrast in both themes and under forced colours, the theme toggle with and
// without JavaScript, and print (interactive-only parts hidden, link addresses printed).
import { describe, expect, it } from 'vitest';
import { checkAccessibility } from './gates/accessibility.ts';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, distDir } from './site-env.ts';

const session = useSiteSession(distDir, basePath);
const pages = findPages(distDir(), basePath());
const story = pages.find((p) => p.kind === 'story');
const claim = pages.find((p) => p.kind === 'claim');
const keyPages = [pages.find((p) => p.path === basePath()), story, claim, pages.find((p) => p.path.endsWith('/original/'))].filter((p) => p !== undefined);

const onlyContrast = (violations: string[]) => violations.filter((v) => v.includes('contrast'));

describe('contrast', () => {
  it.for(keyPages)('$path passes axe under forced colours (Windows high contrast), light and dark', async ({ path }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const tab = await session.newTab({ viewport: { width: 1280, height: 900 }, colorScheme, forcedColors: 'active' });
      await tab.goto(session.server.url(path));
      expect(await tab.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      expect(await checkAccessibility(tab)).toEqual([]);
      await tab.context().close();
    }
  });

  it('verdict badges keep a visible border and icon under forced colours', async () => {
    const tab = await session.newTab({ forcedColors: 'active' });
    await tab.goto(session.server.url(story?.path ?? basePath()));
    const badge = tab.locator('.verdict-badge').first();
    expect(await badge.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    expect(await badge.locator('svg path').count()).toBe(1);
    expect(onlyContrast(await checkAccessibility(tab))).toEqual([]);
    await tab.context().close();
  });
});

describe('theme', () => {
  const background = () => getComputedStyle(document.body).backgroundColor;

  it('follows the system setting without JavaScript, and the toggle is not shown', async () => {
    const light = await session.newTab({ javaScriptEnabled: false, colorScheme: 'light' });
    const dark = await session.newTab({ javaScriptEnabled: false, colorScheme: 'dark' });
    await Promise.all([light.goto(session.server.url(basePath())), dark.goto(session.server.url(basePath()))]);
    expect(await light.evaluate(background)).not.toBe(await dark.evaluate(background));
    expect(await light.isVisible('[data-theme-toggle]')).toBe(false);
    await Promise.all([light.context().close(), dark.context().close()]);
  });

  it('with JavaScript, the toggle switches the theme, says so, and remembers it on the next page', async () => {
    const tab = await session.newTab({ colorScheme: 'light' });
    await tab.goto(session.server.url(basePath()));
    const toggle = tab.locator('[data-theme-toggle]');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const before = await tab.evaluate(background);
    await toggle.focus();
    await tab.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const after = await tab.evaluate(background);
    expect(after).not.toBe(before);
    await tab.goto(session.server.url(story?.path ?? basePath()));
    expect(await tab.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await tab.evaluate(background)).toBe(after);
    expect(onlyContrast(await checkAccessibility(tab))).toEqual([]);
    await tab.context().close();
  });
});

describe('print', () => {
  it('hides interactive-only parts and prints link addresses after external links', async () => {
    const tab = await session.newTab({ viewport: { width: 1280, height: 900 } });
    await tab.goto(session.server.url(story?.path ?? basePath()));
    await tab.emulateMedia({ media: 'print' });
    for (const selector of ['[data-theme-toggle]', '.skip-link', '.site-header nav', '.toc']) {
      const hidden = await tab.locator(selector).first().evaluate((el) => getComputedStyle(el).display === 'none');
      expect(hidden, `${selector} is hidden in print`).toBe(true);
    }
    const external = tab.locator('main a[href^="http"]:not(.cite)').first();
    const href = await external.getAttribute('href');
    const after = await external.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain(href ?? 'missing href');
    expect(await tab.locator('article.claim-card').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    await tab.context().close();
  });

  it('shows interactive parts again on screen', async () => {
    const tab = await session.newTab({ viewport: { width: 1280, height: 900 } });
    await tab.goto(session.server.url(story?.path ?? basePath()));
    expect(await tab.locator('.site-header nav').isVisible()).toBe(true);
    await tab.context().close();
  });
});
