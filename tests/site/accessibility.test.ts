// axe-core finds no violations on any page, in light and dark, at phone and desktop widths.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkAccessibility } from './gates/accessibility.ts';
import { MODES, viewport } from '../../tools/site/modes.ts';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, distDir } from './site-env.ts';

const pages = findPages(distDir(), basePath());
const session = useSiteSession(distDir, basePath);
let tabs: Page[] = [];

// One context (and tab) per mode, reused for every page.
beforeAll(async () => {
  tabs = await Promise.all(MODES.map((m) => session.newTab({ viewport: viewport(m.width), colorScheme: m.scheme })));
});

/** "360-dark: <violation>", or "all modes: <violation>" when every mode has it, to keep reports short. */
function byMode(found: { mode: string; violations: string[] }[]): string[] {
  const modesOf = new Map<string, string[]>();
  for (const { mode, violations } of found) for (const v of violations) modesOf.set(v, [...(modesOf.get(v) ?? []), mode]);
  return [...modesOf].map(([v, modes]) => `${modes.length === MODES.length ? 'all modes' : modes.join(', ')}: ${v}`);
}

describe('accessibility (axe)', () => {
  it.for(pages)('$path', async ({ path }) => {
    // The four modes run side by side in their own tabs.
    const found = await Promise.all(
      MODES.map(async (mode, i) => {
        const tab = tabs[i];
        if (!tab) throw new Error(`no tab for ${mode.label}`);
        await tab.goto(session.server.url(path), { waitUntil: 'load' });
        return { mode: mode.label, violations: await checkAccessibility(tab) };
      }),
    );
    expect(byMode(found)).toEqual([]);
  });
});
