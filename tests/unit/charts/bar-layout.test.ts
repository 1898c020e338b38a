import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../../../src/lib/charts/bar-layout.ts';
import { boxesIntersect } from '../../../src/lib/charts/box.ts';
import { countMarks } from '../../../src/lib/charts/marks.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes.ts';
import { boxOf, pairs, rects, table, texts, textsReadableAndInside } from './fixtures.ts';

const NB = '\u00A0';

const abc = table(
  [
    { name: 'name', type: 'string' },
    { name: 'v', type: 'number' },
  ],
  [
    { name: 'A', v: 10 },
    { name: 'B', v: 20 },
    { name: 'C', v: 5 },
  ],
);

const sales = table(
  [
    { name: 'country', type: 'string', label: 'Country' },
    { name: 'sales', type: 'number', unit: 'million units', label: 'Car sales' },
    { name: 'sales2022', type: 'number', unit: 'million units', label: '2022' },
  ],
  [
    { country: 'Japan', sales: 191.2, sales2022: 180 },
    { country: 'Chile', sales: -3.4, sales2022: 2 },
    { country: 'Peru', sales: null, sales2022: 4 },
    { country: 'United Kingdom of Great Britain and Northern Ireland', sales: 55, sales2022: 60 },
  ],
);

const years = table(
  [
    { name: 'year', type: 'integer' },
    { name: 'v', type: 'number' },
  ],
  [
    { year: 2020, v: 10 },
    { year: 2021, v: 20 },
    { year: 2022, v: 30 },
  ],
);

describe('horizontal bar geometry', () => {
  const layout = layoutBarChart(abc, { width: WIDE, category: 'name', value: 'v' });

  it('starts bars at the zero baseline with lengths proportional to the values', () => {
    // Plot runs from 19.8 (label "A" 7.8 px + padding + gap) to 617.6 (room for the "10" label); domain [0, 20].
    expect(rects(layout).map(({ x, y, width, height, key }) => ({ x, y, width, height, key }))).toEqual([
      { x: 19.8, y: 8, width: 298.9, height: 18, key: 'A' },
      { x: 19.8, y: 34, width: 597.8, height: 18, key: 'B' },
      { x: 19.8, y: 60, width: 149.45, height: 18, key: 'C' },
    ]);
  });

  it('has nice ticks every 5 along x', () => {
    expect(layout.xTicks.map((tick) => tick.value)).toEqual([0, 5, 10, 15, 20]);
    expect(layout.xTicks.map((tick) => tick.position)).toEqual([19.8, 169.25, 318.7, 468.15, 617.6]);
  });

  it('prints each value just past its bar end, vertically centred', () => {
    expect(texts(layout, 'value-label')[0]).toEqual({
      kind: 'text',
      x: 322.7,
      y: 20.6,
      text: '10',
      fontSize: 12,
      anchor: 'start',
      className: 'value-label',
      key: 'A',
    });
  });

  it('sizes the chart to its rows', () => {
    expect(layout.height).toBe(104);
    expect(layout.plot).toEqual({ x: 19.8, y: 4, width: 597.8, height: 78 });
  });

  it('draws a zero baseline', () => {
    expect(layout.layers.axes).toEqual([{ kind: 'line', x1: 19.8, y1: 4, x2: 19.8, y2: 82, className: 'baseline' }]);
  });

  it('gives each bar a colour class and a tooltip title', () => {
    expect(rects(layout).map((rect) => [rect.className, rect.title])).toEqual([
      ['series-0', 'A: 10'],
      ['series-0', 'B: 20'],
      ['series-0', 'C: 5'],
    ]);
  });
});

describe('sorting and highlighting', () => {
  it('sorts descending by value', () => {
    const layout = layoutBarChart(abc, { width: WIDE, category: 'name', value: 'v', sort: 'desc' });
    expect(rects(layout).map((rect) => [rect.key, rect.y])).toEqual([
      ['B', 8],
      ['A', 34],
      ['C', 60],
    ]);
  });

  it('sorts ascending by value', () => {
    const layout = layoutBarChart(abc, { width: WIDE, category: 'name', value: 'v', sort: 'asc' });
    expect(layout.yTicks.map((tick) => tick.label)).toEqual(['C', 'A', 'B']);
  });

  it('colours highlighted bars and mutes the rest', () => {
    const layout = layoutBarChart(abc, { width: WIDE, category: 'name', value: 'v', highlight: ['B'] });
    expect(rects(layout).map((rect) => [rect.key, rect.className])).toEqual([
      ['A', 'muted'],
      ['B', 'highlight'],
      ['C', 'muted'],
    ]);
    expect(texts(layout, 'is-highlighted').map((mark) => mark.text)).toEqual(['B']);
  });
});

