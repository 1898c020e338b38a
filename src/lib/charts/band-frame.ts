// The frame shared by bar and stacked-bar charts: one band per category along one axis, a linear
// value axis along the other, category labels (left of, above or below the bars) and gridlines.

import { scaleBand, type ScaleLinear } from 'd3';
import type { ColumnType } from '../content/table.ts';
import {
  bottomAxisMarks,
  bottomTickBox,
  leftAxisMarks,
  linearDomain,
  linearTicks,
  maxTickLabelWidth,
  niceLinearScale,
  thinTicks,
  TICK_LABEL_GAP,
} from './axis.ts';
import { baselineForCenter, baselineForTop, roundBox, TEXT_DESCENT_EM, type Box } from './box.ts';
import { lineMark, round2, textMark, type AxisTick, type Mark, type TextMark } from './marks.ts';
import { MARK_CLASSES } from './palette.ts';
import { LINE_HEIGHT, PAD, type FontSizes } from './sizes.ts';
import { maxTextWidth, textWidth, wrapLabel } from './text-measure.ts';

export type Orientation = 'horizontal' | 'vertical';
/** 'auto' picks vertical only for date/number categories (e.g. years) whose labels fit under their bars. */
export type OrientationOption = Orientation | 'auto';

/** Gap between stacked rows of horizontal bars. */
export const ROW_GAP = 8;
/** Gap between a category label and the plot. */
export const LABEL_GAP = 8;
/** Left-hand category labels may take at most this share of the width; longer ones go above their bars. */
export const LEFT_LABEL_SHARE = 0.3;
/** Vertical bands: padding between bands and at the ends, as a share of the band step. */
export const BAND_PADDING_INNER = 0.2;
export const BAND_PADDING_OUTER = 0.1;
/** Smallest plot height of a vertical bar chart. */
const MIN_PLOT_HEIGHT = 60;

export interface BandCategory {
  /** Key of the category (the raw cell as a string). */
  key: string;
  /** Display label. */
  label: string;
  /** Whether the category is highlighted (its label gets a highlight class). */
  highlighted: boolean;
}

export interface BandFrameInput {
  /** viewBox width. */
  width: number;
  /** Direction of the bars. */
  orientation: Orientation;
  /** Categories in display order. */
  categories: readonly BandCategory[];
  /** Values the value axis must cover; 0 is always included. */
  values: readonly number[];
  /** Fixed value domain instead of a nice one from `values` (e.g. [0, 100] for shares). */
  fixedDomain?: readonly [number, number];
  /** Unit of the values, for tick labels. */
  unit: string | undefined;
  /** Approximate number of value ticks. */
  tickCount: number;
  /** Resolved font sizes. */
  fonts: FontSizes;
  /** Horizontal: thickness of one category's bars together, in px. */
  bandThickness: number;
  /** Vertical: height of the whole chart, in px. */
  height: number;
  /** Room beyond positive and negative bar ends for value labels, in px along the value axis. */
  reserve: { positive: number; negative: number };
}

/** Where one category's bars go along the category axis (y for horizontal bars, x for vertical); unrounded. */
export interface Band {
  /** Category key. */
  key: string;
  /** Start of the band along the category axis. */
  start: number;
  /** Thickness of the band (all of the category's bars). */
  size: number;
}

export interface BandFrame {
  /** viewBox height. */
  height: number;
  /** Plotting area inside the margins. */
  plot: Box;
  /** Value → coordinate along the value axis. */
  valueScale: ScaleLinear<number, number>;
  /** One band per category, in display order. */
  bands: Band[];
  /** Ticks of the value axis (thinned so labels don't overlap). */
  valueTicks: AxisTick[];
  /** One tick per category at its band centre. */
  categoryTicks: AxisTick[];
  /** Coordinate of value 0 on the value axis. */
  zero: number;
  /** Gridlines for the grid layer. */
  grid: Mark[];
  /** The zero baseline for the axes layer. */
  axes: Mark[];
  /** Category and tick labels for the labels layer. */
  labels: Mark[];
}

/**
 * Resolves 'auto': vertical bars for date or number categories (years, months) when every label
 * fits on one line under its bar and bars stay at least 8 px wide; horizontal bars otherwise.
 */
