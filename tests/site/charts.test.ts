// Charts on the built site: every chart a story's MDX asks for is on its page as an accessible figure
// (SVG with title and a description naming the largest value, the data table, the source line and a
// working CSV link), scrollies render every step without JavaScript, the chart gallery shows every
// kind, and chart text keeps 4.5:1 contrast in light and dark.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatValue, formatValueLong } from '../../src/lib/text/number-format.ts';
import { filterRows } from '../../src/lib/datasets/row-filter.ts';
import type { DatasetEntry } from '../../src/lib/content/bundle.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import type { Row } from '../../src/lib/content/table.ts';
import { findUsages, type PropValue, type Usage } from '../../src/lib/content/story-mdx.ts';
import { repoRoot } from '../../tools/site/build-site.ts';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, contentDir, distDir } from './site-env.ts';

const CHARTS = new Set(['BarChart', 'LineChart', 'StackedBar', 'Timeline', 'Scrolly']);
const KIND: Record<string, string> = { BarChart: 'bar', LineChart: 'line', StackedBar: 'stacked-bar', Timeline: 'timeline', Scrolly: 'scrolly' };

const { bundle } = readContent(repoRoot, contentDir());
const storyPages = findPages(distDir(), basePath()).filter((page) => page.kind === 'story');
const session = useSiteSession(distDir, basePath);

const SCROLLY_KIND: Record<string, string> = { bar: 'bar', line: 'line', stacked: 'stacked-bar', timeline: 'timeline' };

/** A chart tag of the MDX, with the <Step> tags that follow a <Scrolly>. */
interface ChartUsage extends Usage {
  steps: Usage[];
  /** The tag as written, for bare boolean props such as `percent`. */
  tag: string;
}

function chartUsages(body: string): ChartUsage[] {
  const lines = body.split('\n');
  const charts: ChartUsage[] = [];
  for (const usage of findUsages(body)) {
    const tag = new RegExp(`<${usage.component}\\b[^>]*>`).exec(lines.slice(usage.line - 1).join('\n'))?.[0] ?? '';
    if (CHARTS.has(usage.component)) charts.push({ ...usage, steps: [], tag });
    else if (usage.component === 'Step') charts.at(-1)?.steps.push(usage);
  }
  return charts;
}

const text = (value: PropValue | undefined): string | undefined => (Array.isArray(value) ? String(value[0]) : typeof value === 'string' ? value : undefined);

function datasetOf(usage: Usage): DatasetEntry {
  const dataset = bundle.datasets.find((candidate) => candidate.id === usage.props.dataset);
  if (!dataset) throw new Error(`no dataset ${String(usage.props.dataset)}`);
  return dataset;
}

/** The rows a chart draws, from the content (not the build): the dataset filtered by `where`. */
function chartRows(usage: Usage): Row[] {
  return filterRows(datasetOf(usage).table, text(usage.props.where)).rows;
}

/** What the chart's description must mention: its largest value as the description words it, or for timelines the last event. */
function expectedMention(usage: ChartUsage, chart: string): string {
  const dataset = datasetOf(usage);
  const rows = chartRows(usage);
  const column = (name: string | undefined) => dataset.table.columns.find((candidate) => candidate.name === name);
  const numbers = (name: string) => rows.map((row) => row[name]).filter((cell): cell is number => typeof cell === 'number');
  if (chart === 'timeline') {
    const dates = rows.map((row) => String(row[text(usage.props.date) ?? ''])).sort();
    const last = rows.find((row) => String(row[text(usage.props.date) ?? '']) === dates.at(-1));
    return String(last?.[text(usage.props.text) ?? ''] ?? '');
  }
  const valueName = chart === 'line' ? text(usage.props.y) : text(usage.props.value);
  const unit = column(valueName)?.unit;
  if (chart !== 'stacked-bar') return formatValueLong(Math.max(...numbers(valueName ?? '')), unit);
  // Stacked bars: the largest total, or in percent mode the largest single share.
  const label = text(usage.props.label) ?? '';
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(String(row[label]), (totals.get(String(row[label])) ?? 0) + Number(row[valueName ?? ''] ?? 0));
  if (!/\spercent[\s/>]/.test(usage.tag)) return formatValueLong(Math.max(...totals.values()), unit);
  const shares = rows.map((row) => (Number(row[valueName ?? '']) / (totals.get(String(row[label])) ?? 1)) * 100);
  return formatValue(Math.max(...shares), '%');
}

interface FigureInfo {
  id: string;
  kind: string | null;
  dataset: string | null;
  svgs: { labelledBy: string; title: string; titleInside: boolean; desc: string; descInside: boolean; role: string | null }[];
  tableRows: number;
  caption: string;
  sourceLinks: number;
  csvHref: string | null;
  steps: number;
  stepGraphics: number[];
}

