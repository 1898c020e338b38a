import { describe, expect, expectTypeOf, it } from 'vitest';
import { ChartError } from '../../../src/lib/charts/chart-props.ts';
import type { ChartFrame } from '../../../src/lib/charts/chart-type.ts';
import { LINE_CHART, lineChart, type LineChartProps } from '../../../src/lib/charts/line-chart.ts';
import { layoutLineChart } from '../../../src/lib/charts/line-layout.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes.ts';
import { paths, table, texts } from './fixtures.ts';

const shipments = table(
  [
    { name: 'year', type: 'integer' },
    { name: 'market', type: 'string' },
    { name: 'units', type: 'number', unit: 'million units' },
    { name: 'share', type: 'number', unit: '%' },
  ],
  [
    { year: 2019, market: 'global', units: 240, share: 17 },
    { year: 2020, market: 'global', units: 189, share: 15 },
    { year: 2019, market: 'china', units: 140, share: 38 },
    { year: 2020, market: 'china', units: 125, share: 41 },
  ],
);
const frame: ChartFrame = { title: 'Shipments', highlight: [], annotations: [] };
const base = { dataset: 'shipments', x: 'year', y: 'units' } as const;

describe('LINE_CHART', () => {
  it('takes the shared chart props, x, y, series, labels and zero', () => {
    expect(Object.keys(LINE_CHART.props)).toEqual(['dataset', 'title', 'note', 'where', 'from', 'to', 'highlight', 'annotations', 'x', 'y', 'series', 'labels', 'zero']);
  });

  it('draws over a date or number x column, and number y columns, one or several', () => {
    expect(LINE_CHART.props.x).toMatchObject({ kind: 'column', types: ['date', 'number', 'integer'], required: true });
    expect(LINE_CHART.props.y).toMatchObject({ kind: 'column', types: ['number', 'integer'], list: true, required: true });
    expect(LINE_CHART.props.labels.values).toEqual(['auto', 'legend']);
  });

  it('holds <Annotation> callouts', () => {
    expect(LINE_CHART.children).toBe('annotations');
  });

  it('types its props from the declaration', () => {
    expectTypeOf<LineChartProps['x']>().toEqualTypeOf<string>();
    expectTypeOf<LineChartProps['y']>().toEqualTypeOf<string | readonly string[]>();
    expectTypeOf<LineChartProps['labels']>().toEqualTypeOf<'auto' | 'legend' | undefined>();
    expectTypeOf<LineChartProps['zero']>().toEqualTypeOf<boolean | undefined>();
  });
});

describe('lineChart', () => {
  it('is the line kind and zooms on the x column', () => {
    expect(lineChart.kind).toBe('line');
    expect(lineChart.spec).toBe(LINE_CHART);
    expect(lineChart.zoomColumn(base)).toBe('year');
  });

  it('lays out one line per series value at the width asked for, with the frame', () => {
    const withFrame: ChartFrame = { title: 'Shipments', highlight: ['china'], annotations: [{ target: 'china@2020', text: 'Low' }] };
    const draw = lineChart.prepare({ ...base, series: 'market' }, shipments, withFrame);
    for (const width of [WIDE, NARROW]) {
      expect(draw(width)).toEqual(layoutLineChart(shipments, { width, x: 'year', y: ['units'], series: 'market', title: 'Shipments', highlight: ['china'], annotations: [{ target: 'china@2020', text: 'Low' }] }));
    }
    expect(paths(draw(WIDE)).map((path) => path.key)).toEqual(['global', 'china']);
  });

  it('draws one line per y column when several are given', () => {
    const layout = lineChart.prepare({ ...base, y: ['units', 'share'], where: 'market=global' }, shipments, frame)(WIDE);
    expect(paths(layout).map((path) => path.key)).toEqual(['units', 'share']);
  });

  it('names the lines in a legend with labels="legend"', () => {
    const ends = lineChart.prepare({ ...base, series: 'market' }, shipments, frame)(WIDE);
    const legend = lineChart.prepare({ ...base, series: 'market', labels: 'legend' }, shipments, frame)(WIDE);
    expect(texts(ends, 'series-label').map((text) => text.text)).toEqual(['global', 'china']);
    expect(texts(legend, 'series-label')).toEqual([]);
    expect(legend.legend.map((item) => item.label)).toEqual(['global', 'china']);
  });

  const global = { ...shipments, rows: shipments.rows.filter((row) => row.market === 'global') };

  it('starts the vertical axis at zero by default', () => {
    expect(lineChart.prepare(base, global, frame)(WIDE).yTicks[0]?.value).toBe(0);
  });

  it('lets the vertical axis start near the data with zero={false}', () => {
    const layout = lineChart.prepare({ ...base, zero: false }, global, frame)(WIDE);
    expect(layout).toEqual(layoutLineChart(global, { width: WIDE, x: 'year', y: ['units'], title: 'Shipments', highlight: [], annotations: [], includeZero: false }));
    expect(layout.yTicks[0]?.value).toBeGreaterThan(0);
  });

  it('refuses a series column together with several y columns, naming series', () => {
    expect(() => lineChart.prepare({ ...base, y: ['units', 'share'], series: 'market' }, shipments, frame)).toThrow(ChartError);
    expect(() => lineChart.prepare({ ...base, y: ['units', 'share'], series: 'market' }, shipments, frame)).toThrow(
      '<LineChart series="market">: use either several y columns or a series column, not both. Fix: remove `series`, or give one y column',
    );
  });
});
