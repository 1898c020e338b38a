// axe-core finds no violations on any page, in light and dark, at phone and desktop widths.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkAccessibility } from './gates/accessibility.ts';
import { MODES, viewport } from './modes.ts';
import { findPages } from './pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, distDir } from './site-env.ts';

const pages = findPages(distDir(), basePath());
const session = useSiteSession(distDir, basePath);
let tabs: Page[] = [];

// One context (and tab) per mode, reused for every page.
beforeAll(async () => {
  tabs = await Promise.all(MODES.map((m) => session.newTab({ viewport: viewport(m.width), colorScheme: m.scheme })));
});

describe('accessibility (axe)', () => {
  it.for(pages)('$path', async ({ path }) => {
    const failures: string[] = [];
    for (const [i, mode] of MODES.entries()) {
      const tab = tabs[i];
      if (!tab) throw new Error(`no tab for ${mode.label}`);
      await tab.goto(session.server.url(path), { waitUntil: 'load' });
      for (const violation of await checkAccessibility(tab)) failures.push(`${mode.label}: ${violation}`);
    }
    expect(failures).toEqual([]);
  });
});
