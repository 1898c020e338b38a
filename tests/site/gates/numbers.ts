// Gate: every number a chart, a data table or a claim card's figure check shows for dataset rows is that row's value
// as the CSV has it, read from the file again here (d3's CSV parser, Number()), not from the build's parsed rows. A
// share a chart computes (a percent stacked bar) must equal the share the dataset publishes, when it has a column of
// them, else the share of the CSV's own values.
import { csvParse } from 'd3';
import type { DatasetEntry } from '../../../src/lib/content/bundle.ts';
import type { FigureCheck } from '../../../src/lib/content/schema.ts';
import type { Row } from '../../../src/lib/content/table.ts';
import { buildChart, isChartComponent, type ChartComponent } from '../../../src/lib/charts/build-chart.ts';
import { scrollyBase, scrollyComponent, stepChartProps, type ScrollyProps, type StepProps } from '../../../src/lib/charts/scrolly-steps.ts';
import { cellKey } from '../../../src/lib/datasets/row-filter.ts';
import { formatValue, formatValueLong } from '../../../src/lib/text/number-format.ts';

/** A dataset with each parsed row beside the same row's cells as the CSV file has them. */
export interface CsvDataset {
  entry: DatasetEntry;
  raw: Record<string, string>[];
}

export function csvDataset(entry: DatasetEntry, csvText: string): CsvDataset {
  const raw = csvParse(csvText) as unknown as Record<string, string>[];
  if (raw.length !== entry.table.rows.length) throw new Error(`${entry.csvFile}: ${raw.length} CSV rows but ${entry.table.rows.length} parsed rows`);
  return { entry, raw };
}

const csvNumber = (data: CsvDataset, row: Row, column: string): number => Number(data.raw[data.entry.table.rows.indexOf(row)]?.[column]);
const unitOf = (data: CsvDataset, column: string) => data.entry.table.columns.find((c) => c.name === column)?.unit;
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);
/** The number a mark's title or label shows: what follows its last ": ". */
const shownNumber = (title: string) => title.slice(title.lastIndexOf(': ') + 2);

/** What the chart's mark `key` must show, from the CSV; undefined when the key names no single row value. */
function expectedFor(component: ChartComponent, props: Readonly<Record<string, unknown>>, rows: readonly Row[], data: CsvDataset, key: string): string | undefined {
  const matching = (column: string, value: string) => rows.filter((row) => cellKey(row[column]) === value);
  if (component === 'LineChart') {
    const [seriesKey = '', xKey = ''] = key.split('@');
    const x = text(props.x) ?? '';
    const series = text(props.series);
    const yColumn = series ? (text(props.y) ?? '') : seriesKey;
    const found = matching(x, xKey).filter((row) => !series || cellKey(row[series]) === seriesKey);
    return found.length === 1 ? formatValue(csvNumber(data, found[0]!, yColumn), unitOf(data, yColumn)) : undefined;
  }
  const [category = '', part] = key.split('/');
  // A stacked bar's own key is its total, a sum of rows, not a row's value.
  if (component === 'StackedBar' && part === undefined) return undefined;
  const label = text(props.label) ?? '';
  const inCategory = matching(label, category);
  const groupColumn = component === 'BarChart' ? text(props.series) : text(props.stack);
  const values = list(props.value);
  const valueColumn = part !== undefined && !groupColumn ? part : (values[0] ?? '');
  const found = part !== undefined && groupColumn ? inCategory.filter((row) => cellKey(row[groupColumn]) === part) : inCategory;
  if (found.length !== 1) return undefined;
  const row = found[0]!;
  if (component === 'StackedBar' && props.percent) {
    const published = data.entry.table.columns.find((c) => c.unit === '%' && c.name !== valueColumn && (c.type === 'number' || c.type === 'integer'));
    if (published) return formatValue(csvNumber(data, row, published.name), '%');
    const parts = groupColumn ? inCategory : [];
    const total = groupColumn ? parts.reduce((sum, r) => sum + csvNumber(data, r, valueColumn), 0) : values.reduce((sum, column) => sum + csvNumber(data, row, column), 0);
    return formatValue((csvNumber(data, row, valueColumn) / total) * 100, '%');
  }
  return formatValue(csvNumber(data, row, valueColumn), unitOf(data, valueColumn));
}

