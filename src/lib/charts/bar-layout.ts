// Bar chart layout: horizontal or vertical bars, one or several value columns (grouped), sorting,
// highlighted bars, value labels at bar ends, zero baseline, negatives and gaps for missing values.

import type { DataTable } from '../content/table.ts';
import { annotateLayers, type AnnotationSpec, type Point } from './annotation-layout.ts';
import {
  BAR_END_GAP,
  barEndLabel,
  buildBandFrame,
  chooseOrientation,
  labelReserve,
  sortByValue,
  type Band,
  type BandFrame,
  type Orientation,
  type OrientationOption,
  type SortOrder,
} from './band-frame.ts';
import { cellLabeler, columnLabel, numberCell, requireColumn, requireNumberColumn } from './columns.ts';
import { cellKey } from '../datasets/row-filter.ts';
import { describeBarChart } from './describe.ts';
import { formatValue, MISSING_LABEL } from '../text/number-format.ts';
import { emptyChartLayout, emptyLayers, rectMark, type ChartLayout, type LegendItem, type Mark } from './marks.ts';
import { HIGHLIGHT_CLASS, MARK_CLASSES, MUTED_CLASS, seriesClass } from './palette.ts';
import { isNarrow, PAD, resolveFontSizes, type FontSizeOptions, type FontSizes } from './sizes.ts';
import { textWidth } from './text-measure.ts';

export interface BarLayoutOptions extends FontSizeOptions {
  /** viewBox width in px, e.g. WIDE (640) or NARROW (340). */
  width: number;
  /** Column naming each bar. */
  category: string;
  /** Value column, or several for grouped bars. */
  value: string | readonly string[];
  /** Bar direction; default 'auto' (vertical only for date/number categories that fit). */
  orientation?: OrientationOption;
  /** Order of bars by the first value column; default 'none' (table order). Missing values go last. */
  sort?: SortOrder;
  /** Category keys to highlight; the other bars are muted. Default none. */
  highlight?: readonly string[];
  /** Print each formatted value at its bar end; default true (dropped when they don't fit vertical bars). */
  valueLabels?: boolean;
  /** Title for <title> and the description; default the value column labels. */
  title?: string;
  /** Unit of the values; default the first value column's unit. */
  unit?: string;
  /** Horizontal bars: thickness of each bar in px; default 18. */
  barThickness?: number;
  /** Vertical bars: chart height in px; default 60 % of the width, at least 240. */
  height?: number;
  /** Approximate number of value ticks; default 5 (wide) or 3 (narrow). */
  tickCount?: number;
  /** Callouts; target = category value, or "category/column" for one bar of a group. */
  annotations?: readonly AnnotationSpec[];
}

interface BarItem {
  key: string;
  label: string;
  values: (number | null)[];
  highlighted: boolean;
}

interface SeriesInfo {
  name: string;
  label: string;
}

function barClass(seriesIndex: number, grouped: boolean, highlighting: boolean, highlighted: boolean): string {
  if (!grouped && highlighting) return highlighted ? HIGHLIGHT_CLASS : MUTED_CLASS;
  const base = seriesClass(seriesIndex);
  return highlighting && !highlighted ? `${base} ${MUTED_CLASS}` : base;
}

/** Value-axis room for labels beyond bar ends: text widths for horizontal, one line for vertical. */
function reserveFor(
  orientation: Orientation,
  items: readonly BarItem[],
  unit: string | undefined,
  fonts: FontSizes,
): { positive: number; negative: number } {
  const values = items.flatMap((item) => item.values).filter((value): value is number => value !== null);
  const positive = values.filter((value) => value >= 0);
  const negative = values.filter((value) => value < 0);
  if (orientation === 'vertical') {
    const line = fonts.tick + BAR_END_GAP;
    return { positive: positive.length ? line : 0, negative: negative.length ? line : 0 };
  }
  const texts = (list: number[]): string[] => list.map((value) => formatValue(value, unit));
  return {
    positive: labelReserve(texts(positive), fonts.tick, BAR_END_GAP),
    negative: labelReserve(texts(negative), fonts.tick, BAR_END_GAP),
  };
}

/** Where bar `index` of `count` in a band lies along the category axis. */
function slot(band: Band, index: number, count: number): { start: number; size: number } {
  const size = band.size / count;
  return { start: band.start + index * size, size };
}

interface BarMarks {
  data: Mark[];
  labels: Mark[];
  targets: Map<string, Point>;
}

interface BarMarkOptions {
  unit: string | undefined;
  fonts: FontSizes;
  showValues: boolean;
  highlighting: boolean;
}

