import { describe, expect, it } from 'vitest';
import { boxesIntersect } from '../../../src/lib/charts/box.ts';
import { layoutLineChart } from '../../../src/lib/charts/line-layout.ts';
import { countMarks } from '../../../src/lib/charts/marks.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes.ts';
import { boxOf, circles, pairs, paths, table, texts, textsReadableAndInside } from './fixtures.ts';

const NB = '\u00A0';

const oneSeries = table(
  [
    { name: 'date', type: 'date' },
    { name: 'v', type: 'number', label: 'Sales' },
  ],
  [
    { date: '2020-01-01', v: 10 },
    { date: '2021-01-01', v: 20 },
    { date: '2022-01-01', v: 30 },
  ],
);

const regions = table(
  [
    { name: 'year', type: 'integer' },
    { name: 'region', type: 'string' },
    { name: 'sales', type: 'number', unit: 'million units', label: 'Sales' },
  ],
  [
    { year: 2010, region: 'North', sales: 10 },
    { year: 2010, region: 'South', sales: 12 },
    { year: 2010, region: 'East', sales: 14 },
    { year: 2020, region: 'North', sales: 30 },
    { year: 2020, region: 'South', sales: 30.5 },
    { year: 2020, region: 'East', sales: 31 },
  ],
);

describe('line geometry', () => {
  const layout = layoutLineChart(oneSeries, { width: WIDE, height: 300, x: 'date', y: 'v', xTickCount: 3 });

  it('draws one path through the points on a UTC date axis', () => {
    // Plot x from 24.4 to 628 (2020 is a leap year: 2021-01-01 is 366/731 of the way); y from 278 (0) to 10 (30).
    expect(paths(layout).map((path) => path.d)).toEqual(['M24.4,188.67L326.61,99.33L628,10']);
  });

  it('has yearly date ticks with year labels', () => {
    expect(layout.xTicks).toEqual([
      { value: '2020-01-01', position: 24.4, label: '2020' },
      { value: '2021-01-01', position: 326.61, label: '2021' },
      { value: '2022-01-01', position: 628, label: '2022' },
    ]);
  });

  it('starts the y axis at zero with nice ticks', () => {
    expect(layout.yTicks.map((tick) => tick.value)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(layout.yTicks[0]?.position).toBe(278);
  });

  it('can fit the y axis to the data instead of zero', () => {
    const fitted = layoutLineChart(oneSeries, { width: WIDE, x: 'date', y: 'v', includeZero: false });
    expect(fitted.yTicks[0]?.value).toBe(10);
  });

  it('needs no labels or legend for a single series', () => {
    expect(texts(layout, 'series-label')).toEqual([]);
    expect(layout.legend).toEqual([]);
  });
});

describe('several series', () => {
  it('groups long-format rows into one path per series, in order of appearance', () => {
    const layout = layoutLineChart(regions, { width: WIDE, x: 'year', y: 'sales', series: 'region' });
    expect(paths(layout).map((path) => [path.key, path.className])).toEqual([
      ['North', 'line series-0'],
      ['South', 'line series-1'],
      ['East', 'line series-2'],
    ]);
  });

  it('takes one series per column in wide format, named by the column labels', () => {
    const wide = table(
      [
        { name: 'year', type: 'integer' },
        { name: 'a', type: 'number', label: 'Domestic' },
        { name: 'b', type: 'number', label: 'Overseas' },
      ],
      [
        { year: 2020, a: 1, b: 2 },
        { year: 2021, a: 2, b: 1 },
      ],
    );
    const layout = layoutLineChart(wide, { width: WIDE, x: 'year', y: ['a', 'b'] });
    expect(paths(layout).map((path) => path.title)).toEqual(['Domestic', 'Overseas']);
    expect(texts(layout, 'series-label').map((mark) => mark.text)).toEqual(['Domestic', 'Overseas']);
  });

  it('writes year-like number ticks without a thousands separator', () => {
    const layout = layoutLineChart(regions, { width: WIDE, x: 'year', y: 'sales', series: 'region' });
    expect(layout.xTicks.map((tick) => tick.label)).toContain('2010');
  });

  it('mutes series that are not highlighted and draws them first', () => {
    const layout = layoutLineChart(regions, { width: WIDE, x: 'year', y: 'sales', series: 'region', highlight: ['South'] });
    expect(paths(layout).map((path) => [path.key, path.className])).toEqual([
      ['North', 'line muted'],
      ['East', 'line muted'],
      ['South', 'line series-1'],
    ]);
  });
});

describe('direct labels', () => {
  const layout = layoutLineChart(regions, { width: WIDE, x: 'year', y: 'sales', series: 'region' });
  const labels = texts(layout, 'series-label');

  it('label each series at its line end instead of a legend', () => {
    expect(labels.map((mark) => mark.text)).toEqual(['North', 'South', 'East']);
    expect(layout.legend).toEqual([]);
  });

  it('are nudged apart so they do not overlap, even though the lines end within 1 unit', () => {
    for (const [a, b] of pairs(labels)) expect(boxesIntersect(boxOf(a), boxOf(b))).toBe(false);
  });

  it('stay in the order of the line ends, highest on top', () => {
    const y = (name: string): number => labels.find((mark) => mark.text === name)?.y ?? 0;
    expect(y('East')).toBeLessThan(y('South'));
    expect(y('South')).toBeLessThan(y('North'));
  });

  it('get leader lines back to their line ends when nudged', () => {
    const leaders = layout.layers.axes.filter((mark) => mark.className.startsWith('label-leader'));
    expect(leaders.length).toBeGreaterThan(0);
  });

  it('sit just right of the last point, inside the chart', () => {
    const plotRight = layout.plot.x + layout.plot.width;
    expect(labels.every((mark) => mark.x === plotRight + 8 && mark.anchor === 'start')).toBe(true);
    expect(textsReadableAndInside(layout)).toBe(true);
  });
});

describe('legend fallback', () => {
  const longNames = table(regions.columns, [
    { year: 2010, region: 'A region with a very long name', sales: 1 },
    { year: 2010, region: 'Another region with a long name', sales: 2 },
    { year: 2020, region: 'A region with a very long name', sales: 3 },
    { year: 2020, region: 'Another region with a long name', sales: 4 },
  ]);

  it('replaces direct labels with a legend when the names are too long for the narrow layout', () => {
    const layout = layoutLineChart(longNames, { width: NARROW, x: 'year', y: 'sales', series: 'region' });
    expect(texts(layout, 'series-label')).toEqual([]);
    expect(layout.legend).toEqual([
      { label: 'A region with a very long name', className: 'series-0' },
      { label: 'Another region with a long name', className: 'series-1' },
    ]);
  });

  it('uses a legend when asked to', () => {
    const layout = layoutLineChart(regions, { width: WIDE, x: 'year', y: 'sales', series: 'region', labels: 'legend' });
    expect(layout.legend.map((item) => item.label)).toEqual(['North', 'South', 'East']);
  });

  it('uses a legend when the labels cannot all fit vertically', () => {
    const crowded = table(
      regions.columns,
      Array.from({ length: 14 }, (_, index) => [
        { year: 2010, region: `R${index}`, sales: index },
        { year: 2020, region: `R${index}`, sales: index },
      ]).flat(),
    );
    const layout = layoutLineChart(crowded, { width: WIDE, height: 160, x: 'year', y: 'sales', series: 'region' });
    expect(texts(layout, 'series-label')).toEqual([]);
    expect(layout.legend).toHaveLength(14);
  });
});

describe('missing values', () => {
  const gappy = table(oneSeries.columns, [
    { date: '2020-01-01', v: 10 },
    { date: '2021-01-01', v: null },
    { date: '2022-01-01', v: 30 },
    { date: '2023-01-01', v: 40 },
  ]);
  const layout = layoutLineChart(gappy, { width: WIDE, x: 'date', y: 'v' });

  it('break the line into separate pieces', () => {
    const d = paths(layout)[0]?.d ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('show a point that has no neighbours as a dot', () => {
    expect(circles(layout).map((mark) => mark.key)).toEqual(['v@2020-01-01']);
  });

  it('are mentioned in the description', () => {
    expect(layout.description).toContain('Some values are missing');
  });

  it('skip rows without an x value', () => {
    const noX = table(oneSeries.columns, [{ date: null, v: 5 }, ...oneSeries.rows]);
    expect(paths(layoutLineChart(noX, { width: WIDE, x: 'date', y: 'v' })).map((path) => path.d.match(/L/g)?.length)).toEqual([2]);
  });
});

describe('responsive layouts', () => {
  it('keep text at least 11 px and inside the chart in both widths', () => {
    for (const width of [WIDE, NARROW]) {
      expect(textsReadableAndInside(layoutLineChart(regions, { width, x: 'year', y: 'sales', series: 'region' }))).toBe(true);
    }
  });

  it('use fewer x ticks in the narrow layout, with labels that do not overlap', () => {
    const monthly = table(
      oneSeries.columns,
      Array.from({ length: 36 }, (_, index) => ({ date: `${2020 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`, v: index })),
    );
    const wide = layoutLineChart(monthly, { width: WIDE, x: 'date', y: 'v' });
    const narrow = layoutLineChart(monthly, { width: NARROW, x: 'date', y: 'v' });
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    const tickLabels = texts(narrow, 'tick-label');
    for (const [a, b] of pairs(tickLabels)) expect(boxesIntersect(boxOf(a), boxOf(b))).toBe(false);
  });
});

describe('annotations', () => {
  it('point at a datum keyed "series@x"', () => {
    const layout = layoutLineChart(regions, {
      width: WIDE,
      x: 'year',
      y: 'sales',
      series: 'region',
      annotations: [{ target: 'North@2010', text: 'Start of the series' }],
    });
    const dot = layout.layers.annotations.find((mark) => mark.kind === 'circle');
    expect(dot).toMatchObject({ cx: layout.plot.x });
    const callout = layout.layers.annotations.filter((mark) => mark.kind === 'text');
    const labels = texts(layout).filter((mark) => mark.className !== 'annotation-text');
    for (const text of callout) for (const label of labels) expect(boxesIntersect(boxOf(text), boxOf(label))).toBe(false);
  });

  it('accept a bare x for a single series', () => {
    const layout = layoutLineChart(oneSeries, { width: WIDE, x: 'date', y: 'v', annotations: [{ target: '2021-01-01', text: 'Midpoint' }] });
    expect(layout.layers.annotations.some((mark) => mark.kind === 'text' && mark.text === 'Midpoint')).toBe(true);
  });
});

describe('description', () => {
  it('gives the span, the per-series trend with values, and the extremes', () => {
    const layout = layoutLineChart(regions, { width: WIDE, x: 'year', y: 'sales', series: 'region' });
    expect(layout.description).toContain('Sales: line chart of 3 series from 2010 to 2020.');
    expect(layout.description).toContain(`The trend is rising: North rose from 10${NB}million${NB}units in 2010 to 30${NB}million${NB}units in 2020`);
    expect(layout.description).toContain(`Highest: East, 31${NB}million${NB}units in 2020. Lowest: North, 10${NB}million${NB}units in 2010.`);
  });

  it('calls falling and rising series mixed', () => {
    const mixed = table(regions.columns, [
      { year: 2010, region: 'Up', sales: 1 },
      { year: 2010, region: 'Down', sales: 5 },
      { year: 2020, region: 'Up', sales: 4 },
      { year: 2020, region: 'Down', sales: 2 },
    ]);
    expect(layoutLineChart(mixed, { width: WIDE, x: 'year', y: 'sales', series: 'region' }).description).toContain('The trend is mixed');
  });
});

describe('edge cases', () => {
  it('return a layout without marks for an empty table, saying there is no data', () => {
    const layout = layoutLineChart(table(oneSeries.columns, []), { width: WIDE, x: 'date', y: 'v' });
    expect(countMarks(layout.layers)).toBe(0);
    expect(layout.description).toBe('Sales: line chart with no data.');
  });

  it('show a single row as one dot in the middle with one tick', () => {
    const layout = layoutLineChart(table(oneSeries.columns, [{ date: '2020-06-01', v: 5 }]), { width: WIDE, height: 300, x: 'date', y: 'v' });
    expect(circles(layout)).toHaveLength(1);
    // One-digit y ticks put the plot at 17.2…628; a first-of-month date is labelled by its month.
    expect(layout.xTicks).toEqual([{ value: '2020-06-01', position: 322.6, label: 'Jun 2020' }]);
  });

  it('throw for an unknown y column, naming it and the known columns', () => {
    expect(() => layoutLineChart(oneSeries, { width: WIDE, x: 'date', y: 'sales' })).toThrow(
      'Unknown column "sales" (line y). Known columns: "date", "v"',
    );
  });

  it('throw for a text x column', () => {
    expect(() => layoutLineChart(regions, { width: WIDE, x: 'region', y: 'sales' })).toThrow(
      'Column "region" (line x) has type "string"; a date or number column is needed',
    );
  });

  it('throw when given both a series column and several y columns', () => {
    expect(() => layoutLineChart(regions, { width: WIDE, x: 'year', y: ['sales', 'sales'], series: 'region' })).toThrow('not both');
  });
});
