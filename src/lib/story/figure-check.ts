// Figure checks: recompute a figure an article states from a dataset, and compare it with the editor's assessment —
// as a figure, or in the direction of a floor ("more than 140") or a ceiling ("under 6 %").
import type { FigureCheck } from '../content/schema.ts';
import type { DataTable } from '../content/table.ts';
import { conditionsOf, describeConditions, matchesRow } from '../datasets/row-filter.ts';

export type RowFilter = NonNullable<FigureCheck['compute']>['of'][number];

export type FigureResult =
  | {
      ok: true;
      /** The figure computed from the data, in the figure's unit. */
      computed: number;
      /** computed − stated. */
      difference: number;
      /** (computed − stated) / stated; null when stated is 0. */
      relativeDifference: number | null;
      /**
       * True when the data agree with the stated figure: within the tolerance of it (exact), not short of a floor by
       * more than the tolerance (lower), not over a ceiling by more than the tolerance (upper).
       */
      agrees: boolean;
      /** By how much the data fall on the wrong side of a floor or ceiling (0 when on the stated side, or exact). */
      shortfall: number;
      /** Rows the computation used, for the reader and the editor. */
      rowsUsed: number;
    }
  | { ok: false; field: string; message: string; fix: string };

/** Sums `column` over rows matching `filter`; an error when nothing matches or a value is missing. */
function total(table: DataTable, column: string, filter: RowFilter, index: number, exactlyOne: boolean): { value: number; rows: number } | { field: string; message: string; fix: string } {
  const conditions = conditionsOf(filter);
  const rows = table.rows.filter((row) => matchesRow(row, conditions));
  const field = `compute.of[${index}]`;
  if (rows.length === 0) return { field, message: `no row has ${describeConditions(conditions)}`, fix: 'check the column names and values against the dataset CSV' };
  if (exactlyOne && rows.length > 1) return { field, message: `${rows.length} rows have ${describeConditions(conditions)}, but op "value" needs exactly one`, fix: 'narrow the filter, or use op "sum"' };
  let sum = 0;
  for (const row of rows) {
    const value = row[column];
    if (typeof value !== 'number') return { field: 'compute.column', message: `a matching row has no number in "${column}"`, fix: 'fill in the value in the CSV or choose a number column' };
    sum += value;
  }
  return { value: sum, rows: rows.length };
}

/** A check that computes its figure from a dataset (unverified ones may not). */
export type ComputedCheck = FigureCheck & { compute: NonNullable<FigureCheck['compute']>; tolerance: NonNullable<FigureCheck['tolerance']> };

export function isComputed(check: FigureCheck): check is ComputedCheck {
  return check.compute !== undefined && check.tolerance !== undefined;
}

/** Computes the figure a check describes. Errors name the field of the check that is at fault. */
export function computeFigure(check: ComputedCheck, table: DataTable): FigureResult {
  const { column, op, of, scale } = check.compute;
  const columnMeta = table.columns.find((c) => c.name === column);
  if (!columnMeta) return { ok: false, field: 'compute.column', message: `dataset has no column "${column}"`, fix: `use one of: ${table.columns.map((c) => c.name).join(', ')}` };
  if (columnMeta.type !== 'number' && columnMeta.type !== 'integer') return { ok: false, field: 'compute.column', message: `column "${column}" holds ${columnMeta.type} values, not numbers`, fix: 'choose a number column' };
  for (const [index, filter] of of.entries()) {
    for (const name of Object.keys(filter)) {
      if (!table.columns.some((c) => c.name === name)) return { ok: false, field: `compute.of[${index}].${name}`, message: `dataset has no column "${name}"`, fix: `filter on one of: ${table.columns.map((c) => c.name).join(', ')}` };
    }
  }
  const needsTwo = op === 'difference' || op === 'ratio';
  if (needsTwo !== (of.length === 2)) {
    return { ok: false, field: 'compute.of', message: `op "${op}" takes ${needsTwo ? 'two row filters' : 'one row filter'}, not ${of.length}`, fix: needsTwo ? 'add the second selection to compare against' : 'remove the second filter, or use op "difference" or "ratio"' };
  }
  const parts = of.map((filter, index) => total(table, column, filter, index, op === 'value'));
  for (const part of parts) if ('field' in part) return { ok: false, ...part };
  const [first, second] = parts as { value: number; rows: number }[];
  if (!first) return { ok: false, field: 'compute.of', message: 'has no row filter', fix: 'add one' };
  let raw = first.value;
  if (op === 'difference' && second) raw = first.value - second.value;
  if (op === 'ratio' && second) {
    if (second.value === 0) return { ok: false, field: 'compute.of[1]', message: 'sums to zero, so the ratio is undefined', fix: 'choose rows with a non-zero total' };
    raw = first.value / second.value;
  }
  const computed = raw * scale;
  const difference = computed - check.stated;
  const relativeDifference = check.stated === 0 ? null : difference / Math.abs(check.stated);
  const shortfall = shortfallOf(check, difference);
  return { ok: true, computed, difference, relativeDifference, agrees: isWithinTolerance(check, shortfall), shortfall, rowsUsed: first.rows + (second?.rows ?? 0) };
}

/** How far the data are on the wrong side: both ways for an exact figure, below a floor, above a ceiling. */
function shortfallOf(check: FigureCheck, difference: number): number {
  if (check.bound === 'lower') return Math.max(0, -difference);
  if (check.bound === 'upper') return Math.max(0, difference);
  return Math.abs(difference);
}

/** Inside tolerance when every declared bound holds (relative to the stated figure and/or absolute). */
export function isWithinTolerance(check: ComputedCheck, shortfall: number): boolean {
  const { relative, absolute } = check.tolerance;
  const epsilon = 1e-9; // keeps 5 % vs 0.05 from failing on float rounding
  if (absolute !== undefined && shortfall > absolute + epsilon) return false;
  if (relative !== undefined && (check.stated === 0 ? shortfall > epsilon : shortfall / Math.abs(check.stated) > relative + epsilon)) return false;
  return true;
}

/** The tolerance in words: "2 %", "5 million units", "2 % and 1 million units". */
export function toleranceText(check: ComputedCheck): string {
  const { relative, absolute } = check.tolerance;
  return [relative !== undefined ? `${(relative * 100).toFixed(1).replace(/\.0$/, '')} %` : '', absolute !== undefined ? `${absolute} ${check.unit}` : ''].filter(Boolean).join(' and ');
}

/** The contradiction between assessment and data, if any, phrased for the editor. Unverified figures have none. */
export function assessmentConflict(check: ComputedCheck, result: Extract<FigureResult, { ok: true }>): string | undefined {
  const tolerance = toleranceText(check);
  const computed = Number(result.computed.toFixed(4));
  const against = check.bound === 'lower' ? `the stated floor of ${check.stated}` : check.bound === 'upper' ? `the stated ceiling of ${check.stated}` : `the stated ${check.stated}`;
  if (check.assessment === 'accurate' && !result.agrees) return `marked accurate, but the data give ${computed} ${check.unit} against ${against} — outside the tolerance of ${tolerance}`;
  if (check.assessment === 'inaccurate' && result.agrees) return `marked inaccurate, but the data give ${computed} ${check.unit}, ${check.bound === 'exact' ? `within ${tolerance} of` : 'consistent with'} ${against}`;
  return undefined;
}