export function chooseOrientation(
  option: OrientationOption,
  categoryType: ColumnType,
  labels: readonly string[],
  width: number,
  labelFontSize: number,
): Orientation {
  if (option !== 'auto') return option;
  if (categoryType !== 'date' && categoryType !== 'number' && categoryType !== 'integer') return 'horizontal';
  const roughTickMargin = 40;
  const step = (width - 2 * PAD - roughTickMargin) / Math.max(1, labels.length);
  const fits = maxTextWidth(labels, labelFontSize) <= step - 2 && step * (1 - BAND_PADDING_INNER) >= 8;
  return fits ? 'vertical' : 'horizontal';
}

function categoryClass(category: BandCategory): string {
  return category.highlighted ? MARK_CLASSES.categoryLabelHighlight : MARK_CLASSES.categoryLabel;
}

function valueDomain(input: BandFrameInput): [number, number] {
  return input.fixedDomain ? [input.fixedDomain[0], input.fixedDomain[1]] : linearDomain(input.values, true);
}

function horizontalFrame(input: BandFrameInput): BandFrame {
  const { fonts, width, reserve } = input;
  const lineHeight = fonts.label * LINE_HEIGHT;
  const widest = maxTextWidth(input.categories.map((category) => category.label), fonts.label);
  const labelsLeft = widest <= LEFT_LABEL_SHARE * width;
  const labelRight = PAD + widest; // right edge of left-hand labels
  const plotLeft = (labelsLeft ? labelRight + LABEL_GAP : PAD) + reserve.negative;
  const plotRight = width - PAD - reserve.positive;

  const bands: Band[] = [];
  const labels: Mark[] = [];
  const categoryTicks: AxisTick[] = [];
  let cursor = PAD + ROW_GAP / 2;
  for (const category of input.categories) {
    if (!labelsLeft) {
      const lines = wrapLabel(category.label, width - 2 * PAD, fonts.label);
      lines.forEach((line, index) => {
        const y = baselineForTop(cursor + index * lineHeight, fonts.label);
        labels.push(textMark(PAD, y, line, fonts.label, 'start', categoryClass(category), { key: category.key }));
      });
      cursor += lines.length * lineHeight + 2;
    }
    const band = { key: category.key, start: cursor, size: input.bandThickness };
    bands.push(band);
    const center = cursor + input.bandThickness / 2;
    categoryTicks.push({ value: category.key, position: round2(center), label: category.label });
    if (labelsLeft) {
      const y = baselineForCenter(center, fonts.label);
      labels.push(textMark(labelRight, y, category.label, fonts.label, 'end', categoryClass(category), { key: category.key }));
    }
    cursor += input.bandThickness + ROW_GAP;
  }
  const plot: Box = { x: plotLeft, y: PAD, width: plotRight - plotLeft, height: cursor - ROW_GAP / 2 - PAD };
  const valueScale = niceLinearScale(valueDomain(input), [plotLeft, plotRight], input.tickCount);
  const allTicks = linearTicks(valueScale, input.tickCount, input.unit);
  const valueTicks = thinTicks(allTicks, (tick) => bottomTickBox(tick, plot, fonts.tick, width));
  const axis = bottomAxisMarks(valueTicks, plot, fonts.tick, width);
  const zero = valueScale(0);
  return {
    height: round2(plot.y + plot.height + TICK_LABEL_GAP + fonts.tick + PAD),
    plot: roundBox(plot),
    valueScale,
    bands,
    valueTicks,
    categoryTicks,
    zero,
    grid: axis.grid,
    axes: [lineMark(zero, plot.y, zero, plot.y + plot.height, MARK_CLASSES.baseline)],
    labels: [...labels, ...axis.labels],
  };
}

