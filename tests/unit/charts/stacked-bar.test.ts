import { describe, expect, expectTypeOf, it } from 'vitest';
import { ChartError } from '../../../src/lib/charts/chart-props.ts';
import type { ChartFrame } from '../../../src/lib/charts/chart-type.ts';
import { pivotParts } from '../../../src/lib/charts/pivot.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes.ts';
import { layoutStackedBarChart } from '../../../src/lib/charts/stacked-bar-layout.ts';
import { STACKED_BAR, stackedBar, type StackedBarProps } from '../../../src/lib/charts/stacked-bar.ts';
import type { Key } from '../../../src/lib/registry/prop-spec.ts';
import { table } from './fixtures.ts';

/** Tidy rows: one per year and vendor. */
const tidy = table(
  [
    { name: 'year', type: 'integer' },
    { name: 'vendor', type: 'string' },
    { name: 'units', type: 'number', unit: 'million units' },
  ],
  [
    { year: 2019, vendor: 'Others', units: 20 },
    { year: 2019, vendor: 'Huawei', units: 60 },
    { year: 2020, vendor: 'Huawei', units: 40 },
    { year: 2020, vendor: 'vivo', units: 30 },
  ],
);
/** Wide rows: one column per part. */
const wide = table(
  [
    { name: 'year', type: 'integer' },
    { name: 'phones', type: 'number' },
    { name: 'tablets', type: 'number' },
    { name: 'other', type: 'number' },
  ],
  [
    { year: 2019, phones: 6, tablets: 3, other: 1 },
    { year: 2020, phones: 5, tablets: -1, other: 2 },
  ],
);
const frame: ChartFrame = { title: 'Shipments', highlight: [], annotations: [] };
const stacked = { dataset: 'vendors', label: 'year', stack: 'vendor', value: 'units' } as const;

/** What the chart hands the layout: the legend's labels and classes, bottom part first. */
const legend = (props: StackedBarProps, rows = tidy) => stackedBar.prepare(props, rows, frame)(WIDE).legend.map((item) => `${item.label}:${item.className}`);

describe('STACKED_BAR', () => {
  it('takes the shared chart props, its columns, percent, others and the band props', () => {
    expect(Object.keys(STACKED_BAR.props)).toEqual(['dataset', 'title', 'note', 'where', 'from', 'to', 'highlight', 'annotations', 'label', 'value', 'stack', 'percent', 'others', 'sort', 'orientation']);
  });

  it('requires a dataset, a label column and number value columns', () => {
    expect(Object.entries(STACKED_BAR.props).filter(([, prop]) => 'required' in prop && prop.required).map(([name]) => name)).toEqual(['dataset', 'label', 'value']);
    expect(STACKED_BAR.props.value).toMatchObject({ kind: 'column', types: ['number', 'integer'], list: true });
  });

  it('holds <Annotation> callouts', () => {
    expect(STACKED_BAR.children).toBe('annotations');
  });

  it('types its props from the declaration', () => {
    expectTypeOf<StackedBarProps['stack']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<StackedBarProps['percent']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<StackedBarProps['others']>().toEqualTypeOf<Key | readonly Key[] | undefined>();
    expectTypeOf<StackedBarProps['orientation']>().toEqualTypeOf<'auto' | 'horizontal' | 'vertical' | undefined>();
  });
});

