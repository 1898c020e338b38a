// Zooming a chart to part of its axis: keeps the rows whose x, category or date lies between `from`
// and `to` (both inclusive, either may be left out), as scrolly steps and the `from`/`to` props do.

import type { ColumnMeta, DataTable } from '../content/table.ts';

export interface Range {
  /** First value kept, as written in the CSV; for dates a prefix is enough ("2020" = from 1 Jan 2020). */
  from?: string | undefined;
  /** Last value kept; for dates "2020" keeps the whole of 2020. */
  to?: string | undefined;
}

/** A from/to bound that cannot apply to the column zoomed on. */
export class BoundError extends Error {
  readonly bound: 'from' | 'to';
  readonly text: string;
  constructor(bound: 'from' | 'to', text: string, column: ColumnMeta) {
    super(`${bound}="${text}" is not a number, and column "${column.name}" holds numbers`);
    this.name = 'BoundError';
    this.bound = bound;
    this.text = text;
  }
}

function numberBound(column: ColumnMeta, text: string, bound: 'from' | 'to'): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new BoundError(bound, text, column);
  return value;
}

/**
 * Rows of `table` with `column` inside the range. Numbers compare as numbers; dates compare by their
 * leading characters, so from="2020" and to="2020-06" work; other columns compare as text.
 */
export function filterRange(table: DataTable, columnName: string, range: Range): DataTable {
  const { from, to } = range;
  if (from === undefined && to === undefined) return table;
  const column = table.columns.find((candidate) => candidate.name === columnName);
  if (!column) throw new Error(`no column "${columnName}" to zoom on`);
  const numeric = column.type === 'number' || column.type === 'integer';
  const low = numeric && from !== undefined ? numberBound(column, from, 'from') : undefined;
  const high = numeric && to !== undefined ? numberBound(column, to, 'to') : undefined;
  const rows = table.rows.filter((row) => {
    const cell = row[column.name];
    if (cell === null || cell === undefined) return false;
    if (numeric) {
      if (typeof cell !== 'number') return false;
      return (low === undefined || cell >= low) && (high === undefined || cell <= high);
    }
    const text = String(cell);
    const afterFrom = from === undefined || text.slice(0, from.length) >= from;
    const beforeTo = to === undefined || text.slice(0, to.length) <= to;
    return afterFrom && beforeTo;
  });
  return { columns: table.columns, rows };
}
