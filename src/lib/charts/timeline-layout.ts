// Timeline layout: dated events on a time axis with labels stacked into lanes so none collide
// (wide), or a vertical list-like timeline (narrow, or when labels need too many lanes).

import { scaleUtc, utcYear } from 'd3';
import type { DataTable } from '../content/table.ts';
import { bottomAxisMarks, bottomTickBox, thinTicks } from './axis.ts';
import { baselineForTop, roundBox, type Box } from './box.ts';
import { columnLabel, requireColumn } from './columns.ts';
import { cellKey } from '../datasets/row-filter.ts';
import { dateFormatter, toIsoDate, parseIsoDate } from './dates.ts';
import { describeTimeline } from './describe.ts';
import {
  circleMark,
  emptyChartLayout,
  emptyLayers,
  lineMark,
  round2,
  textMark,
  type AxisTick,
  type ChartLayout,
  type MarkLayers,
} from './marks.ts';
import { HIGHLIGHT_CLASS, MARK_CLASSES } from './palette.ts';
import { isNarrow, LINE_HEIGHT, PAD, resolveFontSizes, type FontSizeOptions, type FontSizes } from './sizes.ts';
import { maxTextWidth, wrapLabel } from './text-measure.ts';

export type TimelineMode = 'horizontal' | 'vertical';

export interface TimelineLayoutOptions extends FontSizeOptions {
  /** viewBox width in px, e.g. WIDE (640) or NARROW (340). */
  width: number;
  /** Date column of the events. */
  date: string;
  /** Column with each event's text. */
  label: string;
  /** Column whose values key the events (for highlight); default the label column. */
  key?: string;
  /** 'auto' (default): horizontal unless narrow or more than `maxLanes` lanes are needed. */
  mode?: TimelineMode | 'auto';
  /** Most label lanes a horizontal timeline may stack in 'auto' mode; default 4. */
  maxLanes?: number;
  /** Widest label line in px before wrapping (horizontal mode); default 160. */
  maxLabelWidth?: number;
  /** Event keys to highlight. Default none. */
  highlight?: readonly string[];
  /** Approximate number of date ticks (horizontal mode); default 6 (wide) or 3 (narrow). */
  tickCount?: number;
  /** Title for <title> and the description; default the label column's label. */
  title?: string;
}

const DOT_RADIUS = 4;
/** Vertical room between the axis and the lowest lane of labels. */
const STEM = 10;
const LANE_GAP = 6;
/** Horizontal clearance between labels in one lane, and around stems. */
const LABEL_CLEARANCE = 8;
const STEM_CLEARANCE = 3;
/** Vertical gap between events in the list layout. */
const ITEM_GAP = 10;

interface TimelineEvent {
  key: string;
  date: Date;
  dateText: string;
  label: string;
  highlighted: boolean;
}

/** A label's place in lane coordinates: which lane and its horizontal extent. */
export interface LanePlacement {
  /** 0 is the lane nearest the axis. */
  lane: number;
  /** Left edge of the label. */
  left: number;
  /** Right edge of the label. */
  right: number;
  /** x of the stem from the axis up to the label. */
  stemX: number;
}

/**
 * Greedy lane assignment. Labels start at their event and run right, so events are taken from the
 * latest back to the earliest: each label takes the lowest lane where it clears the labels in that
 * lane, crosses no stem of a higher label, and its own stem crosses no lower label. Returns
 * placements in input order, or null when some label would need more than `maxLanes` lanes.
 */
export function assignLanes(
  spans: readonly { left: number; right: number; stemX: number }[],
  maxLanes: number,
): LanePlacement[] | null {
  const placements = new Array<LanePlacement>(spans.length);
  const placed: LanePlacement[] = [];
  const latestFirst = spans.map((_, index) => index).sort((a, b) => (spans[b]?.stemX ?? 0) - (spans[a]?.stemX ?? 0));
  for (const index of latestFirst) {
    const span = spans[index];
    if (!span) continue;
    const conflicts = (lane: number): boolean =>
      placed.some((other) => {
        if (other.lane === lane) return span.left < other.right + LABEL_CLEARANCE && other.left < span.right + LABEL_CLEARANCE;
        if (other.lane > lane) return other.stemX >= span.left - STEM_CLEARANCE && other.stemX <= span.right + STEM_CLEARANCE;
        return span.stemX >= other.left - STEM_CLEARANCE && span.stemX <= other.right + STEM_CLEARANCE;
      });
    let lane = 0;
    while (lane < maxLanes && conflicts(lane)) lane += 1;
    if (lane >= maxLanes) return null;
    const placement = { lane, ...span };
    placed.push(placement);
    placements[index] = placement;
  }
  return placements;
}