/** The props of each chart a story tag draws: itself, or every step of a <Scrolly>. */
export function chartsOf(component: string, props: Readonly<Record<string, unknown>>, steps: readonly StepProps[]): Array<{ component: ChartComponent; props: Record<string, unknown> }> {
  if (component === 'Scrolly') {
    const chart = scrollyComponent(props.chart);
    const base = scrollyBase(props as ScrollyProps);
    return steps.map((step, index) => ({ component: chart, props: stepChartProps(base, step, index + 1) }));
  }
  return isChartComponent(component) ? [{ component, props: { ...props } }] : [];
}

/** Marks whose number differs from the CSV, as "<key>: shows X, the CSV has Y"; `label` names the chart. */
export function chartNumberMismatches(component: ChartComponent, props: Readonly<Record<string, unknown>>, data: CsvDataset, label: string): string[] {
  return compareChartNumbers(component, props, data, label).problems;
}

/** As chartNumberMismatches, with how many numbers were compared (a chart that shows none compares none). */
export function compareChartNumbers(component: ChartComponent, props: Readonly<Record<string, unknown>>, data: CsvDataset, label: string): { compared: number; problems: string[] } {
  const chart = buildChart(component, props, { id: data.entry.id, title: data.entry.data.title, file: data.entry.file, table: data.entry.table });
  const problems = new Set<string>();
  let compared = 0;
  for (const layout of chart.layouts) {
    const marks = [...layout.layers.data, ...layout.layers.labels];
    for (const mark of marks) {
      if (!mark.key) continue;
      const shown = mark.kind === 'text' ? (/value-label|segment-label/.test(mark.className) ? mark.text : undefined) : mark.title && mark.title.includes(': ') ? shownNumber(mark.title) : undefined;
      if (shown === undefined) continue;
      const expected = expectedFor(component, props, chart.rows, data, mark.key);
      // A bar's total in a stacked bar, or a key for no single row, is not a row's value.
      if (expected === undefined) continue;
      compared += 1;
      if (shown !== expected) problems.add(`${label} ${layout.width} px, ${mark.key}: shows ${shown}, the CSV has ${expected}`);
    }
  }
  return { compared, problems: [...problems] };
}

/** A data table's numeric cells against the CSV rows it shows (in order); `headers` are the dataset's column names. */
export function tableNumberMismatches(cells: readonly string[][], rows: readonly Row[], data: CsvDataset, label: string): string[] {
  const problems: string[] = [];
  if (cells.length !== rows.length) return [`${label}: the table has ${cells.length} rows, the chart draws ${rows.length}`];
  const columns = data.entry.table.columns;
  cells.forEach((row, r) => {
    columns.forEach((column, c) => {
      const shown = row[c] ?? '';
      const source = rows[r]!;
      if (column.type === 'number' || column.type === 'integer') {
        const expected = csvNumber(data, source, column.name);
        if (Number(shown.replace(/,/g, '')) !== expected) problems.push(`${label} row ${r + 1}, ${column.name}: shows ${shown}, the CSV has ${data.raw[data.entry.table.rows.indexOf(source)]?.[column.name]}`);
      } else if (column.type === 'source' && shown === String(source[column.name])) {
        problems.push(`${label} row ${r + 1}, ${column.name}: shows the source id ${shown}, not the source's name`);
      }
    });
  });
  return problems;
}

/** A figure check's "The data say" text against the same computation on the CSV's values (a figure the editor could
 * not verify, with nothing to compute, shows no number and is not compared). */
export function figureMismatch(check: FigureCheck, shown: string, data: CsvDataset, label: string): string | undefined {
  if (!check.compute) return undefined;
  const { column, op, of, scale } = check.compute;
  const totals = of.map((filter) =>
    data.entry.table.rows
      .filter((row) => Object.entries(filter).every(([name, value]) => cellKey(row[name]) === String(value)))
      .reduce((sum, row) => sum + csvNumber(data, row, column), 0),
  );
  const [first = NaN, second = NaN] = totals;
  const raw = op === 'difference' ? first - second : op === 'ratio' ? first / second : first;
  const expected = formatValueLong(raw * scale, check.unit);
  return shown === expected ? undefined : `${label}: the card says the data give ${shown}, the CSV gives ${expected}`;
}
