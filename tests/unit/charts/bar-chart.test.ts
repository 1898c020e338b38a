import { describe, expect, expectTypeOf, it } from 'vitest';
import { BAR_CHART, barChart, type BarChartProps } from '../../../src/lib/charts/bar-chart.ts';
import { layoutBarChart } from '../../../src/lib/charts/bar-layout.ts';
import { ChartError } from '../../../src/lib/charts/chart-props.ts';
import type { ChartFrame } from '../../../src/lib/charts/chart-type.ts';
import { pivotParts } from '../../../src/lib/charts/pivot.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes.ts';
import type { AnnotationProp, Key } from '../../../src/lib/registry/prop-spec.ts';
import { rects, table, texts } from './fixtures.ts';

const sales = table(
  [
    { name: 'year', type: 'integer' },
    { name: 'market', type: 'string' },
    { name: 'units', type: 'number', unit: 'million units' },
    { name: 'returns', type: 'number', unit: 'million units' },
  ],
  [
    { year: 2020, market: 'global', units: 189, returns: 3 },
    { year: 2021, market: 'global', units: 35, returns: 1 },
    { year: 2020, market: 'china', units: 124.9, returns: 2 },
  ],
);
const frame: ChartFrame = { title: 'Sales', highlight: [], annotations: [] };
const base = { dataset: 'sales', label: 'year', value: 'units' } as const;

/** The ChartError `run` throws. */
function chartError(run: () => unknown): ChartError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChartError) return error;
    throw error;
  }
  throw new Error('expected a ChartError');
}

describe('BAR_CHART', () => {
  it('takes the shared chart props, its columns, the band props and value labels', () => {
    expect(Object.keys(BAR_CHART.props)).toEqual(['dataset', 'title', 'note', 'where', 'from', 'to', 'highlight', 'annotations', 'label', 'value', 'series', 'sort', 'orientation', 'valueLabels']);
  });

  it('requires a dataset, a label column and number value columns, one or several', () => {
    expect(Object.entries(BAR_CHART.props).filter(([, prop]) => 'required' in prop && prop.required).map(([name]) => name)).toEqual(['dataset', 'label', 'value']);
    expect(BAR_CHART.props.value).toMatchObject({ kind: 'column', types: ['number', 'integer'], list: true });
  });

  it('holds <Annotation> callouts', () => {
    expect(BAR_CHART.children).toBe('annotations');
  });

  it('types its props from the declaration', () => {
    expectTypeOf<BarChartProps['label']>().toEqualTypeOf<string>();
    expectTypeOf<BarChartProps['value']>().toEqualTypeOf<string | readonly string[]>();
    expectTypeOf<BarChartProps['sort']>().toEqualTypeOf<'none' | 'asc' | 'desc' | undefined>();
    expectTypeOf<BarChartProps['valueLabels']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<BarChartProps['highlight']>().toEqualTypeOf<Key | readonly Key[] | undefined>();
    expectTypeOf<BarChartProps['annotations']>().toEqualTypeOf<readonly AnnotationProp[] | undefined>();
  });
});

describe('barChart', () => {
  it('is the bar kind and zooms on the label column', () => {
    expect(barChart.kind).toBe('bar');
    expect(barChart.spec).toBe(BAR_CHART);
    expect(barChart.zoomColumn({ ...base, label: 'market' })).toBe('market');
  });

  it('lays out the rows at the width asked for, with the frame and its own props', () => {
    const draw = barChart.prepare({ ...base, sort: 'asc', orientation: 'horizontal' }, sales, { title: 'Sales', highlight: ['2021'], annotations: [{ target: '2020', text: 'Peak' }] });
    for (const width of [WIDE, NARROW]) {
      expect(draw(width)).toEqual(
        layoutBarChart(sales, { width, category: 'year', value: ['units'], title: 'Sales', highlight: ['2021'], annotations: [{ target: '2020', text: 'Peak' }], sort: 'asc', orientation: 'horizontal' }),
      );
    }
  });

  it('draws grouped bars from several value columns', () => {
    const layout = barChart.prepare({ ...base, value: ['units', 'returns'] }, sales, frame)(WIDE);
    expect(layout.legend.map((item) => item.label)).toEqual(['units', 'returns']);
    expect(rects(layout)).toHaveLength(6);
  });

  it('groups tidy rows by a series column, leaving no bar where a series has no row', () => {
    const layout = barChart.prepare({ ...base, series: 'market' }, sales, frame)(WIDE);
    const { table: pivoted, parts } = pivotParts(sales, { category: 'year', stack: 'market', value: 'units', absent: null });
    expect(layout).toEqual(layoutBarChart(pivoted, { width: WIDE, category: 'year', value: parts, title: 'Sales', highlight: [], annotations: [] }));
    expect(rects(layout).map((rect) => rect.key)).toEqual(['2020/global', '2020/china', '2021/global']);
    expect(texts(layout, 'missing-label').map((text) => text.key)).toEqual(['2021/china']);
  });

  it('prints values at the bar ends unless valueLabels is false', () => {
    expect(texts(barChart.prepare(base, sales, frame)(WIDE), 'value-label')).toHaveLength(3);
    expect(texts(barChart.prepare({ ...base, valueLabels: false }, sales, frame)(WIDE), 'value-label')).toEqual([]);
  });

  it('refuses a series column together with several value columns, naming series', () => {
    const error = chartError(() => barChart.prepare({ ...base, value: ['units', 'returns'], series: 'market' }, sales, frame));
    expect(error.message).toBe('<BarChart series="market">: use either several value columns or a series column, not both. Fix: remove `series`, or give one value column');
  });

  it('refuses tidy rows that give one bar twice, naming series', () => {
    const twice = { ...sales, rows: [...sales.rows, { year: 2020, market: 'global', units: 1, returns: 0 }] };
    const error = chartError(() => barChart.prepare({ ...base, series: 'market' }, twice, frame));
    expect(error.problem).toEqual({ prop: 'series', value: 'market', message: 'two rows have year = "2020" and market = "global"', fix: 'keep one row per bar and series, or narrow the rows with where="…"' });
  });
});
