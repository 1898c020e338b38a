import { describe, expect, it } from 'vitest';
import { annotationFromProps, buildChart, type ChartDataset } from '../../../src/lib/charts/build-chart.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes.ts';
import { rects, table, texts } from './fixtures.ts';

const NB = '\u00A0';

const shipments: ChartDataset = {
  id: 'huawei',
  title: 'Huawei shipments',
  file: 'content/datasets/huawei.yaml',
  table: table(
    [
      { name: 'year', type: 'integer' },
      { name: 'market', type: 'string' },
      { name: 'units', type: 'number', unit: 'million units' },
      { name: 'date', type: 'date' },
    ],
    [
      { year: 2019, market: 'global', units: 240.6, date: '2019-12-31' },
      { year: 2020, market: 'global', units: 189, date: '2020-12-31' },
      { year: 2021, market: 'global', units: 35, date: '2021-12-31' },
      { year: 2019, market: 'china', units: 140.6, date: '2019-12-31' },
      { year: 2020, market: 'china', units: 124.9, date: '2020-12-31' },
    ],
  ),
};

const vendors: ChartDataset = {
  id: 'china',
  title: 'China shipments',
  file: 'content/datasets/china.yaml',
  table: table(
    [
      { name: 'year', type: 'integer' },
      { name: 'vendor', type: 'string' },
      { name: 'units', type: 'number', unit: 'million units' },
    ],
    [
      { year: 2019, vendor: 'Huawei', units: 60 },
      { year: 2019, vendor: 'Others', units: 20 },
      { year: 2019, vendor: 'vivo', units: 20 },
      { year: 2020, vendor: 'vivo', units: 30 },
      { year: 2020, vendor: 'Others', units: 10 },
      { year: 2020, vendor: 'Honor', units: 60 },
    ],
  ),
};

describe('buildChart', () => {
  it('lays out a chart for each design width, wide first, titled by the dataset by default', () => {
    const chart = buildChart('BarChart', { dataset: 'huawei', label: 'year', value: 'units', where: 'market=global' }, shipments);
    expect(chart.kind).toBe('bar');
    expect(chart.title).toBe('Huawei shipments');
    expect(chart.layouts.map((layout) => layout.width)).toEqual([WIDE, NARROW]);
    expect(chart.layouts[0]?.title).toBe('Huawei shipments');
  });

  it('draws and returns only the rows the where filter keeps', () => {
    const chart = buildChart('BarChart', { dataset: 'huawei', label: 'year', value: 'units', where: 'market=china' }, shipments);
    expect(chart.rows.map((row) => row.units)).toEqual([140.6, 124.9]);
    expect(rects(chart.layouts[0]!).map((rect) => rect.key)).toEqual(['2019', '2020']);
  });

  it('zooms to from/to on the category column', () => {
    const chart = buildChart('BarChart', { dataset: 'huawei', label: 'year', value: 'units', where: 'market=global', from: 2020 }, shipments);
    expect(chart.rows.map((row) => row.year)).toEqual([2020, 2021]);
  });

  it('passes sort, highlight and orientation to the layout', () => {
    const chart = buildChart(
      'BarChart',
      { dataset: 'huawei', label: 'year', value: 'units', where: 'market=global', sort: 'asc', highlight: 2020, orientation: 'horizontal' },
      shipments,
    );
    const bars = rects(chart.layouts[0]!);
    expect(bars.map((rect) => rect.key)).toEqual(['2021', '2020', '2019']);
    expect(bars.map((rect) => rect.className)).toEqual(['muted', 'highlight', 'muted']);
    expect(bars[0]!.height).toBeLessThan(bars[0]!.width); // horizontal
  });

  it('groups bars of tidy data by the series column, with absent combinations missing', () => {
    const chart = buildChart('BarChart', { dataset: 'huawei', label: 'year', value: 'units', series: 'market' }, shipments);
    const layout = chart.layouts[0]!;
    expect(rects(layout).map((rect) => rect.key)).toEqual(['2019/global', '2019/china', '2020/global', '2020/china', '2021/global']);
    expect(texts(layout, 'missing-label').map((text) => text.key)).toEqual(['2021/china']);
    expect(layout.legend.map((item) => item.label)).toEqual(['global', 'china']);
  });

  it('adds callouts from <Annotation> children after those of the annotations prop', () => {
    const chart = buildChart(
      'BarChart',
      { dataset: 'huawei', label: 'year', value: 'units', where: 'market=global', annotations: [{ at: 2019, text: 'Peak' }] },
      shipments,
      [{ at: '2021', text: 'Omdia' }],
    );
    expect(texts(chart.layouts[0]!, 'annotation-text').map((text) => text.text)).toEqual(['Peak', 'Omdia']);
  });

  it('draws a line chart with a series column', () => {
    const chart = buildChart('LineChart', { dataset: 'huawei', x: 'year', y: 'units', series: 'market' }, shipments);
    expect(chart.kind).toBe('line');
    expect(chart.layouts[0]!.description).toContain(`Highest: global, 240.6${NB}million${NB}units in 2019.`);
  });

  it('pivots tidy data for a stacked bar, greying out and moving "Others" last', () => {
    const chart = buildChart('StackedBar', { dataset: 'china', label: 'year', stack: 'vendor', value: 'units' }, vendors);
    const layout = chart.layouts[0]!;
    expect(layout.legend).toEqual([
      { label: 'Huawei', className: 'series-0' },
      { label: 'vivo', className: 'series-1' },
      { label: 'Honor', className: 'series-2' },
      { label: 'Others', className: 'muted' },
    ]);
    expect(rects(layout).filter((rect) => rect.key?.startsWith('2019/')).map((rect) => rect.key)).toEqual(['2019/Huawei', '2019/vivo', '2019/Others']);
    expect(chart.rows).toHaveLength(6); // the table shows the tidy rows
  });

  it('stacks 100 % shares with percent', () => {
    const chart = buildChart('StackedBar', { dataset: 'china', label: 'year', stack: 'vendor', value: 'units', percent: true }, vendors);
    expect(chart.layouts[0]!.description).toContain(`Largest share: Huawei in 2019, 60${NB}%.`);
  });

  it('lets others name the grey parts', () => {
    const chart = buildChart('StackedBar', { dataset: 'china', label: 'year', stack: 'vendor', value: 'units', others: 'vivo' }, vendors);
    expect(chart.layouts[0]!.legend.map((item) => `${item.label}:${item.className}`)).toEqual(['Huawei:series-0', 'Others:series-1', 'Honor:series-2', 'vivo:muted']);
  });

  it('draws a timeline, highlighting by the key column', () => {
    const chart = buildChart('Timeline', { dataset: 'huawei', date: 'date', text: 'market', key: 'year', where: 'market=global', highlight: '2020' }, shipments);
    expect(chart.kind).toBe('timeline');
    expect(chart.rows).toHaveLength(3);
  });
});

