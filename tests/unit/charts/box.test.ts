import { describe, expect, it } from 'vitest';
import {
  baselineForCenter,
  baselineForTop,
  boxesIntersect,
  boxInside,
  markBox,
  overlapArea,
  polylineObstacles,
  textBox,
  unionBox,
} from '../../../src/lib/charts/box.ts';
import { circleMark, lineMark, pathMark, rectMark, textMark } from '../../../src/lib/charts/marks.ts';

const square = { x: 0, y: 0, width: 10, height: 10 };

describe('boxesIntersect', () => {
  it('is true for overlapping boxes', () => {
    expect(boxesIntersect(square, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
  });

  it('is false for boxes that only touch', () => {
    expect(boxesIntersect(square, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });

  it('treats boxes closer than the gap as intersecting', () => {
    expect(boxesIntersect(square, { x: 12, y: 0, width: 10, height: 10 }, 3)).toBe(true);
    expect(boxesIntersect(square, { x: 13, y: 0, width: 10, height: 10 }, 3)).toBe(false);
  });
});

describe('box helpers', () => {
  it('measures the shared area', () => {
    expect(overlapArea(square, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea(square, { x: 20, y: 0, width: 10, height: 10 })).toBe(0);
  });

  it('knows when a box lies inside another', () => {
    expect(boxInside({ x: 1, y: 1, width: 8, height: 8 }, square)).toBe(true);
    expect(boxInside({ x: 5, y: 5, width: 8, height: 8 }, square)).toBe(false);
  });

  it('unites boxes', () => {
    expect(unionBox([square, { x: 20, y: -5, width: 5, height: 5 }])).toEqual({ x: 0, y: -5, width: 25, height: 15 });
    expect(unionBox([])).toBeNull();
  });
});

describe('text boxes', () => {
  it('places the baseline 0.8 em below the top and centres at +0.3 em', () => {
    expect(baselineForTop(100, 10)).toBe(108);
    expect(baselineForCenter(100, 10)).toBe(103);
  });

  it('spans from the anchor according to text-anchor', () => {
    expect(textBox(100, 108, 'abcd', 10, 'start')).toEqual({ x: 100, y: 100, width: 24, height: 10 });
    expect(textBox(100, 108, 'abcd', 10, 'end').x).toBe(76);
    expect(textBox(100, 108, 'abcd', 10, 'middle').x).toBe(88);
  });
});

describe('markBox', () => {
  it('uses a rect as its own box', () => {
    expect(markBox(rectMark({ x: 1, y: 2, width: 3, height: 4 }, 'series-0'))).toEqual({ x: 1, y: 2, width: 3, height: 4 });
  });

  it('boxes circles, lines and text', () => {
    expect(markBox(circleMark(10, 10, 2, 'point'))).toEqual({ x: 8, y: 8, width: 4, height: 4 });
    expect(markBox(lineMark(10, 0, 0, 5, 'grid'))).toEqual({ x: 0, y: 0, width: 10, height: 5 });
    expect(markBox(textMark(0, 8, 'ab', 10, 'start', 'label'))).toEqual({ x: 0, y: 0, width: 12, height: 10 });
  });

  it('has no box for a path', () => {
    expect(markBox(pathMark('M0,0L10,10', 'line'))).toBeNull();
  });
});

describe('polylineObstacles', () => {
  it('samples a point every step along each segment, plus every vertex', () => {
    const boxes = polylineObstacles([[0, 0], [10, 0]], 4, 2);
    expect(boxes.map((box) => box.x + 1)).toEqual([0, 4, 8, 10]);
    expect(boxes[0]).toEqual({ x: -1, y: -1, width: 2, height: 2 });
  });
});
