// Callouts that point at a datum by key: short wrapped text plus a connector line, placed at the
// first candidate position around the target that stays in the chart and clear of marks and of
// earlier callouts.

import { baselineForTop, boxInside, boxesIntersect, markBox, overlapArea, type Box } from './box.ts';
import { circleMark, lineMark, textMark, type Mark, type MarkLayers } from './marks.ts';
import { MARK_CLASSES } from './palette.ts';
import { LINE_HEIGHT } from './sizes.ts';
import { maxTextWidth, wrapLabel } from './text-measure.ts';

export interface AnnotationSpec {
  /** Key of the datum to point at; each layout documents its keys (bars: the category value). */
  target: string;
  /** Short callout text, wrapped to `maxWidth`. */
  text: string;
  /** Widest line in px; default from AnnotationOptions.maxWidth. */
  maxWidth?: number;
}

/** Where a callout points: a datum's position in viewBox px. */
export interface Point {
  x: number;
  y: number;
}

export interface AnnotationOptions {
  /** Font size of callout text in px. */
  fontSize: number;
  /** Default widest line in px; default 140. */
  maxWidth?: number;
  /** Clearance in px kept from marks and other callouts; default 2. */
  clearance?: number;
}

export interface PlacedAnnotation {
  /** The spec's target key. */
  target: string;
  /** Box taken by the wrapped text. */
  box: Box;
  /** The wrapped text, one entry per line. */
  lines: string[];
  /** True when no candidate was free and the least-overlapping one was used. */
  overlaps: boolean;
}

export interface AnnotationLayout {
  /** Connector lines, target dots and text lines, for the annotations layer. */
  marks: Mark[];
  /** Where each callout went, in spec order. */
  placed: PlacedAnnotation[];
}

/** Distances from the target tried in turn, nearest first. */
const DISTANCES = [12, 28, 52] as const;
/** Sideways offset of above/below candidates from the target. */
const NUDGE = 4;
const DEFAULT_MAX_WIDTH = 140;
/** Shares of the widest line tried in turn when a callout finds no free place. */
const NARROWER = [1, 0.75, 0.55] as const;
/** Narrowest wrap tried, in px. */
const MIN_WRAP_WIDTH = 60;
const DOT_RADIUS = 2.5;

/** Candidate boxes of size width × height around `target`, in order of preference. */
export function candidateBoxes(target: Point, width: number, height: number): Box[] {
  const { x, y } = target;
  return DISTANCES.flatMap((d) => [
    { x: x + NUDGE, y: y - d - height, width, height }, // above right
    { x: x - NUDGE - width, y: y - d - height, width, height }, // above left
    { x: x + d, y: y - height / 2, width, height }, // right
    { x: x - d - width, y: y - height / 2, width, height }, // left
    { x: x + NUDGE, y: y + d, width, height }, // below right
    { x: x - NUDGE - width, y: y + d, width, height }, // below left
  ]);
}

function clampInto(box: Box, bounds: Box): Box {
  const x = Math.min(Math.max(box.x, bounds.x), bounds.x + bounds.width - box.width);
  const y = Math.min(Math.max(box.y, bounds.y), bounds.y + bounds.height - box.height);
  return { ...box, x, y };
}

/**
 * Candidates inside `bounds`: those of candidateBoxes that fit, then the ones that stick out
 * sideways shifted back in (so a target near the right edge can still have its callout above it).
 */
export function boundedCandidates(target: Point, width: number, height: number, bounds: Box): Box[] {
  const all = candidateBoxes(target, width, height);
  const fitting = all.filter((box) => boxInside(box, bounds));
  const shifted = all
    .filter((box) => !boxInside(box, bounds))
    .map((box) => clampInto(box, bounds))
    .filter((box) => boxInside(box, bounds) && !fitting.some((other) => other.x === box.x && other.y === box.y));
  return [...fitting, ...shifted];
}

/** Point of `box` nearest to `point`, where the connector meets the text. */
function nearestPoint(box: Box, point: Point): Point {
  return {
    x: Math.min(Math.max(point.x, box.x), box.x + box.width),
    y: Math.min(Math.max(point.y, box.y), box.y + box.height),
  };
}

/** Connector length left unchecked next to the target, which sits on its own mark. */
const CONNECTOR_START = 4;

/** 1 px boxes every 3 px along the connector from `target` to `box`, skipping its first few px. */
function connectorSamples(target: Point, box: Box): Box[] {
  const end = nearestPoint(box, target);
  const length = Math.hypot(end.x - target.x, end.y - target.y);
  const samples: Box[] = [];
  for (let travelled = CONNECTOR_START; travelled < length; travelled += 3) {
    const t = travelled / length;
    samples.push({ x: target.x + (end.x - target.x) * t - 0.5, y: target.y + (end.y - target.y) * t - 0.5, width: 1, height: 1 });
  }
  return samples;
}

/** Boxes of marks that callouts must avoid (paths have none; pass their sampled points instead). */
export function obstacleBoxes(marks: readonly Mark[]): Box[] {
  return marks.map(markBox).filter((box): box is Box => box !== null);
}