async function figures(page: Page): Promise<FigureInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure.chart')].map((figure) => {
      const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].map((svg) => {
        const title = document.getElementById(svg.getAttribute('aria-labelledby') ?? '');
        const desc = document.getElementById(svg.getAttribute('aria-describedby') ?? '');
        return {
          labelledBy: svg.getAttribute('aria-labelledby') ?? '',
          title: title?.textContent?.trim() ?? '',
          titleInside: title?.parentNode === svg && title.tagName === 'title',
          desc: desc?.textContent?.trim() ?? '',
          descInside: desc?.parentNode === svg && desc.tagName === 'desc',
          role: svg.getAttribute('role'),
        };
      });
      const steps = [...figure.querySelectorAll('[data-scrolly-step]')];
      return {
        id: figure.id,
        kind: figure.dataset.chart ?? null,
        dataset: figure.dataset.dataset ?? null,
        svgs,
        tableRows: figure.querySelectorAll('table tbody tr').length,
        caption: figure.querySelector('.chart__source')?.textContent ?? '',
        sourceLinks: figure.querySelectorAll('.chart__source a:not([download])').length,
        csvHref: figure.querySelector('a[download]')?.getAttribute('href') ?? null,
        steps: steps.length,
        // svg count of the graphic that follows each step's text
        stepGraphics: steps.map((step) => step.nextElementSibling?.querySelectorAll('svg[role="img"]').length ?? 0),
      };
    }),
  );
}

/** The dist file for a site path under the base path. */
const distFile = (path: string) => join(distDir(), decodeURIComponent(path.slice(basePath().length)));

let noJs: Page;
let phone: Page;

beforeAll(async () => {
  [noJs, phone] = await Promise.all([session.newTab({ javaScriptEnabled: false }), session.newTab({ viewport: { width: 360, height: 800 } })]);
});

describe('charts in stories, as built (no JavaScript)', () => {
  it('the build has stories to check', () => {
    expect(storyPages.length).toBeGreaterThan(0);
  });

  describe.for(storyPages)('$path', ({ path, name }) => {
    const storyId = name.replace(/^story-/, '');
    const story = bundle.stories.find((candidate) => candidate.id === storyId);
    const usages = chartUsages(story?.body ?? '');
    let found: FigureInfo[] = [];

    beforeAll(async () => {
      await noJs.goto(session.server.url(path), { waitUntil: 'load' });
      found = await figures(noJs);
    });

    it('has one figure per chart tag in the MDX, in order, for the dataset named', () => {
      expect(found.map((figure) => [figure.kind, figure.dataset])).toEqual(usages.map((usage) => [KIND[usage.component], usage.props.dataset]));
    });

    it.for(usages.map((usage, index) => ({ usage, index, label: `${usage.component} ${String(usage.props.dataset)} (line ${usage.line})` })))(
      '$label',
      ({ usage, index }) => {
        const figure = found[index];
        if (!figure) throw new Error('figure missing');
        const chart = usage.component === 'Scrolly' ? (SCROLLY_KIND[text(usage.props.chart) ?? 'bar'] ?? '') : (figure.kind ?? '');
        // An SVG per layout (wide and narrow; per step for a scrolly), each an image named by its title and described by its desc.
        expect(figure.svgs.length).toBe(usage.component === 'Scrolly' ? 2 * usage.steps.length : 2);
        for (const svg of figure.svgs) {
          expect(svg.role).toBe('img');
          expect(svg.titleInside && svg.title.length > 0).toBe(true);
          expect(svg.descInside && svg.desc.length > 0).toBe(true);
        }
        // The description (of the full chart: the last step of a scrolly) names the largest value.
        expect(figure.svgs.at(-1)?.desc).toContain(expectedMention(usage, chart));
        // The table has one row per row drawn; the caption names the sources; the CSV is in the build.
        expect(figure.tableRows).toBe(chartRows(usage).length);
        expect(figure.caption).toMatch(/^Source: \S/);
        expect(figure.sourceLinks).toBeGreaterThan(0);
        expect(figure.csvHref).toBe(`${basePath()}data/${String(usage.props.dataset)}.csv`);
        const csv = distFile(figure.csvHref ?? '');
        expect(existsSync(csv)).toBe(true);
        expect(csvParse(readFileSync(csv, 'utf8')).length).toBe(datasetOf(usage).table.rows.length);
        // The download is the editor's file byte for byte, not a re-serialisation of the parsed rows.
        expect(readFileSync(csv).equals(readFileSync(join(contentDir(), 'datasets', `${String(usage.props.dataset)}.csv`)))).toBe(true);
        if (usage.component === 'Scrolly') {
          // Every step is there without JavaScript, each followed by its own chart (wide and narrow).
          expect(figure.steps).toBe(usage.steps.length);
          expect(figure.stepGraphics).toEqual(usage.steps.map(() => 2));
        }
      },
    );

    it('gives every element a unique id, so each chart\'s title and desc are its own', async () => {
      const duplicates = await noJs.evaluate(() => {
        const seen = new Map<string, number>();
        for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
        return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
      });
      expect(duplicates).toEqual([]);
    });

    it('shows one layout per chart: the narrow one on a 360 px phone, the wide one on a desktop', async () => {
      const visibleWidths = async (page: Page) =>
        page.evaluate(() =>
          [...document.querySelectorAll('.chart__graphic')].map((graphic) =>
            [...graphic.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter((svg) => svg.checkVisibility()).map((svg) => svg.viewBox.baseVal.width),
          ),
        );
      await phone.goto(session.server.url(path), { waitUntil: 'load' });
      for (const widths of await visibleWidths(phone)) expect(widths).toEqual([340]);
      await noJs.setViewportSize({ width: 1280, height: 800 });
      for (const widths of await visibleWidths(noJs)) expect(widths).toEqual([640]);
    });
  });
});

describe('chart text contrast', () => {
  /** Contrast of every visible chart text with what is behind it (a bar under it, else the page). */
  async function lowContrast(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return ['no canvas'];
      const rgba = (color: string): number[] => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = '#000';
        context.fillStyle = color;
        context.fillRect(0, 0, 1, 1);
        return [...context.getImageData(0, 0, 1, 1).data];
      };
      const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
        [r, g, b].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const blend = (top: number[], alpha: number, under: number[]) => top.slice(0, 3).map((c, i) => c * alpha + (under[i] ?? 0) * (1 - alpha));
      const page = rgba(getComputedStyle(document.body).backgroundColor);
      const problems: string[] = [];
      for (const text of document.querySelectorAll<SVGTextElement>('figure.chart svg text')) {
        if (!text.checkVisibility({ opacityProperty: true }) || !text.textContent?.trim()) continue;
        const box = text.getBoundingClientRect();
        if (box.width === 0 || box.bottom < 0 || box.top > innerHeight) continue;
        const under = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2).find((el) => el instanceof SVGRectElement);
        let background = page;
        if (under) {
          const style = getComputedStyle(under);
          background = blend(rgba(style.fill), Number(style.fillOpacity), page);
        }
        const style = getComputedStyle(text);
        const fill = blend(rgba(style.fill), Number(style.fillOpacity), background);
        const [a, b] = [luminance(fill), luminance(background)];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 4.5) problems.push(`"${text.textContent.trim()}" (${text.getAttribute('class')}) ${ratio.toFixed(2)}:1`);
      }
      return problems;
    });
  }

  const pages = [...storyPages.map((page) => page.path), `${basePath()}charts/`];
  describe.for(['light', 'dark'] as const)('%s', (scheme) => {
    it.for(pages)('%s', async (path) => {
      const tab = await session.newTab({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, javaScriptEnabled: false });
      await tab.goto(session.server.url(path), { waitUntil: 'load' });
      const problems: string[] = [];
      // Text is checked where it is on screen, so scroll each chart into view.
      for (const figure of await tab.locator('figure.chart').all()) {
        await figure.scrollIntoViewIfNeeded();
        problems.push(...(await lowContrast(tab)));
      }
      await tab.context().close();
      expect([...new Set(problems)]).toEqual([]);
    });
  });
});

