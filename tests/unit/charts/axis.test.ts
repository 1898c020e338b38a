import { describe, expect, it } from 'vitest';
import {
  bottomAxisMarks,
  leftAxisMarks,
  linearDomain,
  linearTicks,
  niceLinearScale,
  thinTicks,
} from '../../../src/lib/charts/axis.ts';
import { textBox } from '../../../src/lib/charts/box.ts';
import { NBSP } from '../../../src/lib/text/number-format.ts';
import type { AxisTick } from '../../../src/lib/charts/marks.ts';

describe('linearDomain', () => {
  it('includes zero when asked', () => {
    expect(linearDomain([5, 10], true)).toEqual([0, 10]);
  });

  it('hugs the data otherwise', () => {
    expect(linearDomain([5, 10], false)).toEqual([5, 10]);
  });

  it('reaches below zero for negative values', () => {
    expect(linearDomain([-3, 10], true)).toEqual([-3, 10]);
    expect(linearDomain([-3, -1], true)).toEqual([-3, 0]);
  });

  it('is [0, 1] without values', () => {
    expect(linearDomain([], true)).toEqual([0, 1]);
  });

  it('widens a flat extent', () => {
    expect(linearDomain([10], false)).toEqual([9, 11]);
    expect(linearDomain([0], true)).toEqual([0, 1]);
  });
});

describe('niceLinearScale and linearTicks', () => {
  it('rounds the domain out to nice numbers', () => {
    expect(niceLinearScale([0, 191.2], [0, 100], 5).domain()).toEqual([0, 200]);
    expect(niceLinearScale([-3.4, 191.2], [0, 100], 5).domain()).toEqual([-50, 200]);
  });

  it('gives positioned, formatted ticks', () => {
    const scale = niceLinearScale([0, 191.2], [0, 400], 5);
    expect(linearTicks(scale, 5, 'million units')).toEqual([
      { value: 0, position: 0, label: '0' },
      { value: 50, position: 100, label: `50${NBSP}M` },
      { value: 100, position: 200, label: `100${NBSP}M` },
      { value: 150, position: 300, label: `150${NBSP}M` },
      { value: 200, position: 400, label: `200${NBSP}M` },
    ]);
  });
});

describe('thinTicks', () => {
  const ticks: AxisTick[] = [0, 10, 20, 30, 40].map((value) => ({ value, position: value, label: 'wide' }));

  it('keeps every tick when labels do not overlap', () => {
    const apart = ticks.map((tick) => ({ ...tick, position: tick.position * 10 }));
    expect(thinTicks(apart, (tick) => textBox(tick.position, 10, tick.label, 10, 'middle'))).toHaveLength(5);
  });

  it('drops every other tick when neighbours overlap', () => {
    // "wide" is 24 px wide: labels 15 px apart overlap; every other one, 30 px apart, clears the 4 px gap.
    const kept = thinTicks(ticks, (tick) => textBox(tick.position * 1.5, 10, tick.label, 10, 'middle'));
    expect(kept.map((tick) => tick.value)).toEqual([0, 20, 40]);
  });
});

describe('axis marks', () => {
  const plot = { x: 50, y: 10, width: 500, height: 200 };

  it('draws bottom ticks as vertical gridlines with labels below the plot', () => {
    const marks = bottomAxisMarks([{ value: 0, position: 300, label: '0' }], plot, 12, 640);
    expect(marks.grid).toEqual([{ kind: 'line', x1: 300, y1: 10, x2: 300, y2: 210, className: 'grid' }]);
    expect(marks.labels[0]).toMatchObject({ kind: 'text', x: 300, y: 225.6, anchor: 'middle', text: '0' });
  });

  it('keeps an edge tick label inside the chart', () => {
    const marks = bottomAxisMarks([{ value: 1, position: 638, label: '1000' }], plot, 10, 640);
    // 4 chars × 6 px = 24 px; its centre may be at most 640 − 4 − 12.
    expect(marks.labels[0]).toMatchObject({ x: 624 });
  });

  it('draws left ticks as horizontal gridlines with right-aligned labels', () => {
    const marks = leftAxisMarks([{ value: 5, position: 100, label: '5' }], plot, 12);
    expect(marks.grid).toEqual([{ kind: 'line', x1: 50, y1: 100, x2: 550, y2: 100, className: 'grid' }]);
    expect(marks.labels[0]).toMatchObject({ x: 44, y: 103.6, anchor: 'end', text: '5' });
  });
});
