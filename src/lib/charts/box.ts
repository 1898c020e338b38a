// Axis-aligned bounding boxes: overlap tests and the approximate boxes of marks, for collision
// avoidance of labels and annotations.

import { round2, type Mark, type TextAnchor } from './marks.ts';
import { textWidth } from './text-measure.ts';

export interface Box {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  width: number;
  height: number;
}

/** Height above the baseline taken by text, in em. */
export const TEXT_ASCENT_EM = 0.8;
/** Depth below the baseline taken by text, in em. */
export const TEXT_DESCENT_EM = 0.2;

/** Baseline y that vertically centres a line of text on `centerY`. */
export function baselineForCenter(centerY: number, fontSize: number): number {
  return centerY + ((TEXT_ASCENT_EM - TEXT_DESCENT_EM) / 2) * fontSize;
}

/** Baseline y of a line of text whose top edge is `top`. */
export function baselineForTop(top: number, fontSize: number): number {
  return top + TEXT_ASCENT_EM * fontSize;
}

/** Approximate box of one line of text anchored at (x, baseline y). */
export function textBox(x: number, y: number, text: string, fontSize: number, anchor: TextAnchor): Box {
  const width = textWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: y - TEXT_ASCENT_EM * fontSize, width, height: fontSize };
}

/** True when the boxes overlap by more than touching; `gap` demands that much clearance. */
export function boxesIntersect(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** The box with coordinates rounded to 2 decimals. */
export function roundBox(box: Box): Box {
  return { x: round2(box.x), y: round2(box.y), width: round2(box.width), height: round2(box.height) };
}

/** Area shared by two boxes (0 when apart). */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** True when `inner` lies entirely within `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  const epsilon = 1e-9;
  return (
    inner.x >= outer.x - epsilon &&
    inner.y >= outer.y - epsilon &&
    inner.x + inner.width <= outer.x + outer.width + epsilon &&
    inner.y + inner.height <= outer.y + outer.height + epsilon
  );
}

/** Smallest box containing all the given boxes; null for none. */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Approximate box of a mark; null for paths (callers sample their points instead). */
export function markBox(mark: Mark): Box | null {
  switch (mark.kind) {
    case 'rect':
      return { x: mark.x, y: mark.y, width: mark.width, height: mark.height };
    case 'circle':
      return { x: mark.cx - mark.r, y: mark.cy - mark.r, width: mark.r * 2, height: mark.r * 2 };
    case 'line':
      return {
        x: Math.min(mark.x1, mark.x2),
        y: Math.min(mark.y1, mark.y2),
        width: Math.abs(mark.x2 - mark.x1),
        height: Math.abs(mark.y2 - mark.y1),
      };
    case 'text':
      return textBox(mark.x, mark.y, mark.text, mark.fontSize, mark.anchor);
    case 'path':
      return null;
  }
}

/** Small boxes every `step` px along a polyline, standing in for a path as an obstacle. */
export function polylineObstacles(points: ReadonlyArray<readonly [number, number]>, step = 4, size = 2): Box[] {
  const boxes: Box[] = [];
  const at = (x: number, y: number): Box => ({ x: x - size / 2, y: y - size / 2, width: size, height: size });
  points.forEach(([x, y], index) => {
    boxes.push(at(x, y));
    const next = points[index + 1];
    if (!next) return;
    const length = Math.hypot(next[0] - x, next[1] - y);
    for (let travelled = step; travelled < length; travelled += step) {
      const t = travelled / length;
      boxes.push(at(x + (next[0] - x) * t, y + (next[1] - y) * t));
    }
  });
  return boxes;
}
