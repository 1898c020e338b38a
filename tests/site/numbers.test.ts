// Numbers that agree with themselves: every number a chart, a chart's data table or a claim card's figure check shows
// for dataset rows equals those rows' values as the CSV has them (tests/site/gates/numbers.ts), on every story of the
// build; and the check can fail (a share recomputed from units, a wrong table cell, a wrong figure).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetEntry } from '../../src/lib/content/bundle.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { findUsages, type Usage } from '../../src/lib/content/story-mdx.ts';
import type { StepProps } from '../../src/lib/charts/scrolly-steps.ts';
import { filterRows } from '../../src/lib/datasets/row-filter.ts';
import { repoRoot } from '../../tools/site/build-site.ts';
import { chartNumberMismatches, chartsOf, compareChartNumbers, csvDataset, figureMismatch, tableNumberMismatches, type CsvDataset } from './gates/numbers.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, contentDir, distDir } from './site-env.ts';

const { bundle } = readContent(repoRoot, contentDir());
// csvFile is relative to the project root the content was read under.
const datasets = new Map(bundle.datasets.map((d) => [d.id, csvDataset(d, readFileSync(resolve(repoRoot, d.csvFile), 'utf8'))]));
const CHART_TAGS = new Set(['BarChart', 'LineChart', 'StackedBar', 'Timeline', 'Scrolly']);
const session = useSiteSession(distDir, basePath);

function dataOf(id: unknown): CsvDataset {
  const data = datasets.get(String(id));
  if (!data) throw new Error(`no dataset ${String(id)}`);
  return data;
}

/** The chart tags of a story in reading order, each with the props of the <Step>s inside it. */
function chartTags(body: string): Array<{ usage: Usage; steps: StepProps[] }> {
  const usages = findUsages(body);
  return usages.flatMap((usage, index) =>
    CHART_TAGS.has(usage.component) ? [{ usage, steps: usages.filter((u) => u.component === 'Step' && u.parentIndex === index).map((u) => u.props as StepProps) }] : [],
  );
}

let noJs: Page;
beforeAll(async () => {
  noJs = await session.newTab({ javaScriptEnabled: false });
});

describe('every number a chart draws is its row\'s value in the CSV', () => {
  it.for(bundle.stories.map((story) => ({ story, id: story.id })))('$id', ({ story }) => {
    const problems: string[] = [];
    const compared: Record<string, number> = {};
    for (const { usage, steps } of chartTags(story.body)) {
      for (const [index, chart] of chartsOf(usage.component, usage.props, steps).entries()) {
        const label = `line ${usage.line} <${usage.component}${usage.component === 'Scrolly' ? ` step ${index + 1}` : ''}>`;
        const result = compareChartNumbers(chart.component, chart.props, dataOf(usage.props.dataset), label);
        compared[usage.component] = (compared[usage.component] ?? 0) + result.compared;
        problems.push(...result.problems);
      }
    }
    // Not vacuous: bar and stacked-bar charts label every bar or segment with its number.
    for (const component of ['BarChart', 'StackedBar']) if (component in compared) expect(compared[component], component).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe('every number a chart\'s table and a claim card show is the CSV\'s', () => {
  it.for(bundle.stories.map((story) => ({ story, id: story.id })))('$id', async ({ story }) => {
    await noJs.goto(session.server.url(`${basePath()}${story.id}/`), { waitUntil: 'load' });
    const problems: string[] = [];
    const tables = await noJs.$$eval('figure.chart', (figures) => figures.map((f) => [...f.querySelectorAll('table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))));
    const tags = chartTags(story.body);
    expect(tables.length).toBe(tags.length);
    tags.forEach(({ usage }, i) => {
      const data = dataOf(usage.props.dataset);
      const rows = filterRows(data.entry.table, typeof usage.props.where === 'string' ? usage.props.where : undefined).rows;
      problems.push(...tableNumberMismatches(tables[i] ?? [], rows, data, `line ${usage.line} <${usage.component}> table`));
    });
    const cards = await noJs.$$eval('article.claim-card', (found) =>
      found.map((card) => ({
        slug: card.getAttribute('data-claim') ?? '',
        said: [...card.querySelectorAll('.figure-check')].map((dl) => {
          const dd = [...dl.querySelectorAll('dd')].find((d) => d.querySelector('.k')?.textContent?.trim() === 'The data say');
          return (dd?.textContent ?? '').replace('The data say', '').trim();
        }),
      })),
    );
    let checked = 0;
    for (const card of cards) {
      const claim = bundle.claims.find((c) => c.story === story.id && c.slug === card.slug);
      const figures = claim?.data.figures ?? [];
      expect(card.said.length, card.slug).toBe(figures.length);
      figures.forEach((check, i) => {
        if (!check.compute) return;
        checked += 1;
        const problem = figureMismatch(check, card.said[i] ?? '', dataOf(check.compute.dataset), `${card.slug} figure ${i + 1}`);
        if (problem) problems.push(problem);
      });
    }
    if (story.id === 'xiaomi-harmonyos') expect(checked).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });
});

describe('the check can fail', () => {
  const china = () => dataOf('china-shipments');
  const entry = (): DatasetEntry => china().entry;

  it('a stacked bar recomputing shares from units disagrees with the shares IDC publishes (vivo 2021: 21.6 % vs 21.5 %)', () => {
    const problems = chartNumberMismatches('StackedBar', { dataset: 'china-shipments', label: 'year', stack: 'vendor', value: 'units', percent: true }, china(), 'percent chart');
    expect(problems).toContain('percent chart 640 px, 2021/vivo: shows 21.6\u00A0%, the CSV has 21.5\u00A0%');
    // The chart the story draws, from the published shares, agrees.
    expect(chartNumberMismatches('StackedBar', { dataset: 'china-shipments', label: 'year', stack: 'vendor', value: 'share' }, china(), 'share chart')).toEqual([]);
  });

  it('a table cell that is not the CSV value, and a source given by its id', () => {
    const rows = entry().table.rows.slice(0, 1);
    const right = [['2019', 'Huawei (incl. Honor)', '140.6', '38.4', 'IDC (2021-02-01)']];
    expect(tableNumberMismatches(right, rows, china(), 'table')).toEqual([]);
    const wrong = [['2019', 'Huawei (incl. Honor)', '140.5', '38.4', 'idc-china-2020']];
    expect(tableNumberMismatches(wrong, rows, china(), 'table')).toEqual([
      'table row 1, units: shows 140.5, the CSV has 140.6',
      'table row 1, source: shows the source id idc-china-2020, not the source\'s name',
    ]);
  });

  it('a figure check whose "data say" is not what the CSV gives', () => {
    const check = { label: 'vivo 2021', stated: 21.5, statedText: '21.5%', unit: '%', compute: { dataset: 'china-shipments', column: 'share', op: 'value' as const, of: [{ vendor: 'vivo', year: 2021 }], scale: 1 }, tolerance: { absolute: 0.1 }, bound: 'exact' as const, assessment: 'accurate' as const };
    expect(figureMismatch(check, '21.5\u00A0%', china(), 'card')).toBeUndefined();
    expect(figureMismatch(check, '21.6\u00A0%', china(), 'card')).toBe('card: the card says the data give 21.6\u00A0%, the CSV gives 21.5\u00A0%');
  });
});