function eventClass(base: string, event: TimelineEvent): string {
  return event.highlighted ? `${base} is-highlighted` : base;
}

/** The parts of a ChartLayout that differ between the horizontal and the list timeline. */
type TimelineGeometry = Pick<ChartLayout, 'layers' | 'plot' | 'height' | 'xTicks' | 'yTicks'>;

function horizontalLayout(
  events: readonly TimelineEvent[],
  width: number,
  fonts: FontSizes,
  options: TimelineLayoutOptions,
  maxLanes: number,
): TimelineGeometry | null {
  const lineHeight = fonts.label * LINE_HEIGHT;
  const maxLabelWidth = Math.min(options.maxLabelWidth ?? 160, width - 2 * PAD);
  const lines = events.map((event) => [event.dateText, ...wrapLabel(event.label, maxLabelWidth, fonts.label)]);
  const first = events[0]?.date ?? new Date(0);
  const last = events[events.length - 1]?.date ?? first;
  const domain = first.getTime() === last.getTime() ? [utcYear.floor(first), utcYear.offset(utcYear.floor(first), 1)] : [first, last];
  const rangeLeft = PAD + DOT_RADIUS + 2;
  const rangeRight = width - PAD - DOT_RADIUS - 2;
  const scale = scaleUtc().domain(domain).range([rangeLeft, rangeRight]);

  const spans = events.map((event, index) => {
    const stemX = scale(event.date);
    const boxWidth = maxTextWidth(lines[index] ?? [], fonts.label);
    const left = Math.min(Math.max(stemX, PAD), width - PAD - boxWidth);
    return { left, right: left + boxWidth, stemX };
  });
  const lanes = assignLanes(spans, maxLanes);
  if (!lanes) return null;

  const laneCount = Math.max(1, ...lanes.map((placement) => placement.lane + 1));
  const laneHeight = Math.max(...lines.map((eventLines) => eventLines.length)) * lineHeight + LANE_GAP;
  const axisY = PAD + laneCount * laneHeight - LANE_GAP + STEM;
  const layers = emptyLayers();
  events.forEach((event, index) => {
    const placement = lanes[index];
    const eventLines = lines[index] ?? [];
    if (!placement) return;
    const top = axisY - STEM - (placement.lane + 1) * laneHeight + LANE_GAP;
    const bottom = top + eventLines.length * lineHeight;
    layers.data.push(lineMark(placement.stemX, axisY - DOT_RADIUS, placement.stemX, bottom, eventClass(MARK_CLASSES.eventStem, event), { key: event.key }));
    layers.data.push(circleMark(placement.stemX, axisY, DOT_RADIUS, event.highlighted ? `${MARK_CLASSES.eventDot} ${HIGHLIGHT_CLASS}` : MARK_CLASSES.eventDot, { key: event.key, title: `${event.dateText}: ${event.label}` }));
    eventLines.forEach((text, lineIndex) => {
      const className = eventClass(lineIndex === 0 ? MARK_CLASSES.eventDate : MARK_CLASSES.eventLabel, event);
      const y = baselineForTop(top + lineIndex * lineHeight, fonts.label);
      layers.labels.push(textMark(placement.left, y, text, fonts.label, 'start', className, { key: event.key }));
    });
  });

  const plot: Box = { x: rangeLeft, y: PAD, width: rangeRight - rangeLeft, height: axisY + DOT_RADIUS - PAD };
  const tickDates = scale.ticks(options.tickCount ?? (isNarrow(width) ? 3 : 6));
  const formatTick = dateFormatter(tickDates);
  const allTicks: AxisTick[] = tickDates.map((date) => ({ value: toIsoDate(date), position: round2(scale(date)), label: formatTick(date) }));
  const xTicks = thinTicks(allTicks, (tick) => bottomTickBox(tick, plot, fonts.tick, width));
  layers.axes.push(lineMark(rangeLeft, axisY, rangeRight, axisY, MARK_CLASSES.axisLine));
  layers.labels.push(...bottomAxisMarks(xTicks, plot, fonts.tick, width).labels);
  const height = round2(axisY + DOT_RADIUS + 6 + fonts.tick + PAD);
  return { layers, plot: roundBox(plot), height, xTicks, yTicks: [] };
}

