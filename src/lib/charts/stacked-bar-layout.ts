// Stacked bar chart layout: parts of each category stacked end to end, as counts or as 100 %
// shares (e.g. domestic vs overseas per year), using d3-shape's stack.

import { stack, stackOffsetDiverging, stackOffsetExpand } from 'd3';
import type { DataTable } from '../content/table.ts';
import { annotateLayers, type AnnotationSpec, type Point } from './annotation-layout.ts';
import {
  BAR_END_GAP,
  barEndLabel,
  buildBandFrame,
  chooseOrientation,
  labelReserve,
  sortByValue,
  type BandFrame,
  type Orientation,
  type OrientationOption,
  type SortOrder,
} from './band-frame.ts';
import { baselineForCenter, type Box } from './box.ts';
import { cellLabeler, columnLabel, numberCell, requireColumn, requireNumberColumn } from './columns.ts';
import { cellKey } from '../datasets/row-filter.ts';
import { describeStackedBarChart } from './describe.ts';
import { formatValue, MISSING_LABEL } from '../text/number-format.ts';
import { emptyChartLayout, emptyLayers, rectMark, textMark, type ChartLayout, type LegendItem, type Mark } from './marks.ts';
import { MARK_CLASSES, MUTED_CLASS, seriesClass } from './palette.ts';
import { isNarrow, PAD, resolveFontSizes, type FontSizeOptions, type FontSizes } from './sizes.ts';
import { textWidth } from './text-measure.ts';

export type StackMode = 'count' | 'share';

export interface StackedBarLayoutOptions extends FontSizeOptions {
  /** viewBox width in px, e.g. WIDE (640) or NARROW (340). */
  width: number;
  /** Column naming each bar. */
  category: string;
  /** Value columns stacked in this order, from the baseline outwards. */
  parts: readonly string[];
  /** 'count' (default) stacks the values; 'share' stacks each part's % of its bar's total (bars reach 100 %). */
  mode?: StackMode;
  /** Bar direction; default 'auto' (vertical only for date/number categories that fit). */
  orientation?: OrientationOption;
  /** Order of bars by total; default 'none' (table order). */
  sort?: SortOrder;
  /** Category keys to highlight; the other bars are muted. Default none. */
  highlight?: readonly string[];
  /** Count mode: print each bar's total at its end; default true (never for shares or negative parts). */
  totals?: boolean;
  /** Title for <title> and the description; default "part1, part2 …" labels. */
  title?: string;
  /** Unit of the values; default the first part column's unit. Share mode always shows %. */
  unit?: string;
  /** Horizontal bars: bar thickness in px; default 22. */
  barThickness?: number;
  /** Vertical bars: chart height in px; default 60 % of the width, at least 240. */
  height?: number;
  /** Approximate number of value ticks; default 5 (wide) or 3 (narrow). */
  tickCount?: number;
  /** Callouts; target = category value (bar end) or "category/part column" (segment centre). */
  annotations?: readonly AnnotationSpec[];
  /** Part columns drawn in the muted colour, such as "Others"; they take no series colour. Default none. */
  otherParts?: readonly string[];
}

/** Room a segment needs around its label text. */
const SEGMENT_LABEL_PADDING = 6;

interface StackRow {
  key: string;
  label: string;
  highlighted: boolean;
  values: (number | null)[];
  /** Sum of the parts; null when any part is missing (the total would be wrong). */
  total: number | null;
}

interface Segment {
  partIndex: number;
  value: number;
  /** Start and end along the value axis, in data units (percent in share mode). */
  from: number;
  to: number;
}

/** Sum of all values, or null when any is missing. */
function completeSum(values: readonly (number | null)[]): number | null {
  return values.every((value) => value !== null) ? values.reduce<number>((sum, value) => sum + (value ?? 0), 0) : null;
}

/**
 * Stacks every row: segments per row, in part order, with missing or zero parts left out. In share
 * mode a row with a missing part has no segments at all: its shares are unknown.
 */
function stackRows(rows: readonly StackRow[], partCount: number, mode: StackMode): Segment[][] {
  const keys = Array.from({ length: partCount }, (_, index) => index);
  const stacked = stack<StackRow, number>()
    .keys(keys)
    .value((row, key) => row.values[key] ?? 0)
    .offset(mode === 'share' ? stackOffsetExpand : stackOffsetDiverging)(rows);
  const scale = mode === 'share' ? 100 : 1;
  return rows.map((row, rowIndex) =>
    keys.flatMap((partIndex) => {
      const value = row.values[partIndex] ?? null;
      const span = stacked[partIndex]?.[rowIndex];
      if (value === null || value === 0 || !span || (mode === 'share' && row.total === null)) return [];
      const from = span[0] * scale;
      const to = span[1] * scale;
      return [{ partIndex, value: mode === 'share' ? to - from : value, from, to }];
    }),
  );
}

