// Line chart layout: one or several series (long or wide format), date or number x axis, gaps at
// missing values, direct labels at line ends nudged apart, or a legend when they cannot fit.

import { scaleLinear, scaleUtc, line } from 'd3';
import type { ColumnMeta, DataTable, Row } from '../content/table.ts';
import { annotateLayers, type AnnotationSpec, type Point } from './annotation-layout.ts';
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
import { baselineForCenter, polylineObstacles, roundBox, type Box } from './box.ts';
import { cellLabeler, columnLabel, numberCell, requireColumn, requireNumberColumn } from './columns.ts';
import { cellKey } from '../datasets/row-filter.ts';
import { dateFormatter, toIsoDate, parseIsoDate } from './dates.ts';
import { describeLineChart } from './describe.ts';
import { formatValue, isYearLike, tickFormatter } from '../text/number-format.ts';
import { spreadLabels } from './label-spread.ts';
import {
  circleMark,
  emptyChartLayout,
  emptyLayers,
  lineMark,
  pathMark,
  round2,
  textMark,
  type AxisTick,
  type ChartLayout,
  type LegendItem,
  type Mark,
} from './marks.ts';
import { MARK_CLASSES, MUTED_CLASS, seriesClass } from './palette.ts';
import { isNarrow, PAD, resolveFontSizes, type FontSizeOptions } from './sizes.ts';
import { maxTextWidth } from './text-measure.ts';

export interface LineLayoutOptions extends FontSizeOptions {
  /** viewBox width in px, e.g. WIDE (640) or NARROW (340). */
  width: number;
  /** viewBox height in px; default 60 % of the width, at least 240. */
  height?: number;
  /** x column: a date or number column. */
  x: string;
  /** y column (with `series` for long format), or several y columns (wide format, one series each). */
  y: string | readonly string[];
  /** Long format: column whose values name the series. Default none. */
  series?: string;
  /** Stretch the y axis to include zero; default true. */
  includeZero?: boolean;
  /** Series names to highlight; other series are muted. Default none. */
  highlight?: readonly string[];
  /** 'auto' (default): direct labels at line ends when they fit, else a legend; 'legend': always a legend. */
  labels?: 'auto' | 'legend';
  /** Approximate number of x ticks; default 6 (wide) or 3 (narrow). */
  xTickCount?: number;
  /** Approximate number of y ticks; default 5 (wide) or 4 (narrow). */
  yTickCount?: number;
  /** Title for <title> and the description; default the y column labels. */
  title?: string;
  /** Unit of the y values; default the first y column's unit. */
  unit?: string;
  /** Callouts; target = "series@x" with x as in the table (ISO date or number), or just x for one series. */
  annotations?: readonly AnnotationSpec[];
}

/** Gap between a line end and its direct label. */
const END_LABEL_GAP = 8;
/** Direct labels may take at most this share of the width; wider ones fall back to a legend. */
const END_LABEL_SHARE = 0.3;
/** Right margin when there are no direct labels. */
const PLAIN_RIGHT_MARGIN = 8;
const POINT_RADIUS = 3;
/** Vertical gap kept between direct labels. */
const LABEL_SPACING = 2;

interface LinePoint {
  /** The x cell as a string: ISO date or number. */
  xKey: string;
  /** x as a number: epoch milliseconds for dates. */
  x: number;
  y: number | null;
}

interface Series {
  name: string;
  label: string;
  points: LinePoint[];
}