describe('buildChart errors', () => {
  const attempt = (component: 'BarChart' | 'LineChart' | 'StackedBar' | 'Timeline', props: Record<string, unknown>, dataset = shipments) => () =>
    buildChart(component, { dataset: dataset.id, ...props }, dataset);

  it('names the component, dataset and prop of an unknown column', () => {
    expect(attempt('BarChart', { label: 'year', value: 'unit' })).toThrow(
      '<BarChart value="unit">: dataset "huawei" has no column "unit" (known: units, date, year, market). Fix: use a column declared in content/datasets/huawei.yaml',
    );
  });

  it('reports a number prop naming a text column as the wrong type', () => {
    expect(attempt('LineChart', { x: 'year', y: 'market' })).toThrow(
      '<LineChart y="market">: column "market" of dataset "huawei" has the wrong type: it is string, and y needs a number or integer column. Fix: use one of: year (integer), units (number)',
    );
  });

  it('reports a date prop naming a column that is not a date', () => {
    expect(attempt('Timeline', { date: 'year', text: 'market' })).toThrow('<Timeline date="year">: column "year" of dataset "huawei" has the wrong type: it is integer, and date needs a date column. Fix: use one of: date (date)');
  });

  it('reports a missing column prop with the columns to choose from', () => {
    expect(attempt('BarChart', { label: 'year' })).toThrow('<BarChart>: is missing the `value` prop. Fix: write it as value="…", naming a column of "huawei": year, units');
  });

  it('reports an unknown sort or orientation with the allowed values', () => {
    expect(attempt('BarChart', { label: 'year', value: 'units', sort: 'descending' })).toThrow('<BarChart sort="descending">: must be one of "none", "asc", "desc"');
    expect(attempt('StackedBar', { label: 'year', value: 'units', orientation: 'sideways' })).toThrow('<StackedBar orientation="sideways">: must be one of "auto", "horizontal", "vertical"');
  });

  it('reports a where filter on an unknown column', () => {
    expect(attempt('BarChart', { label: 'year', value: 'units', where: 'region=china' })).toThrow('<BarChart where="region=china">: dataset "huawei" has no column "region" to filter on');
  });

  it('reports rows the stack cannot tell apart', () => {
    expect(attempt('StackedBar', { label: 'year', stack: 'market', value: 'units', where: 'year!=2021' }, { ...shipments, table: { ...shipments.table, rows: [...shipments.table.rows, shipments.table.rows[0]!] } })).toThrow(
      '<StackedBar stack="market">: two rows have year = "2019" and market = "global". Fix: keep one row per bar and part',
    );
  });

  it('reports an annotation pointing at no datum, naming the chart', () => {
    expect(attempt('BarChart', { label: 'year', value: 'units', where: 'market=global', annotations: [{ at: '2022', text: 'x' }] })).toThrow(
      '<BarChart at="2022">: matches nothing in the chart (known: 2020, 2021, 2019). Fix: point the callout at one of the known keys',
    );
  });

  it('refuses callouts on a timeline', () => {
    expect(attempt('Timeline', { date: 'date', text: 'market', annotations: [{ at: 'global', text: 'x' }] })).toThrow('<Timeline annotations>: unknown prop "annotations"');
  });

  it('refuses an others part that is not a part', () => {
    expect(attempt('StackedBar', { label: 'year', stack: 'market', value: 'units', others: 'europe' })).toThrow('<StackedBar others="europe">: is not one of the parts (global, china)');
  });
});

describe('annotationFromProps', () => {
  it('returns the callout', () => {
    expect(annotationFromProps('BarChart', { at: 2020, text: 'Low' })).toEqual({ at: 2020, text: 'Low' });
  });

  it('throws without at or text', () => {
    expect(() => annotationFromProps('BarChart', { text: 'Low' })).toThrow('<Annotation>: is missing the `at` prop');
  });
});
