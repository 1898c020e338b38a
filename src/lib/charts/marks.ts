// The plain, JSON-able drawing instructions every chart layout returns. A component only loops over
// them and emits <rect>/<path>/<line>/<circle>/<text>; every number and string is final here.

import type { Box } from './box.ts';

/** Horizontal text alignment, as SVG `text-anchor`. */
export type TextAnchor = 'start' | 'middle' | 'end';

interface MarkBase {
  /** Space-separated CSS classes; colour comes only from these (see palette.ts). */
  className: string;
  /** Datum key (e.g. the category value) for annotations and tests; absent on axes and grid. */
  key?: string;
  /** Accessible/tooltip text for an SVG <title>, e.g. "Japan: 191.2 M"; absent when not useful. */
  title?: string;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width, never negative. */
  width: number;
  /** Height, never negative. */
  height: number;
}

export interface PathMark extends MarkBase {
  kind: 'path';
  /** SVG path data. */
  d: string;
}

export interface LineMark extends MarkBase {
  kind: 'line';
  /** Start point x. */
  x1: number;
  /** Start point y. */
  y1: number;
  /** End point x. */
  x2: number;
  /** End point y. */
  y2: number;
}

export interface CircleMark extends MarkBase {
  kind: 'circle';
  /** Centre x. */
  cx: number;
  /** Centre y. */
  cy: number;
  /** Radius. */
  r: number;
}

export interface TextMark extends MarkBase {
  kind: 'text';
  /** Anchor point x. */
  x: number;
  /** Alphabetic baseline y (no dominant-baseline needed). */
  y: number;
  /** Final, formatted text of one line. */
  text: string;
  /** Font size in viewBox px. */
  fontSize: number;
  anchor: TextAnchor;
}

export type Mark = RectMark | PathMark | LineMark | CircleMark | TextMark;

/** Paint order, back to front; a component renders the layers in this order. */
export const LAYER_ORDER = ['grid', 'data', 'axes', 'labels', 'annotations'] as const;
export type LayerName = (typeof LAYER_ORDER)[number];
export type MarkLayers = Record<LayerName, Mark[]>;

/** One tick on an axis: where it is, the datum value, and its formatted label. */
export interface AxisTick {
  /** Tick value: a number, or an ISO date string on date axes. */
  value: number | string;
  /** Coordinate along the axis in viewBox px. */
  position: number;
  /** Formatted tick label. */
  label: string;
}

/** A legend entry, rendered as HTML next to the chart when direct labels are not used. */
export interface LegendItem {
  /** Series or part name as readers see it. */
  label: string;
  /** Colour class of the swatch. */
  className: string;
}

export type ChartKind = 'bar' | 'line' | 'stacked-bar' | 'timeline';

export interface ChartLayout {
  /** Which layout produced this. */
  kind: ChartKind;
  /** viewBox width. */
  width: number;
  /** viewBox height. */
  height: number;
  /** Short title for <title>. */
  title: string;
  /** Plain-English description for <desc> / aria-describedby. */
  description: string;
  /** The plotting area inside the margins. */
  plot: Box;
  /** Marks grouped by paint layer. */
  layers: MarkLayers;
  /** Ticks along x (empty when none). */
  xTicks: AxisTick[];
  /** Ticks along y (empty when none). */
  yTicks: AxisTick[];
  /** Legend entries; empty when the chart has one series or labels its series directly. */
  legend: LegendItem[];
}

/** Layers with no marks. */
export function emptyLayers(): MarkLayers {
  return { grid: [], data: [], axes: [], labels: [], annotations: [] };
}

/** Height of the layout returned for a chart without data. */
export const EMPTY_CHART_HEIGHT = 40;

/** Layout of a chart with no data: no marks, only its title and description. */
export function emptyChartLayout(kind: ChartKind, width: number, title: string, description: string): ChartLayout {
  const plot = { x: 0, y: 0, width, height: EMPTY_CHART_HEIGHT };
  return { kind, width, height: EMPTY_CHART_HEIGHT, title, description, plot, layers: emptyLayers(), xTicks: [], yTicks: [], legend: [] };
}

/** Number of marks over all layers. */
export function countMarks(layers: MarkLayers): number {
  return LAYER_ORDER.reduce((total, layer) => total + layers[layer].length, 0);
}

/** Rounds to 2 decimals so marks stay small and tests can compare exact numbers. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100 + 0; // + 0 turns -0 into 0
}

type Extra = Pick<MarkBase, 'key' | 'title'>;

function withExtra<T extends MarkBase>(mark: T, extra: Extra | undefined): T {
  if (extra?.key !== undefined) mark.key = extra.key;
  if (extra?.title !== undefined) mark.title = extra.title;
  return mark;
}

export function rectMark(box: Box, className: string, extra?: Extra): RectMark {
  return withExtra(
    {
      kind: 'rect',
      x: round2(box.x),
      y: round2(box.y),
      width: round2(box.width),
      height: round2(box.height),
      className,
    },
    extra,
  );
}

export function pathMark(d: string, className: string, extra?: Extra): PathMark {
  return withExtra({ kind: 'path', d, className }, extra);
}

export function lineMark(x1: number, y1: number, x2: number, y2: number, className: string, extra?: Extra): LineMark {
  return withExtra({ kind: 'line', x1: round2(x1), y1: round2(y1), x2: round2(x2), y2: round2(y2), className }, extra);
}

export function circleMark(cx: number, cy: number, r: number, className: string, extra?: Extra): CircleMark {
  return withExtra({ kind: 'circle', cx: round2(cx), cy: round2(cy), r, className }, extra);
}

export function textMark(
  x: number,
  y: number,
  text: string,
  fontSize: number,
  anchor: TextAnchor,
  className: string,
  extra?: Extra,
): TextMark {
  return withExtra({ kind: 'text', x: round2(x), y: round2(y), text, fontSize, anchor, className }, extra);
}