function verticalFrame(input: BandFrameInput): BandFrame {
  const { fonts, width, reserve } = input;
  const lineHeight = fonts.label * LINE_HEIGHT;
  // Tick values depend only on the domain, so their labels can size the left margin first.
  const probe = niceLinearScale(valueDomain(input), [1, 0], input.tickCount);
  const plotLeft = PAD + maxTickLabelWidth(linearTicks(probe, input.tickCount, input.unit), fonts.tick) + TICK_LABEL_GAP;
  const plotRight = width - PAD;
  const band = scaleBand<string>()
    .domain(input.categories.map((category) => category.key))
    .range([plotLeft, plotRight])
    .paddingInner(BAND_PADDING_INNER)
    .paddingOuter(BAND_PADDING_OUTER);
  const wrapped = input.categories.map((category) => wrapLabel(category.label, band.step() - 2, fonts.label));
  const labelLines = Math.max(1, ...wrapped.map((lines) => lines.length));
  const plotTop = PAD + Math.max(reserve.positive, fonts.tick / 2);
  const labelArea = TICK_LABEL_GAP + labelLines * lineHeight + PAD;
  const height = Math.max(input.height, plotTop + MIN_PLOT_HEIGHT + reserve.negative + labelArea);
  const plotBottom = height - labelArea - reserve.negative;
  const plot: Box = { x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop };

  const valueScale = niceLinearScale(valueDomain(input), [plotBottom, plotTop], input.tickCount);
  const valueTicks = linearTicks(valueScale, input.tickCount, input.unit);
  const axis = leftAxisMarks(valueTicks, plot, fonts.tick);
  const bands: Band[] = [];
  const labels: Mark[] = [];
  const categoryTicks: AxisTick[] = [];
  input.categories.forEach((category, index) => {
    const start = band(category.key) ?? plotLeft;
    const center = start + band.bandwidth() / 2;
    bands.push({ key: category.key, start, size: band.bandwidth() });
    categoryTicks.push({ value: category.key, position: round2(center), label: category.label });
    (wrapped[index] ?? []).forEach((line, lineIndex) => {
      const y = baselineForTop(plotBottom + reserve.negative + TICK_LABEL_GAP + lineIndex * lineHeight, fonts.label);
      labels.push(textMark(center, y, line, fonts.label, 'middle', categoryClass(category), { key: category.key }));
    });
  });
  const zero = valueScale(0);
  return {
    height: round2(height),
    plot: roundBox(plot),
    valueScale,
    bands,
    valueTicks,
    categoryTicks,
    zero,
    grid: axis.grid,
    axes: [lineMark(plotLeft, zero, plotRight, zero, MARK_CLASSES.baseline)],
    labels: [...labels, ...axis.labels],
  };
}

/** Lays out bands, value scale, ticks, gridlines and category labels for bar-like charts. */
export function buildBandFrame(input: BandFrameInput): BandFrame {
  return input.orientation === 'horizontal' ? horizontalFrame(input) : verticalFrame(input);
}

/** Width needed beside bar ends for the widest of some value labels (0 when there are none). */
export function labelReserve(labels: readonly string[], fontSize: number, gap: number): number {
  return labels.length === 0 ? 0 : Math.max(...labels.map((label) => textWidth(label, fontSize))) + gap;
}

/** Bar order: 'none' keeps table order; 'asc' / 'desc' sort by value. */
export type SortOrder = 'none' | 'asc' | 'desc';

/** Stable sort by `valueOf`; items without a value always go last. */
export function sortByValue<T>(items: readonly T[], valueOf: (item: T) => number | null, order: SortOrder): T[] {
  if (order === 'none') return [...items];
  const direction = order === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    return (va - vb) * direction;
  });
}

/** Gap between a bar end and a label placed beyond it. */
export const BAR_END_GAP = 4;

/**
 * A label just beyond a bar end at value-axis coordinate `end`: right of a horizontal bar (left of
 * a negative one), above a vertical bar (below a negative one). `center` is the bar's middle on
 * the category axis.
 */
export function barEndLabel(
  orientation: Orientation,
  end: number,
  center: number,
  text: string,
  fontSize: number,
  negative: boolean,
  className: string,
  key: string,
): TextMark {
  if (orientation === 'horizontal') {
    const x = negative ? end - BAR_END_GAP : end + BAR_END_GAP;
    return textMark(x, baselineForCenter(center, fontSize), text, fontSize, negative ? 'end' : 'start', className, { key });
  }
  const y = negative ? baselineForTop(end + BAR_END_GAP, fontSize) : end - BAR_END_GAP - TEXT_DESCENT_EM * fontSize;
  return textMark(center, y, text, fontSize, 'middle', className, { key });
}