function verticalLayout(events: readonly TimelineEvent[], width: number, fonts: FontSizes): TimelineGeometry {
  const lineHeight = fonts.label * LINE_HEIGHT;
  const spineX = PAD + DOT_RADIUS + 2;
  const textX = spineX + DOT_RADIUS + 8;
  const layers: MarkLayers = emptyLayers();
  const yTicks: AxisTick[] = [];
  let cursor = PAD;
  for (const event of events) {
    const lines = [event.dateText, ...wrapLabel(event.label, width - textX - PAD, fonts.label)];
    const dotY = cursor + fonts.label / 2;
    layers.data.push(circleMark(spineX, dotY, DOT_RADIUS, event.highlighted ? `${MARK_CLASSES.eventDot} ${HIGHLIGHT_CLASS}` : MARK_CLASSES.eventDot, { key: event.key, title: `${event.dateText}: ${event.label}` }));
    lines.forEach((text, lineIndex) => {
      const className = eventClass(lineIndex === 0 ? MARK_CLASSES.eventDate : MARK_CLASSES.eventLabel, event);
      layers.labels.push(textMark(textX, baselineForTop(cursor + lineIndex * lineHeight, fonts.label), text, fonts.label, 'start', className, { key: event.key }));
    });
    yTicks.push({ value: toIsoDate(event.date), position: round2(dotY), label: event.dateText });
    cursor += lines.length * lineHeight + ITEM_GAP;
  }
  const firstDot = yTicks[0]?.position ?? PAD;
  const lastDot = yTicks[yTicks.length - 1]?.position ?? PAD;
  if (events.length > 1) layers.axes.push(lineMark(spineX, firstDot, spineX, lastDot, MARK_CLASSES.axisLine));
  const height = round2(cursor - ITEM_GAP + PAD);
  const plot = roundBox({ x: PAD, y: PAD, width: width - 2 * PAD, height: height - 2 * PAD });
  return { layers, plot, height, xTicks: [], yTicks };
}

/** Lays out a timeline of `table`. Throws on unknown columns or a date column that is not a date. */
export function layoutTimeline(table: DataTable, options: TimelineLayoutOptions): ChartLayout {
  const dateColumn = requireColumn(table, options.date, 'timeline date');
  if (dateColumn.type !== 'date') {
    throw new Error(`Column "${dateColumn.name}" (timeline date) has type "${dateColumn.type}"; a date column is needed`);
  }
  const labelColumn = requireColumn(table, options.label, 'timeline label');
  const keyColumn = options.key === undefined ? labelColumn : requireColumn(table, options.key, 'timeline key');
  const { width } = options;
  const fonts = resolveFontSizes(options);
  const title = options.title ?? columnLabel(labelColumn);
  const highlight = new Set(options.highlight ?? []);

  const dated = table.rows
    .filter((row) => typeof row[dateColumn.name] === 'string')
    .map((row) => ({ row, date: parseIsoDate(String(row[dateColumn.name])) }))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  const formatDate = dateFormatter(dated.map((item) => item.date));
  const events: TimelineEvent[] = dated.map(({ row, date }) => {
    const key = cellKey(row[keyColumn.name]);
    return { key, date, dateText: formatDate(date), label: cellKey(row[labelColumn.name]), highlighted: highlight.has(key) };
  });
  const description = describeTimeline(title, events.map((event) => ({ date: event.dateText, label: event.label })));
  if (events.length === 0) return emptyChartLayout('timeline', width, title, description);

  const mode = options.mode ?? 'auto';
  const wantHorizontal = mode === 'horizontal' || (mode === 'auto' && !isNarrow(width));
  const maxLanes = mode === 'horizontal' ? events.length : (options.maxLanes ?? 4);
  const laid = (wantHorizontal ? horizontalLayout(events, width, fonts, options, maxLanes) : null) ?? verticalLayout(events, width, fonts);
  return { kind: 'timeline', width, title, description, legend: [], ...laid };
}
