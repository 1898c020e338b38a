import { describe, expect, it } from 'vitest';
import { boxesIntersect } from '../../../src/lib/charts/box.ts';
import { countMarks } from '../../../src/lib/charts/marks.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes.ts';
import { colourParts, layoutStackedBarChart } from '../../../src/lib/charts/stacked-bar-layout.ts';
import { boxOf, lines, pairs, rects, table, texts, textsReadableAndInside } from './fixtures.ts';

const NB = '\u00A0';

const parts = table(
  [
    { name: 'name', type: 'string' },
    { name: 'domestic', type: 'number', label: 'Domestic' },
    { name: 'overseas', type: 'number', label: 'Overseas' },
  ],
  [
    { name: 'A', domestic: 30, overseas: 70 },
    { name: 'B', domestic: 50, overseas: 50 },
  ],
);

const years = table(
  [
    { name: 'year', type: 'integer' },
    { name: 'domestic', type: 'number', unit: 'million units', label: 'Domestic' },
    { name: 'overseas', type: 'number', unit: 'million units', label: 'Overseas' },
  ],
  [
    { year: 2019, domestic: 40, overseas: 60 },
    { year: 2020, domestic: 30, overseas: 90 },
  ],
);

describe('100 % shares', () => {
  const layout = layoutStackedBarChart(parts, { width: WIDE, category: 'name', parts: ['domestic', 'overseas'], mode: 'share' });

  it('stacks each part\'s share end to end across the full plot width', () => {
    // Plot from 19.8 to 636 (616.2 px); A is 30 % + 70 %, B 50 % + 50 %.
    expect(rects(layout).map(({ key, x, y, width, height }) => ({ key, x, y, width, height }))).toEqual([
      { key: 'A/domestic', x: 19.8, y: 8, width: 184.86, height: 22 },
      { key: 'A/overseas', x: 204.66, y: 8, width: 431.34, height: 22 },
      { key: 'B/domestic', x: 19.8, y: 38, width: 308.1, height: 22 },
      { key: 'B/overseas', x: 327.9, y: 38, width: 308.1, height: 22 },
    ]);
  });

  it('colours parts by their order', () => {
    expect(rects(layout).map((rect) => rect.className)).toEqual(['series-0', 'series-1', 'series-0', 'series-1']);
  });

  it('labels segments that are big enough with their share, centred', () => {
    expect(texts(layout, 'segment-label')[0]).toEqual({
      kind: 'text',
      x: 112.23,
      y: 22.6,
      text: `30${NB}%`,
      fontSize: 12,
      anchor: 'middle',
      className: 'segment-label on-series-0',
      key: 'A/domestic',
    });
  });

  it('has a 0–100 % axis', () => {
    expect(layout.xTicks.map((tick) => tick.label)).toEqual(['0', `20${NB}%`, `40${NB}%`, `60${NB}%`, `80${NB}%`, `100${NB}%`]);
  });

  it('has a legend of the parts', () => {
    expect(layout.legend).toEqual([
      { label: 'Domestic', className: 'series-0' },
      { label: 'Overseas', className: 'series-1' },
    ]);
  });

  it('describes the range of the first part\'s share', () => {
    expect(layout.description).toContain(`Domestic ranges from 30${NB}% (A) to 50${NB}% (B).`);
  });

  it('names the largest single segment', () => {
    expect(layout.description).toContain(`Largest share: Overseas in A, 70${NB}%.`);
  });

  it('throws for negative values, which have no share', () => {
    const negative = table(parts.columns, [{ name: 'A', domestic: -1, overseas: 5 }]);
    expect(() => layoutStackedBarChart(negative, { width: WIDE, category: 'name', parts: ['domestic', 'overseas'], mode: 'share' })).toThrow(
      'Share mode needs values of 0 or more; category "A" has a negative part',
    );
  });
});