describe('stackedBar', () => {
  it('is the stacked-bar kind and zooms on the label column', () => {
    expect(stackedBar.kind).toBe('stacked-bar');
    expect(stackedBar.spec).toBe(STACKED_BAR);
    expect(stackedBar.zoomColumn(stacked)).toBe('year');
  });

  it('pivots tidy rows by the stack column, a part absent in a year counting 0, "Others" last and grey', () => {
    const draw = stackedBar.prepare({ ...stacked, sort: 'desc' }, tidy, frame);
    const { table: pivoted } = pivotParts(tidy, { category: 'year', stack: 'vendor', value: 'units', absent: 0 });
    for (const width of [WIDE, NARROW]) {
      expect(draw(width)).toEqual(
        layoutStackedBarChart(pivoted, { width, category: 'year', parts: ['Huawei', 'vivo', 'Others'], otherParts: ['Others'], title: 'Shipments', highlight: [], annotations: [], mode: 'count', sort: 'desc' }),
      );
    }
  });

  it('stacks the listed part columns of wide rows, "other" counting as Others whatever its case', () => {
    expect(legend({ dataset: 'parts', label: 'year', value: ['other', 'phones', 'tablets'] }, wide)).toEqual(['phones:series-0', 'tablets:series-1', 'other:muted']);
  });

  it('greys out and puts last the parts others names instead', () => {
    expect(legend({ ...stacked, others: 'Huawei' })).toEqual(['Others:series-0', 'vivo:series-1', 'Huawei:muted']);
    expect(legend({ ...stacked, others: ['vivo', 'Huawei'] })).toEqual(['Others:series-0', 'vivo:muted', 'Huawei:muted']);
  });

  it('stacks shares of 100 % with percent', () => {
    const draw = stackedBar.prepare({ ...stacked, percent: true }, tidy, frame);
    const { table: pivoted } = pivotParts(tidy, { category: 'year', stack: 'vendor', value: 'units', absent: 0 });
    expect(draw(WIDE)).toEqual(layoutStackedBarChart(pivoted, { width: WIDE, category: 'year', parts: ['Huawei', 'vivo', 'Others'], otherParts: ['Others'], title: 'Shipments', highlight: [], annotations: [], mode: 'share' }));
  });

  it('refuses several value columns together with a stack column, naming value', () => {
    expect(() => stackedBar.prepare({ ...stacked, value: ['units', 'units'] }, tidy, frame)).toThrow(
      '<StackedBar value>: with `stack`, give one value column; without it, list the part columns. Fix: name one value column, or remove `stack`',
    );
  });

  it('refuses tidy rows that give one part twice, naming stack', () => {
    const twice = { ...tidy, rows: [...tidy.rows, { year: 2020, vendor: 'vivo', units: 1 }] };
    expect(() => stackedBar.prepare(stacked, twice, frame)).toThrow('<StackedBar stack="vendor">: two rows have year = "2020" and vendor = "vivo". Fix: keep one row per bar and part, or narrow the rows with where="…"');
  });

  it('refuses an others key that is not one of the parts, listing them', () => {
    expect(() => stackedBar.prepare({ ...stacked, others: 'Apple' }, tidy, frame)).toThrow('<StackedBar others="Apple">: is not one of the parts (Others, Huawei, vivo). Fix: name parts as the data spell them');
  });

  it('refuses shares of a bar with a negative part, naming the category', () => {
    expect(() => stackedBar.prepare({ dataset: 'parts', label: 'year', value: ['phones', 'tablets'], percent: true }, wide, frame)).toThrow(
      '<StackedBar percent>: shares need values of 0 or more; category "2020" has a negative part. Fix: remove `percent` to stack the counts',
    );
  });

  it('stacks counts with a negative part', () => {
    expect(() => stackedBar.prepare({ dataset: 'parts', label: 'year', value: ['phones', 'tablets'] }, wide, frame)(WIDE)).not.toThrow();
  });

  it('throws every refusal as a ChartError, which the content checks report by prop', () => {
    const refusals: Array<[StackedBarProps, typeof tidy]> = [
      [{ ...stacked, value: ['units', 'units'] }, tidy],
      [stacked, { ...tidy, rows: [...tidy.rows, { year: 2020, vendor: 'vivo', units: 1 }] }],
      [{ ...stacked, others: 'Apple' }, tidy],
      [{ dataset: 'parts', label: 'year', value: ['phones', 'tablets'], percent: true }, wide],
    ];
    for (const [props, rows] of refusals) expect(() => stackedBar.prepare(props, rows, frame)).toThrow(ChartError);
  });
});
