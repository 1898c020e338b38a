import { describe, expect, it } from 'vitest';
import { buildBandFrame, chooseOrientation, labelReserve, sortByValue, type BandFrameInput } from '../../../src/lib/charts/band-frame.ts';

const fonts = { label: 13, tick: 12 };

function input(overrides: Partial<BandFrameInput>): BandFrameInput {
  return {
    width: 640,
    orientation: 'horizontal',
    categories: [
      { key: 'A', label: 'A', highlighted: false },
      { key: 'B', label: 'B', highlighted: true },
    ],
    values: [10, 20],
    unit: undefined,
    tickCount: 5,
    fonts,
    bandThickness: 18,
    height: 300,
    reserve: { positive: 0, negative: 0 },
    ...overrides,
  };
}

describe('chooseOrientation', () => {
  it('keeps an explicit orientation', () => {
    expect(chooseOrientation('vertical', 'string', ['A'], 640, 13)).toBe('vertical');
  });

  it('uses horizontal bars for text categories', () => {
    expect(chooseOrientation('auto', 'string', ['A', 'B'], 640, 13)).toBe('horizontal');
  });

  it('uses vertical bars for a few years', () => {
    expect(chooseOrientation('auto', 'integer', ['2020', '2021', '2022'], 640, 13)).toBe('vertical');
  });

  it('switches years to horizontal bars when their labels no longer fit under the bars (narrow)', () => {
    const years = Array.from({ length: 20 }, (_, index) => String(2000 + index));
    expect(chooseOrientation('auto', 'integer', years, 340, 13)).toBe('horizontal');
  });
});

describe('sortByValue', () => {
  const items = [
    { id: 'a', v: 2 },
    { id: 'b', v: null },
    { id: 'c', v: 3 },
    { id: 'd', v: 2 },
  ];

  it('keeps table order for none', () => {
    expect(sortByValue(items, (item) => item.v, 'none').map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts descending with missing values last and ties in table order', () => {
    expect(sortByValue(items, (item) => item.v, 'desc').map((item) => item.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('sorts ascending with missing values still last', () => {
    expect(sortByValue(items, (item) => item.v, 'asc').map((item) => item.id)).toEqual(['a', 'd', 'c', 'b']);
  });
});

describe('buildBandFrame, horizontal', () => {
  it('stacks 18 px bands 26 px apart below the top padding', () => {
    const frame = buildBandFrame(input({}));
    expect(frame.bands).toEqual([
      { key: 'A', start: 8, size: 18 },
      { key: 'B', start: 34, size: 18 },
    ]);
    expect(frame.plot).toEqual({ x: 19.8, y: 4, width: 616.2, height: 52 });
    expect(frame.height).toBe(78);
  });

  it('puts short category labels right-aligned left of the plot, highlighted ones marked', () => {
    const labels = buildBandFrame(input({})).labels.filter((mark) => mark.className.startsWith('category-label'));
    expect(labels).toEqual([
      { kind: 'text', x: 11.8, y: 20.9, text: 'A', fontSize: 13, anchor: 'end', className: 'category-label', key: 'A' },
      { kind: 'text', x: 11.8, y: 46.9, text: 'B', fontSize: 13, anchor: 'end', className: 'category-label is-highlighted', key: 'B' },
    ]);
  });

  it('puts long category labels above their bars, wrapped to the width', () => {
    const long = 'The United Kingdom of Great Britain and Northern Ireland';
    const frame = buildBandFrame(input({ width: 340, categories: [{ key: 'UK', label: long, highlighted: false }] }));
    const labels = frame.labels.filter((mark) => mark.className === 'category-label');
    expect(labels.map((mark) => (mark.kind === 'text' ? mark.text : ''))).toEqual([
      'The United Kingdom of Great Britain and',
      'Northern Ireland',
    ]);
    expect(labels.every((mark) => mark.kind === 'text' && mark.x === 4 && mark.anchor === 'start')).toBe(true);
    // Two 15.6 px lines and a 2 px gap come before the bar.
    expect(frame.bands[0]?.start).toBeCloseTo(41.2, 6);
  });

  it('draws the zero baseline across the bands', () => {
    const frame = buildBandFrame(input({ values: [-10, 20] }));
    expect(frame.valueScale.domain()).toEqual([-10, 20]);
    expect(frame.axes).toEqual([{ kind: 'line', x1: 225.2, y1: 4, x2: 225.2, y2: 56, className: 'baseline' }]);
  });

  it('leaves the reserved room for value labels beside the plot', () => {
    const frame = buildBandFrame(input({ reserve: { positive: 30, negative: 20 } }));
    expect(frame.plot.x).toBe(39.8);
    expect(frame.plot.x + frame.plot.width).toBe(606);
  });

  it('uses a fixed domain when given', () => {
    expect(buildBandFrame(input({ fixedDomain: [0, 100] })).valueScale.domain()).toEqual([0, 100]);
  });
});

describe('buildBandFrame, vertical', () => {
  it('divides the width into d3 bands with 20 % inner and 10 % outer padding', () => {
    const frame = buildBandFrame(input({ orientation: 'vertical', categories: [{ key: '2020', label: '2020', highlighted: false }, { key: '2021', label: '2021', highlighted: false }] }));
    // Ticks 0…20 need 14.4 px labels: plot from 4 + 14.4 + 6 = 24.4 to 636, step 611.6 / 2.
    expect(frame.bands.map((band) => band.key)).toEqual(['2020', '2021']);
    expect(frame.bands[0]?.start).toBeCloseTo(54.98, 6);
    expect(frame.bands[1]?.start).toBeCloseTo(360.78, 6);
    expect(frame.bands[0]?.size).toBeCloseTo(244.64, 6);
    expect(frame.plot).toEqual({ x: 24.4, y: 10, width: 611.6, height: 264.4 });
  });
});

describe('labelReserve', () => {
  it('is the widest label plus the gap, or 0 without labels', () => {
    expect(labelReserve(['10', '200'], 10, 4)).toBeCloseTo(22);
    expect(labelReserve([], 10, 4)).toBe(0);
  });
});