describe('chart gallery', () => {
  const galleryPath = `${basePath()}charts/`;
  let gallery: FigureInfo[] = [];
  let snippets: string[] = [];

  beforeAll(async () => {
    await noJs.goto(session.server.url(galleryPath), { waitUntil: 'load' });
    gallery = await figures(noJs);
    snippets = await noJs.evaluate(() => [...document.querySelectorAll('.gallery__example')].map((example) => example.querySelector('pre code')?.textContent ?? ''));
  });

  it('is built', () => {
    expect(existsSync(distFile(galleryPath) + 'index.html')).toBe(true);
  });

  it('shows every chart kind', () => {
    expect(new Set(gallery.map((figure) => figure.kind))).toEqual(new Set(Object.values(KIND)));
  });

  it('shows each example with the MDX that produced it', () => {
    expect(snippets.length).toBe(gallery.length);
    gallery.forEach((figure, index) => {
      const usage = findUsages(snippets[index] ?? '')[0];
      expect(usage && KIND[usage.component]).toBe(figure.kind);
      expect(usage?.props.dataset).toBe(figure.dataset);
    });
  });

  it('shows the options editors can use', () => {
    const all = snippets.join('\n');
    for (const option of ['sort="desc"', 'highlight=', 'orientation="vertical"', 'series=', 'where=', 'percent', '<Annotation', '<Step', 'stack=']) {
      expect(all).toContain(option);
    }
  });

  it('draws every example accessibly, with its data table', () => {
    for (const figure of gallery) {
      expect(figure.svgs.length).toBeGreaterThanOrEqual(2);
      expect(figure.svgs.every((svg) => svg.role === 'img' && svg.title && svg.desc)).toBe(true);
      expect(figure.tableRows).toBeGreaterThan(0);
    }
  });
});