describe('negative values', () => {
  const data = table(abc.columns, [
    { name: 'A', v: -10 },
    { name: 'B', v: 20 },
  ]);
  const layout = layoutBarChart(data, { width: WIDE, category: 'name', value: 'v' });

  it('extends negative bars left of the zero baseline', () => {
    // Room for "−10" (21.6 px + 4) left of the plot: it starts at 45.4; zero sits a third of the way along.
    expect(rects(layout).map(({ x, width }) => ({ x, width }))).toEqual([
      { x: 45.4, width: 190.73 },
      { x: 236.13, width: 381.47 },
    ]);
    expect(layout.layers.axes[0]).toMatchObject({ x1: 236.13, x2: 236.13 });
  });

  it('puts negative value labels left of the bar end, with a minus sign', () => {
    expect(texts(layout, 'value-label')[0]).toMatchObject({ x: 41.4, anchor: 'end', text: '\u221210' });
  });

  it('has ticks below zero', () => {
    expect(layout.xTicks.map((tick) => tick.value)).toEqual([-10, -5, 0, 5, 10, 15, 20]);
  });
});

describe('missing values', () => {
  const layout = layoutBarChart(sales, { width: WIDE, category: 'country', value: 'sales' });

  it('draws no bar for a null value but keeps its row and label', () => {
    expect(rects(layout).map((rect) => rect.key)).toEqual(['Japan', 'Chile', 'United Kingdom of Great Britain and Northern Ireland']);
    expect(texts(layout, 'category-label').map((mark) => mark.text)).toContain('Peru');
  });

  it('marks the gap with n/a at the baseline', () => {
    const gap = texts(layout, 'missing-label');
    expect(gap).toHaveLength(1);
    expect(gap[0]).toMatchObject({ key: 'Peru', text: 'n/a' });
  });

  it('formats value labels with units', () => {
    expect(texts(layout, 'value-label').map((mark) => mark.text)).toEqual([`191.2${NB}M`, `\u22123.4${NB}M`, `55${NB}M`]);
  });
});

describe('grouped bars', () => {
  const layout = layoutBarChart(sales, { width: WIDE, category: 'country', value: ['sales', 'sales2022'] });

  it('places one bar per value column side by side within a category', () => {
    const japan = rects(layout).filter((rect) => rect.key?.startsWith('Japan/'));
    expect(japan.map((rect) => [rect.key, rect.className, rect.height])).toEqual([
      ['Japan/sales', 'series-0', 18],
      ['Japan/sales2022', 'series-1', 18],
    ]);
    expect((japan[1]?.y ?? 0) - (japan[0]?.y ?? 0)).toBe(18);
  });

  it('gives a legend with one entry per value column', () => {
    expect(layout.legend).toEqual([
      { label: 'Car sales', className: 'series-0' },
      { label: '2022', className: 'series-1' },
    ]);
  });

  it('has no legend for a single value column', () => {
    expect(layoutBarChart(abc, { width: WIDE, category: 'name', value: 'v' }).legend).toEqual([]);
  });
});

