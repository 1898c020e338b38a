import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AnnotationSpec } from '../../../src/lib/charts/annotation-layout.ts';
import { defineChart, type ChartFrame, type ChartType } from '../../../src/lib/charts/chart-type.ts';
import { emptyChartLayout, type ChartKind, type ChartLayout } from '../../../src/lib/charts/marks.ts';
import type { DataTable } from '../../../src/lib/content/table.ts';
import { defineComponent, type Key, type PropsOf } from '../../../src/lib/registry/prop-spec.ts';

const SPEC = defineComponent({
  doc: 'A test chart.',
  example: '<Dots dataset="d" x="year" />',
  children: 'none',
  props: {
    dataset: { kind: 'ref', to: 'dataset', required: true, doc: 'Data.' },
    x: { kind: 'column', required: true, doc: 'Column.' },
    from: { kind: 'key', doc: 'Zoom.' },
  },
});

const dots = defineChart({
  kind: 'line',
  spec: SPEC,
  zoomColumn: (props) => props.x,
  prepare: (_props, rows, frame) => (width) => emptyChartLayout('line', width, frame.title, `${rows.rows.length} rows`),
});

describe('defineChart', () => {
  it('returns the chart type it is given', () => {
    const chart: ChartType<typeof SPEC> = { kind: 'bar', spec: SPEC, zoomColumn: (props) => props.x, prepare: () => (width) => emptyChartLayout('bar', width, '', '') };
    expect(defineChart(chart)).toBe(chart);
  });

  it('hands zoomColumn and prepare the props as the declaration types them', () => {
    expect(dots.zoomColumn({ dataset: 'd', x: 'year' })).toBe('year');
    const layout = dots.prepare({ dataset: 'd', x: 'year' }, { columns: [], rows: [{}, {}] }, { title: 'Dots', highlight: [], annotations: [] })(340);
    expect(layout).toMatchObject({ kind: 'line', width: 340, title: 'Dots', description: '2 rows' });
  });

  it('infers the props type from the declaration', () => {
    expectTypeOf(dots.spec).toEqualTypeOf<typeof SPEC>();
    expectTypeOf(dots.zoomColumn).parameter(0).toEqualTypeOf<PropsOf<typeof SPEC>>();
    expectTypeOf<PropsOf<typeof SPEC>>().toEqualTypeOf<{ dataset: string; x: string } & { from?: Key | undefined }>();
  });
});

describe('ChartType and ChartFrame', () => {
  it('pin the shapes every chart module implements', () => {
    expectTypeOf<ChartType<typeof SPEC>['kind']>().toEqualTypeOf<ChartKind>();
    expectTypeOf<ChartType<typeof SPEC>['prepare']>().parameters.toEqualTypeOf<[PropsOf<typeof SPEC>, DataTable, ChartFrame]>();
    expectTypeOf<ChartType<typeof SPEC>['prepare']>().returns.toEqualTypeOf<(width: number) => ChartLayout>();
    expectTypeOf<ChartFrame>().toEqualTypeOf<{ title: string; highlight: string[]; annotations: AnnotationSpec[] }>();
  });
});
