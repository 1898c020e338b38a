// Value axes shared by the chart layouts: nice linear domains, formatted ticks, gridlines, tick
// labels kept inside the chart and thinned when they would overlap.

import { scaleLinear, type ScaleLinear } from 'd3';
import { baselineForCenter, baselineForTop, boxesIntersect, textBox, type Box } from './box.ts';
import { tickFormatter } from '../text/number-format.ts';
import { lineMark, round2, textMark, type AxisTick, type Mark } from './marks.ts';
import { MARK_CLASSES } from './palette.ts';
import { PAD } from './sizes.ts';
import { textWidth } from './text-measure.ts';

/** Gap between a plot edge and its tick labels. */
export const TICK_LABEL_GAP = 6;

/**
 * Extent of `values`, stretched to include 0 when `includeZero`; [0, 1] when there are no values;
 * a flat extent is widened by 10 % (or 1 around 0) so it still has a direction.
 */
export function linearDomain(values: readonly number[], includeZero: boolean): [number, number] {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return [0, 1];
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (includeZero) {
    low = Math.min(low, 0);
    high = Math.max(high, 0);
  }
  if (low === high) {
    const padding = Math.abs(low) * 0.1 || 1;
    return low === 0 && includeZero ? [0, 1] : [low - padding, high + padding];
  }
  return [low, high];
}

/** Linear scale over a nice version of `domain` (ends on round numbers for about `tickCount` ticks). */
export function niceLinearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  tickCount: number,
): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).range(range).nice(tickCount);
}

/** Ticks of a linear scale with positions and labels formatted for `unit`. */
export function linearTicks(scale: ScaleLinear<number, number>, tickCount: number, unit: string | undefined): AxisTick[] {
  const values = scale.ticks(tickCount);
  const label = tickFormatter(values, unit);
  return values.map((value) => ({ value, position: round2(scale(value)), label: label(value) }));
}

/** Widest tick label, for the margin that holds them. */
export function maxTickLabelWidth(ticks: readonly AxisTick[], fontSize: number): number {
  return Math.max(0, ...ticks.map((tick) => textWidth(tick.label, fontSize)));
}

/**
 * Keeps every k-th tick (k = 1, 2, 3, …), starting with the first, for the smallest k at which
 * no two kept labels overlap (with `gap` px clearance).
 */
export function thinTicks(ticks: readonly AxisTick[], boxOf: (tick: AxisTick) => Box, gap = 4): AxisTick[] {
  for (let every = 1; every <= ticks.length; every += 1) {
    const kept = ticks.filter((_, index) => index % every === 0);
    const boxes = kept.map(boxOf);
    const overlapping = boxes.some((box, index) => {
      const next = boxes[index + 1];
      return next !== undefined && boxesIntersect(box, next, gap);
    });
    if (!overlapping) return kept;
  }
  return ticks.slice(0, 1);
}

/** Centre x of a label of `width`, moved so the label stays within the chart's padding. */
function clampCenter(center: number, width: number, chartWidth: number): number {
  return Math.min(Math.max(center, PAD + width / 2), chartWidth - PAD - width / 2);
}

/** Box of a tick label drawn under the plot, as bottomAxisMarks draws it. */
export function bottomTickBox(tick: AxisTick, plot: Box, fontSize: number, chartWidth: number): Box {
  const width = textWidth(tick.label, fontSize);
  const y = baselineForTop(plot.y + plot.height + TICK_LABEL_GAP, fontSize);
  return textBox(clampCenter(tick.position, width, chartWidth), y, tick.label, fontSize, 'middle');
}

export interface AxisMarks {
  grid: Mark[];
  labels: Mark[];
}

/** Ticks along x: vertical gridlines across the plot and labels centred below it. */
export function bottomAxisMarks(ticks: readonly AxisTick[], plot: Box, fontSize: number, chartWidth: number): AxisMarks {
  const bottom = plot.y + plot.height;
  return {
    grid: ticks.map((tick) => lineMark(tick.position, plot.y, tick.position, bottom, MARK_CLASSES.grid)),
    labels: ticks.map((tick) => {
      const width = textWidth(tick.label, fontSize);
      const y = baselineForTop(bottom + TICK_LABEL_GAP, fontSize);
      return textMark(clampCenter(tick.position, width, chartWidth), y, tick.label, fontSize, 'middle', MARK_CLASSES.tickLabel);
    }),
  };
}

/** Ticks along y: horizontal gridlines across the plot and labels right-aligned left of it. */
export function leftAxisMarks(ticks: readonly AxisTick[], plot: Box, fontSize: number): AxisMarks {
  return {
    grid: ticks.map((tick) => lineMark(plot.x, tick.position, plot.x + plot.width, tick.position, MARK_CLASSES.grid)),
    labels: ticks.map((tick) =>
      textMark(
        plot.x - TICK_LABEL_GAP,
        baselineForCenter(tick.position, fontSize),
        tick.label,
        fontSize,
        'end',
        MARK_CLASSES.tickLabel,
      ),
    ),
  };
}
