import { describe, expect, it } from 'vitest';
import { chartData, chartSources } from '../../../src/lib/charts/chart-figure.ts';
import { dataset, salesDataset } from '../integrity/make-bundle.ts';
import { demoContext } from '../story/make-context.ts';

/** Rows citing their own source in a `source` column; the dataset as a whole also cites news. */
const cited = dataset(
  'cited',
  [
    { name: 'region', type: 'string' },
    { name: 'units', type: 'number' },
    { name: 'source', type: 'source' },
  ],
  [
    { region: 'global', units: 190, source: 'stats' },
    { region: 'china', units: 51, source: 'ghost' },
  ],
  { sources: ['stats', 'news'] },
);

describe('chartData', () => {
  it('gives the dataset entry and the same dataset as the chart builder takes it', () => {
    const entry = salesDataset();
    const data = chartData(demoContext({ datasets: [entry] }), 'sales');
    expect(data.entry).toBe(entry);
    expect(data.dataset).toEqual({ id: 'sales', title: 'Dataset sales', file: 'content/datasets/sales.yaml', table: entry.table });
  });

  it('throws naming the story file for a dataset the story does not have', () => {
    expect(() => chartData(demoContext(), 'nope')).toThrow('content/stories/demo/index.mdx: no dataset "nope"');
  });
});

describe('chartSources', () => {
  it("lists the dataset's sources when it has no source column", () => {
    const entry = salesDataset();
    const story = demoContext({ datasets: [entry] });
    expect(chartSources(story, entry, entry.table.rows).map((source) => source.id)).toEqual(['stats']);
  });

  it('lists the sources of the rows drawn, then those of the dataset no row cites', () => {
    const story = demoContext({ datasets: [cited] });
    expect(chartSources(story, cited, cited.table.rows.slice(0, 1)).map((source) => source.id)).toEqual(['stats', 'news']);
  });

  it('gives the source entries themselves, as the source line prints them', () => {
    const story = demoContext({ datasets: [cited] });
    expect(chartSources(story, cited, [])[0]).toBe(story.sources.get('news'));
  });

  it('leaves out a source id the site does not have (the content checks report it)', () => {
    const story = demoContext({ datasets: [cited] });
    expect(chartSources(story, cited, cited.table.rows).map((source) => source.id)).toEqual(['stats', 'news']);
  });
});