describe('counts', () => {
  const layout = layoutStackedBarChart(years, { width: WIDE, height: 300, category: 'year', parts: ['domestic', 'overseas'] });

  it('stacks vertical bars for years, each part starting where the previous ends', () => {
    const [domestic, overseas] = rects(layout);
    expect(domestic?.key).toBe('2019/domestic');
    expect(overseas?.key).toBe('2019/overseas');
    expect((overseas?.y ?? 0) + (overseas?.height ?? 0)).toBeCloseTo(domestic?.y ?? -1, 1);
    expect(overseas!.height / domestic!.height).toBeCloseTo(1.5, 2);
  });

  it('prints each bar\'s total above it', () => {
    expect(texts(layout, 'value-label').map((mark) => mark.text)).toEqual([`100${NB}M`, `120${NB}M`]);
  });

  it('has a value axis from zero to a nice number above the largest total', () => {
    const values = layout.yTicks.map((tick) => tick.value);
    expect(values[0]).toBe(0);
    expect(values[values.length - 1]).toBe(120);
  });

  it('describes the largest and smallest totals', () => {
    expect(layout.description).toContain(`Largest total: 2020, 120${NB}million${NB}units. Smallest total: 2019, 100${NB}million${NB}units.`);
  });

  it('stacks a negative part below the baseline', () => {
    const withNegative = table(years.columns, [{ year: 2019, domestic: 40, overseas: -10 }]);
    const chart = layoutStackedBarChart(withNegative, { width: WIDE, category: 'year', parts: ['domestic', 'overseas'] });
    const baseline = lines(chart, 'baseline')[0];
    const negative = rects(chart).find((rect) => rect.key === '2019/overseas');
    expect(negative?.y).toBe(baseline?.y1); // the segment hangs from the zero line downwards
    expect(negative?.height).toBeGreaterThan(0);
    expect(texts(chart, 'value-label')).toEqual([]); // no net total is printed for mixed signs
  });

  it('sorts bars by total', () => {
    const sorted = layoutStackedBarChart(years, { width: WIDE, category: 'year', parts: ['domestic', 'overseas'], sort: 'desc' });
    expect(sorted.xTicks.map((tick) => tick.label)).toEqual(['2020', '2019']);
  });

  it('mutes bars that are not highlighted', () => {
    const chart = layoutStackedBarChart(years, { width: WIDE, category: 'year', parts: ['domestic', 'overseas'], highlight: ['2020'] });
    expect(rects(chart).map((rect) => rect.className)).toEqual(['series-0 muted', 'series-1 muted', 'series-0', 'series-1']);
  });
});

describe('missing values', () => {
  const gappy = table(years.columns, [
    { year: 2019, domestic: 40, overseas: 60 },
    { year: 2020, domestic: 30, overseas: null },
    { year: 2021, domestic: null, overseas: null },
  ]);

  it('in share mode leave a bar with any missing part empty and marked n/a', () => {
    const layout = layoutStackedBarChart(gappy, { width: WIDE, category: 'year', parts: ['domestic', 'overseas'], mode: 'share' });
    expect(rects(layout).map((rect) => rect.key)).toEqual(['2019/domestic', '2019/overseas']);
    expect(texts(layout, 'missing-label').map((mark) => mark.key)).toEqual(['2020', '2021']);
  });

  it('in count mode draw the known parts but replace the undercounted total with n/a', () => {
    const layout = layoutStackedBarChart(gappy, { width: WIDE, category: 'year', parts: ['domestic', 'overseas'] });
    expect(rects(layout).map((rect) => rect.key)).toEqual(['2019/domestic', '2019/overseas', '2020/domestic']);
    expect(texts(layout, 'missing-label').map((mark) => [mark.key, mark.text])).toEqual([
      ['2020', 'n/a'],
      ['2021', 'n/a'],
    ]);
    expect(layout.description).toContain('Missing or incomplete data for 2020 and 2021.');
  });
});

