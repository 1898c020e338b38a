import { describe, expect, it } from 'vitest';
import {
  countMarks,
  emptyChartLayout,
  emptyLayers,
  LAYER_ORDER,
  rectMark,
  round2,
  textMark,
} from '../../../src/lib/charts/marks.ts';

describe('round2', () => {
  it('rounds to two decimals', () => {
    expect(round2(1.23456)).toBe(1.23);
    expect(round2(326.6112)).toBe(326.61);
  });

  it('turns negative zero into zero', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });
});

describe('mark constructors', () => {
  it('round coordinates and carry key and title', () => {
    expect(rectMark({ x: 1.005, y: 2.3333, width: 3.14159, height: 4 }, 'series-0', { key: 'Japan', title: 'Japan: 1' })).toEqual({
      kind: 'rect',
      x: 1,
      y: 2.33,
      width: 3.14,
      height: 4,
      className: 'series-0',
      key: 'Japan',
      title: 'Japan: 1',
    });
  });

  it('leave key and title out when not given, so marks stay minimal JSON', () => {
    expect(Object.keys(textMark(1, 2, 'a', 12, 'start', 'tick-label')).sort()).toEqual(
      ['anchor', 'className', 'fontSize', 'kind', 'text', 'x', 'y'].sort(),
    );
  });
});

describe('layers', () => {
  it('paint grid first and annotations last', () => {
    expect(LAYER_ORDER).toEqual(['grid', 'data', 'axes', 'labels', 'annotations']);
  });

  it('start empty and are counted over all layers', () => {
    const layers = emptyLayers();
    expect(countMarks(layers)).toBe(0);
    layers.data.push(textMark(0, 0, 'a', 12, 'start', 'x'));
    layers.labels.push(textMark(0, 0, 'b', 12, 'start', 'x'));
    expect(countMarks(layers)).toBe(2);
  });

  it('make an empty chart layout with no marks and the given description', () => {
    const layout = emptyChartLayout('bar', 640, 'Sales', 'Sales: bar chart with no data.');
    expect(countMarks(layout.layers)).toBe(0);
    expect(layout).toMatchObject({ kind: 'bar', width: 640, title: 'Sales', description: 'Sales: bar chart with no data.' });
  });
});