/** Colour class of each part: series colours in order, skipping "other" parts, which are muted. */
export function colourParts(partNames: readonly string[], otherParts: readonly string[]): string[] {
  const others = new Set(otherParts);
  let next = 0;
  return partNames.map((name) => (others.has(name) ? MUTED_CLASS : seriesClass(next++)));
}

/** The biggest segment over all bars (first wins ties), for the description. */
function largestSegment(
  rows: readonly StackRow[],
  segments: readonly Segment[][],
  partLabels: readonly string[],
): { category: string; part: string; share: number } | undefined {
  let best: { category: string; part: string; share: number } | undefined;
  rows.forEach((row, rowIndex) => {
    for (const segment of segments[rowIndex] ?? []) {
      if (!best || segment.value > best.share) best = { category: row.label, part: partLabels[segment.partIndex] ?? '', share: segment.value };
    }
  });
  return best;
}

interface StackMarks {
  data: Mark[];
  labels: Mark[];
  targets: Map<string, Point>;
}

function segmentFits(box: Box, text: string, fontSize: number): boolean {
  return box.width >= textWidth(text, fontSize) + SEGMENT_LABEL_PADDING && box.height >= fontSize + 2;
}

function stackMarks(
  rows: readonly StackRow[],
  segments: readonly Segment[][],
  partNames: readonly string[],
  partLabels: readonly string[],
  frame: BandFrame,
  orientation: Orientation,
  options: { mode: StackMode; unit: string | undefined; fonts: FontSizes; totals: boolean; highlighting: boolean; partClasses: readonly string[] },
): StackMarks {
  const { fonts } = options;
  const horizontal = orientation === 'horizontal';
  const scale = frame.valueScale;
  const result: StackMarks = { data: [], labels: [], targets: new Map() };
  const segmentText = (segment: Segment): string =>
    formatValue(segment.value, options.mode === 'share' ? '%' : options.unit);

  rows.forEach((row, rowIndex) => {
    const band = frame.bands[rowIndex];
    if (!band) return;
    const center = band.start + band.size / 2;
    const at = (value: number): Point => (horizontal ? { x: scale(value), y: center } : { x: center, y: scale(value) });
    const rowSegments = segments[rowIndex] ?? [];
    const top = Math.max(0, ...rowSegments.map((segment) => segment.to));
    result.targets.set(row.key, at(top));

    if (rowSegments.length === 0) {
      result.labels.push(barEndLabel(orientation, frame.zero, center, MISSING_LABEL, fonts.tick, false, MARK_CLASSES.missingLabel, row.key));
      return;
    }
    for (const segment of rowSegments) {
      const a = scale(segment.from);
      const b = scale(segment.to);
      const box: Box = horizontal
        ? { x: Math.min(a, b), y: band.start, width: Math.abs(b - a), height: band.size }
        : { x: band.start, y: Math.min(a, b), width: band.size, height: Math.abs(b - a) };
      const partName = partNames[segment.partIndex] ?? '';
      const key = `${row.key}/${partName}`;
      const text = segmentText(segment);
      const colour = options.partClasses[segment.partIndex] ?? seriesClass(segment.partIndex);
      const className = options.highlighting && !row.highlighted && colour !== MUTED_CLASS ? `${colour} ${MUTED_CLASS}` : colour;
      const title = `${row.label}, ${partLabels[segment.partIndex] ?? partName}: ${text}`;
      result.data.push(rectMark(box, className, { key, title }));
      result.targets.set(key, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
      if (segmentFits(box, text, fonts.tick)) {
        const labelClass = `${MARK_CLASSES.segmentLabel} on-${colour}`;
        const y = baselineForCenter(box.y + box.height / 2, fonts.tick);
        result.labels.push(textMark(box.x + box.width / 2, y, text, fonts.tick, 'middle', labelClass, { key }));
      }
    }
    if (options.totals) {
      // An incomplete bar gets "n/a" instead of a total that would undercount.
      const text = formatValue(row.total, options.unit);
      const className = row.total === null ? MARK_CLASSES.missingLabel : MARK_CLASSES.valueLabel;
      result.labels.push(barEndLabel(orientation, scale(top), center, text, fonts.tick, false, className, row.key));
    }
  });
  return result;
}

/** Lays out a stacked bar chart of `table`. Throws on unknown or non-numeric columns, and on negative shares. */
export function layoutStackedBarChart(table: DataTable, options: StackedBarLayoutOptions): ChartLayout {
  const categoryColumn = requireColumn(table, options.category, 'stack category');
  if (options.parts.length === 0) throw new Error('Stacked bar chart needs at least one part column');
  const partColumns = options.parts.map((name) => requireNumberColumn(table, name, 'stack part'));
  const partNames = partColumns.map((column) => column.name);
  const partLabels = partColumns.map(columnLabel);
  const mode = options.mode ?? 'count';
  const { width } = options;
  const fonts = resolveFontSizes(options);
  const unit = mode === 'share' ? '%' : (options.unit ?? partColumns[0]?.unit);
  const countUnit = options.unit ?? partColumns[0]?.unit;
  const title = options.title ?? partLabels.join(', ');

  const highlight = new Set(options.highlight ?? []);
  const labelOf = cellLabeler(categoryColumn, table.rows);
  const unsorted: StackRow[] = table.rows.map((row) => {
    const values = partNames.map((name) => numberCell(row, name));
    const key = cellKey(row[categoryColumn.name]);
    return { key, label: labelOf(row[categoryColumn.name]), highlighted: highlight.has(key), values, total: completeSum(values) };
  });
  const hasNegative = unsorted.some((row) => row.values.some((value) => value !== null && value < 0));
  if (mode === 'share' && hasNegative) {
    const row = unsorted.find((r) => r.values.some((value) => value !== null && value < 0));
    throw new Error(`Share mode needs values of 0 or more; category "${row?.key ?? ''}" has a negative part`);
  }
  const rows = sortByValue(unsorted, (row) => row.total, options.sort ?? 'none');
  const segments = stackRows(rows, partNames.length, mode);
  const partClasses = colourParts(partNames, options.otherParts ?? []);
  const describe = (): string =>
    describeStackedBarChart({
      title,
      unit: countUnit,
      mode,
      partNames: partLabels,
      largestShare: mode === 'share' ? largestSegment(rows, segments, partLabels) : undefined,
      categories: rows.map((row) => {
        const first = row.values[0] ?? null;
        const share = first !== null && row.total !== null && row.total > 0 ? (first / row.total) * 100 : null;
        return { label: row.label, total: row.total, firstShare: share };
      }),
    });
  if (rows.length === 0) return emptyChartLayout('stacked-bar', width, title, describe());

  const orientation = chooseOrientation(options.orientation ?? 'auto', categoryColumn.type, rows.map((row) => row.label), width, fonts.label);
  const totals = mode === 'count' && !hasNegative && (options.totals ?? true);
  const totalTexts = totals ? rows.map((row) => formatValue(row.total, countUnit)) : [];
  const positive = orientation === 'horizontal' ? labelReserve(totalTexts, fonts.tick, BAR_END_GAP) : totalTexts.length ? fonts.tick + BAR_END_GAP : 0;
  const frame = buildBandFrame({
    width,
    orientation,
    categories: rows,
    values: segments.flat().flatMap((segment) => [segment.from, segment.to]),
    ...(mode === 'share' ? { fixedDomain: [0, 100] as const } : {}),
    unit,
    tickCount: options.tickCount ?? (isNarrow(width) ? 3 : 5),
    fonts,
    bandThickness: options.barThickness ?? 22,
    height: options.height ?? Math.max(240, Math.round(width * 0.6)),
    reserve: { positive, negative: 0 },
  });
  const marks = stackMarks(rows, segments, partNames, partLabels, frame, orientation, {
    mode,
    unit: countUnit,
    fonts,
    totals,
    highlighting: highlight.size > 0,
    partClasses,
  });

  const layers = emptyLayers();
  layers.grid.push(...frame.grid);
  layers.data.push(...marks.data);
  layers.axes.push(...frame.axes);
  layers.labels.push(...frame.labels, ...marks.labels);
  annotateLayers(layers, options.annotations ?? [], marks.targets, { width, height: frame.height, padding: PAD, fontSize: fonts.label });
  const legend: LegendItem[] = partLabels.map((label, index) => ({ label, className: partClasses[index] ?? seriesClass(index) }));
  const horizontal = orientation === 'horizontal';
  return {
    kind: 'stacked-bar',
    width,
    height: frame.height,
    title,
    description: describe(),
    plot: frame.plot,
    layers,
    xTicks: horizontal ? frame.valueTicks : frame.categoryTicks,
    yTicks: horizontal ? frame.categoryTicks : frame.valueTicks,
    legend,
  };
}