describe('responsive layouts', () => {
  it('keep text at least 11 px, inside the chart and not overlapping, in both widths', () => {
    for (const width of [WIDE, NARROW]) {
      const layout = layoutStackedBarChart(years, { width, category: 'year', parts: ['domestic', 'overseas'] });
      expect(textsReadableAndInside(layout)).toBe(true);
      for (const [a, b] of pairs(texts(layout))) expect(boxesIntersect(boxOf(a), boxOf(b))).toBe(false);
    }
  });

  it('drop segment labels that do not fit their segment', () => {
    const thin = table(parts.columns, [{ name: 'A', domestic: 1, overseas: 99 }]);
    const layout = layoutStackedBarChart(thin, { width: NARROW, category: 'name', parts: ['domestic', 'overseas'], mode: 'share' });
    expect(texts(layout, 'segment-label').map((mark) => mark.key)).toEqual(['A/overseas']);
  });
});

describe('edge cases', () => {
  it('return a layout without marks for an empty table, saying there is no data', () => {
    const layout = layoutStackedBarChart(table(years.columns, []), { width: WIDE, category: 'year', parts: ['domestic', 'overseas'] });
    expect(countMarks(layout.layers)).toBe(0);
    expect(layout.description).toBe('Domestic, Overseas: stacked bar chart with no data.');
  });

  it('draw a single row', () => {
    const layout = layoutStackedBarChart(table(years.columns, [{ year: 2019, domestic: 1, overseas: 2 }]), {
      width: WIDE,
      category: 'year',
      parts: ['domestic', 'overseas'],
    });
    expect(rects(layout)).toHaveLength(2);
  });

  it('throw for an unknown part column, naming it and the known columns', () => {
    expect(() => layoutStackedBarChart(years, { width: WIDE, category: 'year', parts: ['domestic', 'exports'] })).toThrow(
      'Unknown column "exports" (stack part). Known columns: "year", "domestic", "overseas"',
    );
  });

  it('throw without part columns', () => {
    expect(() => layoutStackedBarChart(years, { width: WIDE, category: 'year', parts: [] })).toThrow('at least one part column');
  });
});

describe('other parts', () => {
  const withOthers = table(
    [
      { name: 'name', type: 'string' },
      { name: 'a', type: 'number', label: 'A' },
      { name: 'others', type: 'number', label: 'Others' },
      { name: 'b', type: 'number', label: 'B' },
    ],
    [{ name: 'X', a: 50, others: 20, b: 30 }],
  );

  it('colour parts in order, skipping the muted "other" parts', () => {
    expect(colourParts(['a', 'others', 'b'], ['others'])).toEqual(['series-0', 'muted', 'series-1']);
    expect(colourParts(['a', 'b'], [])).toEqual(['series-0', 'series-1']);
  });

  it('are drawn and listed in the muted colour, their labels marked for a contrasting text colour', () => {
    const layout = layoutStackedBarChart(withOthers, { width: WIDE, category: 'name', parts: ['a', 'b', 'others'], otherParts: ['others'] });
    expect(rects(layout).map((rect) => `${rect.key}:${rect.className}`)).toEqual(['X/a:series-0', 'X/b:series-1', 'X/others:muted']);
    expect(layout.legend.map((item) => item.className)).toEqual(['series-0', 'series-1', 'muted']);
    expect(texts(layout, 'segment-label').map((text) => text.className)).toEqual(['segment-label on-series-0', 'segment-label on-series-1', 'segment-label on-muted']);
  });

  it('stay muted, without a second muted class, when other bars are highlighted', () => {
    const two = table(withOthers.columns, [...withOthers.rows, { name: 'Y', a: 1, others: 1, b: 1 }]);
    const layout = layoutStackedBarChart(two, { width: WIDE, category: 'name', parts: ['a', 'others'], otherParts: ['others'], highlight: ['X'] });
    expect(rects(layout).map((rect) => rect.className)).toEqual(['series-0', 'muted', 'series-0 muted', 'muted']);
  });
});