function readX(column: ColumnMeta, row: Row): number | null {
  const cell = row[column.name];
  if (column.type === 'date') return typeof cell === 'string' ? parseIsoDate(cell).getTime() : null;
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

/** Groups rows into series: one per y column (wide), one per series value (long), or just one. */
function collectSeries(table: DataTable, xColumn: ColumnMeta, yColumns: ColumnMeta[], seriesColumn: ColumnMeta | undefined): Series[] {
  const point = (row: Row, yName: string): LinePoint | null => {
    const x = readX(xColumn, row);
    return x === null ? null : { xKey: cellKey(row[xColumn.name]), x, y: numberCell(row, yName) };
  };
  const byX = (a: LinePoint, b: LinePoint): number => a.x - b.x;
  if (seriesColumn) {
    const yName = yColumns[0]?.name ?? '';
    const labelOf = cellLabeler(seriesColumn, table.rows);
    const groups = new Map<string, Series>();
    for (const row of table.rows) {
      const name = cellKey(row[seriesColumn.name]);
      const group = groups.get(name) ?? { name, label: labelOf(row[seriesColumn.name]), points: [] };
      groups.set(name, group);
      const p = point(row, yName);
      if (p) group.points.push(p);
    }
    return [...groups.values()].map((series) => ({ ...series, points: series.points.sort(byX) }));
  }
  return yColumns.map((column) => ({
    name: column.name,
    label: columnLabel(column),
    points: table.rows
      .map((row) => point(row, column.name))
      .filter((p): p is LinePoint => p !== null)
      .sort(byX),
  }));
}

/** Formats x values (keys) for ticks and the description. */
function xLabeler(xColumn: ColumnMeta, xs: readonly number[]): (x: number) => string {
  if (xColumn.type === 'date') {
    const format = dateFormatter(xs.map((x) => new Date(x)));
    return (x) => format(new Date(x));
  }
  if (isYearLike(xs)) return (x) => String(x);
  return (x) => formatValue(x, xColumn.unit);
}

interface XAxis {
  position: (x: number) => number;
  ticks: AxisTick[];
}

function buildXAxis(xColumn: ColumnMeta, xs: readonly number[], range: [number, number], tickCount: number): XAxis {
  const low = Math.min(...xs);
  const high = Math.max(...xs);
  if (low === high) {
    const center = (range[0] + range[1]) / 2;
    const label = xLabeler(xColumn, xs)(low);
    const value = xColumn.type === 'date' ? toIsoDate(new Date(low)) : low;
    return { position: () => center, ticks: [{ value, position: round2(center), label }] };
  }
  if (xColumn.type === 'date') {
    const scale = scaleUtc().domain([low, high]).range(range);
    const dates = scale.ticks(tickCount);
    const format = dateFormatter(dates);
    const ticks = dates.map((date) => ({ value: toIsoDate(date), position: round2(scale(date)), label: format(date) }));
    return { position: (x) => scale(x), ticks };
  }
  const scale = scaleLinear().domain([low, high]).range(range);
  const wholeOnly = xColumn.type === 'integer' || xs.every(Number.isInteger);
  const values = scale.ticks(tickCount).filter((value) => !wholeOnly || Number.isInteger(value));
  const format = isYearLike(xs) ? (x: number): string => String(x) : tickFormatter(values, xColumn.unit);
  return { position: (x) => scale(x), ticks: values.map((value) => ({ value, position: round2(scale(value)), label: format(value) })) };
}

function lastDefined(series: Series): (LinePoint & { y: number }) | undefined {
  const defined = series.points.filter((p): p is LinePoint & { y: number } => p.y !== null);
  return defined[defined.length - 1];
}

/** Points with a value whose neighbours both lack one: a path cannot show them, so they get a dot. */
function isolatedPoints(points: readonly LinePoint[]): LinePoint[] {
  return points.filter((p, index) => p.y !== null && (points[index - 1]?.y ?? null) === null && (points[index + 1]?.y ?? null) === null);
}

interface StyledSeries {
  series: Series;
  /** Colour class: series-N, or muted. */
  className: string;
  muted: boolean;
}

interface SeriesMarks {
  data: Mark[];
  /** Every defined point, keyed "series@x". */
  targets: Map<string, Point>;
  /** Sampled points along the lines, for annotation placement. */
  obstacles: Box[];
}

/** Runs of consecutive defined points: the pieces a line with gaps is drawn in. */
function definedRuns(points: readonly LinePoint[]): LinePoint[][] {
  const runs: LinePoint[][] = [[]];
  for (const p of points) {
    if (p.y !== null) runs[runs.length - 1]?.push(p);
    else if (runs[runs.length - 1]?.length) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

/** Paths (muted ones first), dots for isolated points, annotation targets and obstacles. */
function seriesMarks(
  styled: readonly StyledSeries[],
  toPoint: (p: LinePoint) => [number, number],
  describePoint: (p: LinePoint) => string,
): SeriesMarks {
  const result: SeriesMarks = { data: [], targets: new Map(), obstacles: [] };
  const path = line<LinePoint>()
    .defined((p) => p.y !== null)
    .x((p) => toPoint(p)[0])
    .y((p) => toPoint(p)[1])
    .digits(2);
  const drawOrder = [...styled].sort((a, b) => Number(b.muted) - Number(a.muted));
  for (const { series: s, className } of drawOrder) {
    const d = path(s.points);
    if (d) result.data.push(pathMark(d, `${MARK_CLASSES.line} ${className}`, { key: s.name, title: s.label }));
    for (const p of isolatedPoints(s.points)) {
      const [cx, cy] = toPoint(p);
      const extra = { key: `${s.name}@${p.xKey}`, title: `${s.label}, ${describePoint(p)}` };
      result.data.push(circleMark(cx, cy, POINT_RADIUS, `${MARK_CLASSES.point} ${className}`, extra));
    }
    for (const run of definedRuns(s.points)) {
      result.obstacles.push(...polylineObstacles(run.map(toPoint)));
      for (const p of run) {
        const [x, y] = toPoint(p);
        result.targets.set(`${s.name}@${p.xKey}`, { x, y });
      }
    }
  }
  return result;
}

/** Lays out a line chart of `table`. Throws when a named column is missing or has the wrong type. */
export function layoutLineChart(table: DataTable, options: LineLayoutOptions): ChartLayout {
  const xColumn = requireColumn(table, options.x, 'line x');
  if (xColumn.type !== 'date' && xColumn.type !== 'number' && xColumn.type !== 'integer') {
    throw new Error(`Column "${xColumn.name}" (line x) has type "${xColumn.type}"; a date or number column is needed`);
  }
  const yNames = typeof options.y === 'string' ? [options.y] : [...options.y];
  if (yNames.length === 0) throw new Error('Line chart needs at least one y column');
  if (options.series !== undefined && yNames.length > 1) {
    throw new Error('Line chart takes either several y columns (wide format) or a series column (long format), not both');
  }
  const yColumns = yNames.map((name) => requireNumberColumn(table, name, 'line y'));
  const seriesColumn = options.series === undefined ? undefined : requireColumn(table, options.series, 'line series');
  const { width } = options;
  const fonts = resolveFontSizes(options);
  const narrow = isNarrow(width);
  const unit = options.unit ?? yColumns[0]?.unit;
  const title = options.title ?? yColumns.map(columnLabel).join(', ');

  const series = collectSeries(table, xColumn, yColumns, seriesColumn);
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const yValues = series.flatMap((s) => s.points.map((p) => p.y)).filter((y): y is number => y !== null);
  const formatX = xLabeler(xColumn, xs);
  const description = describeLineChart({
    title,
    unit,
    from: xs.length ? formatX(Math.min(...xs)) : '',
    to: xs.length ? formatX(Math.max(...xs)) : '',
    series: series.map((s) => ({ name: s.label, points: s.points.map((p) => ({ x: formatX(p.x), value: p.y })) })),
  });
  if (xs.length === 0) return emptyChartLayout('line', width, title, description);

  const height = options.height ?? Math.max(240, Math.round(width * 0.6));
  const plotTop = PAD + fonts.tick / 2;
  const plotBottom = height - PAD - fonts.tick - TICK_LABEL_GAP;
  const yTickCount = options.yTickCount ?? (narrow ? 4 : 5);
  const yScale = niceLinearScale(linearDomain(yValues, options.includeZero ?? true), [plotBottom, plotTop], yTickCount);
  const yTicks = linearTicks(yScale, yTickCount, unit);
  const plotLeft = PAD + maxTickLabelWidth(yTicks, fonts.tick) + TICK_LABEL_GAP;

  // Colours: highlighted series keep their colour, the others are muted and drawn underneath.
  const highlight = new Set(options.highlight ?? []);
  const styled: StyledSeries[] = series.map((s, index) => {
    const muted = highlight.size > 0 && !highlight.has(s.name);
    return { series: s, className: muted ? MUTED_CLASS : seriesClass(index), muted };
  });

  // Direct labels need their widest text beside the plot and room to spread vertically.
  const labelled = styled.filter((item) => lastDefined(item.series) !== undefined);
  const labelWidth = maxTextWidth(labelled.map((item) => item.series.label), fonts.label);
  const wantLabels = series.length > 1 && options.labels !== 'legend' && labelWidth + END_LABEL_GAP <= END_LABEL_SHARE * width;
  const wishes = labelled.map((item) => ({ center: yScale(lastDefined(item.series)?.y ?? 0), size: fonts.label }));
  const spread = wantLabels ? spreadLabels(wishes, PAD, plotBottom, LABEL_SPACING) : null;
  const plotRight = width - PAD - (spread ? labelWidth + END_LABEL_GAP : PLAIN_RIGHT_MARGIN);
  const plot: Box = { x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop };

  const xAxis = buildXAxis(xColumn, xs, [plotLeft, plotRight], options.xTickCount ?? (narrow ? 3 : 6));
  const xTicks = thinTicks(xAxis.ticks, (tick) => bottomTickBox(tick, plot, fonts.tick, width));
  const layers = emptyLayers();
  const bottomAxis = bottomAxisMarks(xTicks, plot, fonts.tick, width);
  const leftAxis = leftAxisMarks(yTicks, plot, fonts.tick);
  layers.grid.push(...leftAxis.grid);
  layers.axes.push(lineMark(plotLeft, plotBottom, plotRight, plotBottom, MARK_CLASSES.axisLine));
  layers.labels.push(...leftAxis.labels, ...bottomAxis.labels);

  const toPoint = (p: LinePoint): [number, number] => [xAxis.position(p.x), yScale(p.y ?? 0)];
  const drawn = seriesMarks(styled, toPoint, (p) => `${formatX(p.x)}: ${formatValue(p.y, unit)}`);
  layers.data.push(...drawn.data);

  const legend: LegendItem[] = [];
  if (spread) {
    labelled.forEach((item, index) => {
      const end = lastDefined(item.series);
      const center = spread[index];
      if (!end || center === undefined) return;
      const [x, y] = toPoint(end);
      const key = { key: item.series.name };
      const y0 = baselineForCenter(center, fonts.label);
      const className = `${MARK_CLASSES.seriesLabel} ${item.className}`;
      layers.labels.push(textMark(x + END_LABEL_GAP, y0, item.series.label, fonts.label, 'start', className, key));
      // A nudged label gets a short leader back to its line end.
      if (Math.abs(center - y) > 2) layers.axes.push(lineMark(x + 2, y, x + END_LABEL_GAP - 1, center, `${MARK_CLASSES.labelLeader} ${item.className}`, key));
    });
  } else if (series.length > 1) {
    legend.push(...styled.map((item) => ({ label: item.series.label, className: item.className })));
  }

  const targets = new Map(drawn.targets);
  if (series.length === 1) for (const [key, point] of drawn.targets) targets.set(key.slice(key.lastIndexOf('@') + 1), point);
  annotateLayers(layers, options.annotations ?? [], targets, { width, height, padding: PAD, fontSize: fonts.label }, drawn.obstacles);
  return { kind: 'line', width, height, title, description, plot: roundBox(plot), layers, xTicks, yTicks, legend };
}