/** A callout pointing at a key no datum of the chart has. */
export class UnknownTargetError extends Error {
  readonly target: string;
  /** Keys the chart has, in drawing order. */
  readonly known: readonly string[];
  constructor(target: string, known: readonly string[]) {
    const shown = known.slice(0, 12).map((key) => `"${key}"`);
    super(`Annotation target "${target}" matches no datum. Known keys: ${shown.join(', ') || '(none)'}${known.length > shown.length ? ', …' : ''}`);
    this.name = 'UnknownTargetError';
    this.target = target;
    this.known = known;
  }
}

/**
 * Places callouts one by one. Throws when a target key is unknown, naming it and some known keys.
 * `bounds` is the area callouts must stay in (usually the chart inside its padding).
 */
export function layoutAnnotations(
  specs: readonly AnnotationSpec[],
  targets: ReadonlyMap<string, Point>,
  obstacles: readonly Box[],
  bounds: Box,
  options: AnnotationOptions,
): AnnotationLayout {
  const { fontSize } = options;
  const clearance = options.clearance ?? 2;
  const lineHeight = fontSize * LINE_HEIGHT;
  const taken: Box[] = [...obstacles];
  const marks: Mark[] = [];
  const placed: PlacedAnnotation[] = [];

  for (const spec of specs) {
    const target = targets.get(spec.target);
    if (!target) throw new UnknownTargetError(spec.target, [...targets.keys()]);
    const maxWidth = Math.min(spec.maxWidth ?? options.maxWidth ?? DEFAULT_MAX_WIDTH, bounds.width);
    const clear = (box: Box): boolean =>
      !taken.some((other) => boxesIntersect(box, other, clearance)) &&
      !connectorSamples(target, box).some((piece) => taken.some((other) => boxesIntersect(piece, other)));
    const overlapOf = (box: Box): number =>
      [box, ...connectorSamples(target, box)].reduce(
        (sum, piece) => sum + taken.reduce((inner, other) => inner + overlapArea(piece, other), 0),
        0,
      );
    // The text at its widest first; when no place is free, narrower (taller) wraps may fit a gap.
    const wraps = NARROWER.map((share) => wrapLabel(spec.text, Math.max(MIN_WRAP_WIDTH, maxWidth * share), fontSize));
    const tries = wraps.map((wrapped) => {
      const size = { width: maxTextWidth(wrapped, fontSize), height: wrapped.length * lineHeight };
      return { lines: wrapped, candidates: boundedCandidates(target, size.width, size.height, bounds), ...size };
    });
    const first = tries[0] ?? { lines: [], candidates: [], width: 0, height: 0 };
    const found = tries.map((attempt) => ({ attempt, box: attempt.candidates.find(clear) })).find((result) => result.box !== undefined);
    const free = found?.box;
    const { lines, width, height } = found?.attempt ?? first;
    const leastOverlapping = [...first.candidates].sort((a, b) => overlapOf(a) - overlapOf(b))[0];
    const fallback = clampInto({ x: target.x + NUDGE, y: target.y - DISTANCES[0] - height, width, height }, bounds);
    const box = free ?? leastOverlapping ?? fallback;
    taken.push(box);
    placed.push({ target: spec.target, box, lines, overlaps: free === undefined });

    const end = nearestPoint(box, target);
    marks.push(lineMark(target.x, target.y, end.x, end.y, MARK_CLASSES.annotationConnector, { key: spec.target }));
    marks.push(circleMark(target.x, target.y, DOT_RADIUS, MARK_CLASSES.annotationDot, { key: spec.target }));
    lines.forEach((line, index) => {
      const y = baselineForTop(box.y + index * lineHeight, fontSize);
      marks.push(textMark(box.x, y, line, fontSize, 'start', MARK_CLASSES.annotationText, { key: spec.target }));
    });
  }
  return { marks, placed };
}

/**
 * Places callouts on a finished chart: obstacles are its rects, circles and texts (gridlines and
 * other lines may be crossed) plus `extraObstacles` (e.g. sampled line paths); the callout marks
 * are appended to the annotations layer. Bounds are the chart inside `padding`.
 */
export function annotateLayers(
  layers: MarkLayers,
  specs: readonly AnnotationSpec[],
  targets: ReadonlyMap<string, Point>,
  chart: { width: number; height: number; padding: number; fontSize: number },
  extraObstacles: readonly Box[] = [],
): PlacedAnnotation[] {
  if (specs.length === 0) return [];
  const solid = [...layers.data, ...layers.axes, ...layers.labels].filter((mark) => mark.kind !== 'line');
  const bounds = {
    x: chart.padding,
    y: chart.padding,
    width: chart.width - 2 * chart.padding,
    height: chart.height - 2 * chart.padding,
  };
  const result = layoutAnnotations(specs, targets, [...obstacleBoxes(solid), ...extraObstacles], bounds, {
    fontSize: chart.fontSize,
    maxWidth: Math.min(DEFAULT_MAX_WIDTH, bounds.width * 0.45),
  });
  layers.annotations.push(...result.marks);
  return result.placed;
}
