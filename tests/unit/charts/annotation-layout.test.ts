import { describe, expect, it } from 'vitest';
import { annotateLayers, boundedCandidates, candidateBoxes, layoutAnnotations } from '../../../src/lib/charts/annotation-layout.ts';
import { boxesIntersect, boxInside } from '../../../src/lib/charts/box.ts';
import { emptyLayers, rectMark, type TextMark } from '../../../src/lib/charts/marks.ts';
import { pairs } from './fixtures.ts';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const targets = new Map([
  ['Japan', { x: 200, y: 150 }],
  ['Chile', { x: 100, y: 100 }],
]);
const options = { fontSize: 10, maxWidth: 100 };

describe('candidateBoxes', () => {
  it('tries above-right first, then above-left, right, left, below-right, below-left', () => {
    const [aboveRight, aboveLeft, right, left, belowRight, belowLeft] = candidateBoxes({ x: 100, y: 100 }, 20, 10);
    expect(aboveRight).toEqual({ x: 104, y: 78, width: 20, height: 10 });
    expect(aboveLeft).toEqual({ x: 76, y: 78, width: 20, height: 10 });
    expect(right).toEqual({ x: 112, y: 95, width: 20, height: 10 });
    expect(left).toEqual({ x: 68, y: 95, width: 20, height: 10 });
    expect(belowRight).toEqual({ x: 104, y: 112, width: 20, height: 10 });
    expect(belowLeft).toEqual({ x: 76, y: 112, width: 20, height: 10 });
  });
});

describe('layoutAnnotations', () => {
  it('places a callout above-right of its target when nothing is in the way', () => {
    const { placed } = layoutAnnotations([{ target: 'Japan', text: 'Peak' }], targets, [], bounds, options);
    // "Peak" is 24 px wide, one 12 px line; above-right is 12 px above the target.
    expect(placed).toEqual([{ target: 'Japan', box: { x: 204, y: 126, width: 24, height: 12 }, lines: ['Peak'], overlaps: false }]);
  });

  it('emits a connector from the target to the nearest corner of the text, a dot and the text lines', () => {
    const { marks } = layoutAnnotations([{ target: 'Japan', text: 'Peak' }], targets, [], bounds, options);
    expect(marks).toEqual([
      { kind: 'line', x1: 200, y1: 150, x2: 204, y2: 138, className: 'annotation-connector', key: 'Japan' },
      { kind: 'circle', cx: 200, cy: 150, r: 2.5, className: 'annotation-dot', key: 'Japan' },
      { kind: 'text', x: 204, y: 134, text: 'Peak', fontSize: 10, anchor: 'start', className: 'annotation-text', key: 'Japan' },
    ]);
  });

  it('wraps the text to the maximum width', () => {
    const { placed } = layoutAnnotations([{ target: 'Japan', text: 'Sales doubled after the new plant opened' }], targets, [], bounds, options);
    expect(placed[0]?.lines).toEqual(['Sales doubled', 'after the new', 'plant opened']);
  });

  it('moves on to the next candidate when a mark is in the way', () => {
    const bar = { x: 200, y: 100, width: 100, height: 45 };
    const { placed } = layoutAnnotations([{ target: 'Japan', text: 'Peak' }], targets, [bar], bounds, options);
    expect(placed[0]?.box).toEqual({ x: 172, y: 126, width: 24, height: 12 }); // above-left
    expect(boxesIntersect(placed[0]!.box, bar)).toBe(false);
  });

  it('keeps callouts on the same target apart', () => {
    const specs = [
      { target: 'Japan', text: 'First note' },
      { target: 'Japan', text: 'Second note' },
      { target: 'Japan', text: 'Third note' },
    ];
    const { placed } = layoutAnnotations(specs, targets, [], bounds, options);
    for (const [a, b] of pairs(placed)) expect(boxesIntersect(a.box, b.box)).toBe(false);
  });

  it('stays inside the bounds near an edge', () => {
    const edge = new Map([['corner', { x: 395, y: 5 }]]);
    const { placed } = layoutAnnotations([{ target: 'corner', text: 'Edge case' }], edge, [], bounds, options);
    expect(boxInside(placed[0]!.box, bounds)).toBe(true);
  });

  it('shifts a callout that sticks out sideways back inside, above its target', () => {
    const edge = new Map([['right', { x: 390, y: 150 }]]);
    const wall = { x: 300, y: 150, width: 100, height: 150 }; // the bar the target sits on, and everything below
    const label = { x: 250, y: 60, width: 65, height: 85 }; // blocks every place on the left
    const { placed } = layoutAnnotations([{ target: 'right', text: 'Near the edge' }], edge, [wall, label], bounds, options);
    expect(placed[0]?.overlaps).toBe(false);
    expect(placed[0]!.box.x).toBeCloseTo(322); // above-right (x 394), shifted left to end at the bounds
    expect(placed[0]!.box.y).toBeCloseTo(126);
  });

  it('wraps the text narrower when that is the only way to find a free place', () => {
    // A 70 px wide shaft above the target: the 78 px wide lines of the first wrap do not fit.
    const narrowGap = new Map([['gap', { x: 156, y: 200 }]]);
    const walls = [
      { x: 0, y: 0, width: 150, height: 300 },
      { x: 220, y: 0, width: 180, height: 300 },
      { x: 150, y: 200, width: 70, height: 100 },
    ];
    const { placed } = layoutAnnotations([{ target: 'gap', text: 'Sales doubled after the new plant opened' }], narrowGap, walls, bounds, options);
    expect(placed[0]?.overlaps).toBe(false);
    expect(placed[0]!.box.width).toBeCloseTo(54);
    expect(placed[0]!.lines.join(' ')).toBe('Sales doubled after the new plant opened');
  });

  it('flags a callout that had to overlap because every position was taken', () => {
    const everything = [{ x: 0, y: 0, width: 400, height: 300 }];
    const { placed } = layoutAnnotations([{ target: 'Japan', text: 'Crowded' }], targets, everything, bounds, options);
    expect(placed[0]?.overlaps).toBe(true);
    expect(boxInside(placed[0]!.box, bounds)).toBe(true);
  });

  it('throws for an unknown target, naming it and the known keys', () => {
    expect(() => layoutAnnotations([{ target: 'Peru', text: 'x' }], targets, [], bounds, options)).toThrow(
      'Annotation target "Peru" matches no datum. Known keys: "Japan", "Chile"',
    );
  });
});