function barMarks(
  items: readonly BarItem[],
  series: readonly SeriesInfo[],
  frame: BandFrame,
  orientation: Orientation,
  options: BarMarkOptions,
): BarMarks {
  const { fonts, unit } = options;
  const grouped = series.length > 1;
  const horizontal = orientation === 'horizontal';
  const result: BarMarks = { data: [], labels: [], targets: new Map() };

  items.forEach((item, itemIndex) => {
    const band = frame.bands[itemIndex];
    if (!band) return;
    series.forEach((info, seriesIndex) => {
      const value = item.values[seriesIndex] ?? null;
      const { start, size } = slot(band, seriesIndex, series.length);
      const center = start + size / 2;
      const key = grouped ? `${item.key}/${info.name}` : item.key;
      const formatted = formatValue(value, unit);
      const negative = value !== null && value < 0;
      const end = value === null ? frame.zero : frame.valueScale(value);

      // Callouts point at the bar end; on vertical bars, past the value label so connectors miss it.
      const past = !horizontal && options.showValues && value !== null ? BAR_END_GAP + fonts.tick + 1 : 0;
      const target = horizontal ? { x: end, y: center } : { x: center, y: negative ? end + past : end - past };
      result.targets.set(key, target);
      if (!result.targets.has(item.key)) result.targets.set(item.key, target); // a group's key → its first bar

      if (value === null) {
        result.labels.push(barEndLabel(orientation, end, center, MISSING_LABEL, fonts.tick, false, MARK_CLASSES.missingLabel, key));
        return;
      }
      const low = Math.min(frame.zero, end);
      const length = Math.abs(end - frame.zero);
      const box = horizontal ? { x: low, y: start, width: length, height: size } : { x: start, y: low, width: size, height: length };
      const title = grouped ? `${item.label}, ${info.label}: ${formatted}` : `${item.label}: ${formatted}`;
      result.data.push(rectMark(box, barClass(seriesIndex, grouped, options.highlighting, item.highlighted), { key, title }));
      if (options.showValues) {
        result.labels.push(barEndLabel(orientation, end, center, formatted, fonts.tick, negative, MARK_CLASSES.valueLabel, key));
      }
    });
  });
  return result;
}

/** Vertical value labels must fit over their bar (with a little overhang into the gap). */
function valueLabelsFit(items: readonly BarItem[], frame: BandFrame, seriesCount: number, unit: string | undefined, fontSize: number): boolean {
  const barWidth = (frame.bands[0]?.size ?? 0) / seriesCount;
  const widest = Math.max(0, ...items.flatMap((item) => item.values.map((value) => textWidth(formatValue(value, unit), fontSize))));
  return widest <= barWidth + 4;
}

/** Lays out a bar chart of `table`. Throws when a named column is missing or not numeric. */
export function layoutBarChart(table: DataTable, options: BarLayoutOptions): ChartLayout {
  const categoryColumn = requireColumn(table, options.category, 'bar category');
  const valueNames = typeof options.value === 'string' ? [options.value] : [...options.value];
  if (valueNames.length === 0) throw new Error('Bar chart needs at least one value column');
  const valueColumns = valueNames.map((name) => requireNumberColumn(table, name, 'bar value'));
  const series: SeriesInfo[] = valueColumns.map((column) => ({ name: column.name, label: columnLabel(column) }));
  const { width } = options;
  const fonts = resolveFontSizes(options);
  const unit = options.unit ?? valueColumns[0]?.unit;
  const title = options.title ?? series.map((info) => info.label).join(', ');
  const describe = (items: readonly BarItem[]): string =>
    describeBarChart({
      title,
      unit,
      categories: items.map((item) => item.label),
      seriesNames: series.map((info) => info.label),
      data: items.flatMap((item) =>
        series.map((info, index) => ({ label: item.label, series: info.label, value: item.values[index] ?? null })),
      ),
    });
  if (table.rows.length === 0) return emptyChartLayout('bar', width, title, describe([]));

  const highlight = new Set(options.highlight ?? []);
  const labelOf = cellLabeler(categoryColumn, table.rows);
  const rows = table.rows.map((row) => ({
    key: cellKey(row[categoryColumn.name]),
    label: labelOf(row[categoryColumn.name]),
    values: valueNames.map((name) => numberCell(row, name)),
    highlighted: highlight.has(cellKey(row[categoryColumn.name])),
  }));
  const items = sortByValue(rows, (item) => item.values[0] ?? null, options.sort ?? 'none');
  const orientation = chooseOrientation(
    options.orientation ?? 'auto',
    categoryColumn.type,
    items.map((item) => item.label),
    width,
    fonts.label,
  );
  const wantValues = options.valueLabels ?? true;
  const frame = buildBandFrame({
    width,
    orientation,
    categories: items,
    values: items.flatMap((item) => item.values).filter((value): value is number => value !== null),
    unit,
    tickCount: options.tickCount ?? (isNarrow(width) ? 3 : 5),
    fonts,
    bandThickness: (options.barThickness ?? 18) * series.length,
    height: options.height ?? Math.max(240, Math.round(width * 0.6)),
    reserve: wantValues ? reserveFor(orientation, items, unit, fonts) : { positive: 0, negative: 0 },
  });
  const showValues =
    wantValues && (orientation === 'horizontal' || valueLabelsFit(items, frame, series.length, unit, fonts.tick));
  const bars = barMarks(items, series, frame, orientation, { unit, fonts, showValues, highlighting: highlight.size > 0 });

  const layers = emptyLayers();
  layers.grid.push(...frame.grid);
  layers.data.push(...bars.data);
  layers.axes.push(...frame.axes);
  layers.labels.push(...frame.labels, ...bars.labels);
  annotateLayers(layers, options.annotations ?? [], bars.targets, {
    width,
    height: frame.height,
    padding: PAD,
    fontSize: fonts.label,
  });
  const legend: LegendItem[] =
    series.length > 1 ? series.map((info, index) => ({ label: info.label, className: seriesClass(index) })) : [];
  const horizontal = orientation === 'horizontal';
  return {
    kind: 'bar',
    width,
    height: frame.height,
    title,
    description: describe(items),
    plot: frame.plot,
    layers,
    xTicks: horizontal ? frame.valueTicks : frame.categoryTicks,
    yTicks: horizontal ? frame.categoryTicks : frame.valueTicks,
    legend,
  };
}
