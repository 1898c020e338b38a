// No text drawn over other text, over a box that is not its own, or into the footer: every page, at phone and
// desktop widths, light and dark. The gate can fail: tests/fixtures/broken-site/overlap (gates-can-fail.test.ts).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkNoOverlap } from './gates/overlap.ts';
import { MODES, viewport } from '../../tools/site/modes.ts';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, distDir } from './site-env.ts';

const pages = findPages(distDir(), basePath());

const session = useSiteSession(distDir, basePath);
let tabs: Page[] = [];

beforeAll(async () => {
  tabs = await Promise.all(MODES.map((m) => session.newTab({ viewport: viewport(m.width), colorScheme: m.scheme })));
});

async function overlapsInEveryMode(path: string): Promise<string[]> {
  const found = await Promise.all(
    MODES.map(async (mode, i) => {
      const tab = tabs[i];
      if (!tab) throw new Error(`no tab for ${mode.label}`);
      await tab.goto(session.server.url(path), { waitUntil: 'load' });
      return (await checkNoOverlap(tab)).map((failure) => `${mode.label}: ${failure}`);
    }),
  );
  return found.flat();
}

describe('no text over text, over a box or into the footer', () => {
  it('has pages of every kind to check', () => {
    expect(new Set(pages.map((p) => p.kind))).toEqual(new Set(['story', 'claim', 'embed', 'other']));
  });

  it.for(pages)('$path', async ({ path }) => {
    expect(await overlapsInEveryMode(path)).toEqual([]);
  });
});