describe('boundedCandidates', () => {
  const area = { x: 0, y: 0, width: 200, height: 100 };

  it('keeps the candidates that fit, in order, then those shifted back inside', () => {
    const all = candidateBoxes({ x: 190, y: 50 }, 30, 10);
    const result = boundedCandidates({ x: 190, y: 50 }, 30, 10, area);
    const fitting = all.filter((box) => boxInside(box, area));
    expect(result.slice(0, fitting.length)).toEqual(fitting);
    const shifted = result.slice(fitting.length);
    expect(shifted.every((box) => boxInside(box, area))).toBe(true);
    expect(shifted[0]).toEqual({ x: 170, y: 28, width: 30, height: 10 }); // above-right, moved left
  });

  it('gives no candidates for a callout larger than the area', () => {
    expect(boundedCandidates({ x: 10, y: 10 }, 300, 10, area)).toEqual([]);
  });
});

describe('annotateLayers', () => {
  it('avoids the chart\'s bars and appends its marks to the annotations layer', () => {
    const layers = emptyLayers();
    layers.data.push(rectMark({ x: 0, y: 100, width: 200, height: 50 }, 'series-0', { key: 'Japan' }));
    const placed = annotateLayers(layers, [{ target: 'Japan', text: 'Record' }], targets, { width: 400, height: 300, padding: 4, fontSize: 13 });
    const textMarks = layers.annotations.filter((mark): mark is TextMark => mark.kind === 'text');
    expect(textMarks.map((mark) => mark.text)).toEqual(['Record']);
    expect(boxesIntersect(placed[0]!.box, { x: 0, y: 100, width: 200, height: 50 })).toBe(false);
  });

  it('does nothing without annotations', () => {
    const layers = emptyLayers();
    expect(annotateLayers(layers, [], targets, { width: 400, height: 300, padding: 4, fontSize: 13 })).toEqual([]);
    expect(layers.annotations).toEqual([]);
  });
});
