// No layout shift caused by late content: on every page, at phone and desktop widths, the cumulative layout shift
// after load and a short settle is under 0.01, and no image lacks its dimensions. The check can fail: the
// late-content page of tests/fixtures/over-budget injects a banner above the text after load.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { viewport, WIDTHS } from '../../tools/site/modes.ts';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, distDir } from './site-env.ts';

const MAX_CLS = 0.01;
const SETTLE_MS = 500;

interface LayoutShiftReport {
  /** Sum of every layout-shift entry not caused by input (at least the CLS session-window value). */
  cls: number;
  /** The elements that moved, for the message. */
  shifted: string[];
  /** <img> without width and height attributes (and no CSS aspect-ratio), which shift text as they load. */
  unsizedImages: string[];
}

/** Measures the page already loaded in `tab`: waits `settleMs`, then reads every buffered 'layout-shift' entry. */
async function measureLayoutShift(tab: Page, settleMs = SETTLE_MS): Promise<LayoutShiftReport> {
  return tab.evaluate(async (settle) => {
    await new Promise((done) => setTimeout(done, settle));
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    interface ShiftEntry extends PerformanceEntry {
      value: number;
      hadRecentInput: boolean;
      sources?: Array<{ node?: Node | null }>;
    }
    const entries = await new Promise<ShiftEntry[]>((done) => {
      const found: ShiftEntry[] = [];
      const observer = new PerformanceObserver((list) => found.push(...(list.getEntries() as ShiftEntry[])));
      observer.observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => {
        found.push(...(observer.takeRecords() as ShiftEntry[]));
        observer.disconnect();
        done(found);
      }, 100);
    });
    const describe = (node: Node | null | undefined) => {
      if (!(node instanceof Element)) return node?.nodeName.toLowerCase() ?? '?';
      return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${[...node.classList].slice(0, 2).map((c) => `.${c}`).join('')}`;
    };
    const shifts = entries.filter((e) => !e.hadRecentInput);
    const unsizedImages = [...document.images]
      .filter((img) => !(img.hasAttribute('width') && img.hasAttribute('height')) && getComputedStyle(img).aspectRatio === 'auto')
      .map((img) => img.getAttribute('src') ?? '(no src)');
    return {
      cls: shifts.reduce((sum, e) => sum + e.value, 0),
      shifted: [...new Set(shifts.flatMap((e) => (e.sources ?? []).map((s) => describe(s.node))))].slice(0, 5),
      unsizedImages,
    };
  }, settleMs);
}

function layoutShiftFailures(report: LayoutShiftReport, label: string): string[] {
  const failures: string[] = [];
  if (report.cls >= MAX_CLS) failures.push(`${label}: cumulative layout shift ${report.cls.toFixed(4)} ≥ ${MAX_CLS} (moved: ${report.shifted.join(', ') || 'unknown'})`);
  for (const src of report.unsizedImages) failures.push(`${label}: image without width and height: ${src}`);
  return failures;
}

const pages = findPages(distDir(), basePath());
const session = useSiteSession(distDir, basePath);
let tabs: Page[] = [];

beforeAll(async () => {
  tabs = await Promise.all(WIDTHS.map((width) => session.newTab({ viewport: viewport(width) })));
});

describe(`layout shift: CLS < ${MAX_CLS} after load + ${SETTLE_MS} ms`, () => {
  it.for(pages)('$path', async ({ path }) => {
    const failures = await Promise.all(
      WIDTHS.map(async (width, i) => {
        const tab = tabs[i];
        if (!tab) throw new Error(`no tab for ${width} px`);
        await tab.goto(session.server.url(path), { waitUntil: 'load' });
        return layoutShiftFailures(await measureLayoutShift(tab), `${width} px`);
      }),
    );
    expect(failures.flat()).toEqual([]);
  });
});

// The check can fail: a page that injects content above the fold after load, with an image without dimensions.
const FIXTURE = resolve(import.meta.dirname, '../fixtures/over-budget');
const fixture = useSiteSession(() => FIXTURE, () => '/marginalia/');

describe('layout shift: the check can fail', () => {
  it('passes the control page and reports the late banner and the unsized image', async () => {
    const tab = await fixture.newTab({ viewport: viewport(360) });
    await tab.goto(fixture.server.url('/marginalia/'), { waitUntil: 'load' });
    expect(layoutShiftFailures(await measureLayoutShift(tab), 'control')).toEqual([]);
    await tab.goto(fixture.server.url('/marginalia/late-content/'), { waitUntil: 'load' });
    const report = await measureLayoutShift(tab);
    expect(report.cls).toBeGreaterThan(0.05);
    expect(layoutShiftFailures(report, 'late')).toEqual([
      expect.stringMatching(/^late: cumulative layout shift 0\.\d{4} ≥ 0\.01 \(moved: .*\)$/),
      'late: image without width and height: /marginalia/_astro/pic.svg',
    ]);
  });
});
