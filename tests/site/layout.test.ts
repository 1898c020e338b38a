// Layout on real screens: no sideways scrolling on phones, legible chart text, dismissable citation popups.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkChartTextSize, checkCitePopup, checkNoHorizontalScroll, MIN_CHART_TEXT_PX } from './gates/layout.ts';
import { viewport, WIDTHS } from '../../tools/site/modes.ts';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, distDir } from './site-env.ts';

const pages = findPages(distDir(), basePath());
const session = useSiteSession(distDir, basePath);
let phone: Page;
let desktop: Page;

beforeAll(async () => {
  [phone, desktop] = await Promise.all([session.newTab({ viewport: viewport(WIDTHS[0]) }), session.newTab({ viewport: viewport(WIDTHS[1]) })]);
});

const open = (tab: Page, path: string) => tab.goto(session.server.url(path), { waitUntil: 'load' });

describe(`no horizontal scrolling at ${WIDTHS[0]} px`, () => {
  it.for(pages)('$path', async ({ path }) => {
    await open(phone, path);
    expect(await checkNoHorizontalScroll(phone)).toEqual([]);
  });
});

describe(`chart text at least ${MIN_CHART_TEXT_PX} px on screen`, () => {
  it.for(pages)('$path', async ({ path }) => {
    const failures: string[] = [];
    for (const [width, tab] of [[WIDTHS[0], phone], [WIDTHS[1], desktop]] as const) {
      await open(tab, path);
      for (const f of await checkChartTextSize(tab)) failures.push(`${width} px: ${f}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('citation links: focusable, and any popup closes with Escape', () => {
  it.for(pages)('$path', async ({ path }) => {
    await open(desktop, path);
    expect(await checkCitePopup(desktop)).toEqual([]);
  });
});