describe('vertical bars', () => {
  const layout = layoutBarChart(years, { width: WIDE, category: 'year', value: 'v', height: 300 });

  it('are chosen automatically for a few years', () => {
    expect(layout.yTicks.map((tick) => tick.value)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(layout.xTicks.map((tick) => tick.label)).toEqual(['2020', '2021', '2022']);
  });

  it('rise from the baseline with heights proportional to the values', () => {
    expect(rects(layout).map(({ x, y, width, height }) => ({ x, y, width, height }))).toEqual([
      { x: 44.79, y: 189.6, width: 163.09, height: 84.8 },
      { x: 248.65, y: 104.8, width: 163.09, height: 169.6 },
      { x: 452.52, y: 20, width: 163.09, height: 254.4 },
    ]);
  });

  it('print values above the bars and years below the plot', () => {
    expect(texts(layout, 'value-label')[2]).toMatchObject({ x: 534.07, y: 13.6, anchor: 'middle', text: '30' });
    expect(texts(layout, 'category-label')[0]).toMatchObject({ y: 290.8, anchor: 'middle', text: '2020' });
  });

  it('can be forced horizontal', () => {
    const horizontal = layoutBarChart(years, { width: WIDE, category: 'year', value: 'v', orientation: 'horizontal' });
    expect(horizontal.yTicks.map((tick) => tick.label)).toEqual(['2020', '2021', '2022']);
  });
});

describe('responsive layouts', () => {
  it('keeps every text at least 11 px and inside the chart, wide and narrow', () => {
    for (const width of [WIDE, NARROW]) {
      const layout = layoutBarChart(sales, { width, category: 'country', value: ['sales', 'sales2022'] });
      expect(textsReadableAndInside(layout)).toBe(true);
    }
  });

  it('puts long category labels above the bars in the narrow layout', () => {
    const layout = layoutBarChart(sales, { width: NARROW, category: 'country', value: 'sales' });
    const label = texts(layout, 'category-label').find((mark) => mark.key === 'Japan');
    const bar = rects(layout).find((rect) => rect.key === 'Japan');
    expect(label?.anchor).toBe('start');
    expect(boxOf(label!).y + boxOf(label!).height).toBeLessThanOrEqual(bar!.y);
  });

  it('uses fewer ticks in the narrow layout', () => {
    const hundreds = table(abc.columns, [{ name: 'A', v: 100 }, { name: 'B', v: 30 }]);
    const wide = layoutBarChart(hundreds, { width: WIDE, category: 'name', value: 'v' });
    const narrow = layoutBarChart(hundreds, { width: NARROW, category: 'name', value: 'v' });
    expect(wide.xTicks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(narrow.xTicks.map((tick) => tick.value)).toEqual([0, 50, 100]);
  });

  it('uses horizontal bars for twenty years in the narrow layout', () => {
    const many = table(years.columns, Array.from({ length: 20 }, (_, index) => ({ year: 2000 + index, v: index })));
    const layout = layoutBarChart(many, { width: NARROW, category: 'year', value: 'v' });
    expect(layout.yTicks).toHaveLength(20);
    expect(rects(layout).every((rect) => rect.height === 18)).toBe(true);
  });

  it('keeps labels from overlapping one another', () => {
    const layout = layoutBarChart(sales, { width: NARROW, category: 'country', value: 'sales' });
    for (const [a, b] of pairs(texts(layout))) expect(boxesIntersect(boxOf(a), boxOf(b))).toBe(false);
  });
});

describe('annotations', () => {
  it('place a callout clear of bars and labels', () => {
    const layout = layoutBarChart(sales, {
      width: WIDE,
      category: 'country',
      value: 'sales',
      annotations: [{ target: 'Japan', text: 'Record year' }],
    });
    const callout = layout.layers.annotations.filter((mark) => mark.kind === 'text');
    expect(callout.map((mark) => (mark.kind === 'text' ? mark.text : '')).join(' ')).toBe('Record year');
    const others = [...rects(layout), ...texts(layout).filter((mark) => mark.className !== 'annotation-text')];
    for (const line of callout) for (const mark of others) expect(boxesIntersect(boxOf(line), boxOf(mark))).toBe(false);
  });

  it('throw for an unknown target, listing the categories', () => {
    expect(() => layoutBarChart(abc, { width: WIDE, category: 'name', value: 'v', annotations: [{ target: 'Z', text: 'x' }] })).toThrow(
      'Annotation target "Z" matches no datum. Known keys: "A", "B", "C"',
    );
  });
});

describe('description', () => {
  it('mentions the largest and smallest bars with formatted values and the missing one', () => {
    const layout = layoutBarChart(sales, { width: WIDE, category: 'country', value: 'sales' });
    expect(layout.title).toBe('Car sales');
    expect(layout.description).toBe(
      `Car sales: bar chart of 4 categories. Largest: Japan, 191.2${NB}million${NB}units. Smallest: Chile, \u22123.4${NB}million${NB}units. No data for Peru.`,
    );
  });
});

describe('edge cases', () => {
  it('returns a layout without marks for an empty table, saying there is no data', () => {
    const layout = layoutBarChart(table(abc.columns, []), { width: WIDE, category: 'name', value: 'v' });
    expect(countMarks(layout.layers)).toBe(0);
    expect(layout.description).toBe('v: bar chart with no data.');
  });

  it('draws a single row as one full-length bar', () => {
    const layout = layoutBarChart(table(abc.columns, [{ name: 'A', v: 7 }]), { width: WIDE, category: 'name', value: 'v' });
    expect(rects(layout)).toHaveLength(1);
    expect(layout.description).toContain('Only one value: A, 7.');
  });

  it('copes with every value missing', () => {
    const layout = layoutBarChart(table(abc.columns, [{ name: 'A', v: null }]), { width: WIDE, category: 'name', value: 'v' });
    expect(rects(layout)).toEqual([]);
    expect(texts(layout, 'missing-label')).toHaveLength(1);
    expect(layout.description).toContain('no data');
  });

  it('throws for an unknown category column, naming it and the known columns', () => {
    expect(() => layoutBarChart(abc, { width: WIDE, category: 'country', value: 'v' })).toThrow(
      'Unknown column "country" (bar category). Known columns: "name", "v"',
    );
  });

  it('throws for an unknown value column', () => {
    expect(() => layoutBarChart(abc, { width: WIDE, category: 'name', value: ['v', 'w'] })).toThrow('Unknown column "w" (bar value)');
  });

  it('throws for a text column used as values', () => {
    expect(() => layoutBarChart(abc, { width: WIDE, category: 'v', value: 'name' })).toThrow('has type "string"');
  });
});
