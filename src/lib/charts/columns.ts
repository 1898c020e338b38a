// Reads a DataTable for charts: looks up columns (errors name the column and list the known ones)
// and reads cells as numbers, keys and display labels.

import type { Cell, ColumnMeta, DataTable, Row } from '../content/table.ts';
import { dateFormatter, parseIsoDate } from './dates.ts';
import { format } from 'd3';
import { isYearLike } from '../text/number-format.ts';
import { cellKey } from '../datasets/row-filter.ts';

/** Throws unless `name` is a column of `table`; `role` says what the chart wanted it for. */
export function requireColumn(table: DataTable, name: string, role: string): ColumnMeta {
  const column = table.columns.find((candidate) => candidate.name === name);
  if (!column) {
    const known = table.columns.map((candidate) => `"${candidate.name}"`).join(', ') || '(none)';
    throw new Error(`Unknown column "${name}" (${role}). Known columns: ${known}`);
  }
  return column;
}

/** Like requireColumn, and the column must hold numbers. */
export function requireNumberColumn(table: DataTable, name: string, role: string): ColumnMeta {
  const column = requireColumn(table, name, role);
  if (column.type !== 'number' && column.type !== 'integer') {
    throw new Error(`Column "${name}" (${role}) has type "${column.type}"; a number or integer column is needed`);
  }
  return column;
}

/** Human label of a column: its label, else its name. */
export function columnLabel(column: ColumnMeta): string {
  return column.label ?? column.name;
}

/** A finite number from a cell, else null (missing). */
export function numberCell(row: Row, name: string): number | null {
  const cell = row[name];
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

/** Display labels for a column's cells: dates at the shared precision, years without separators, text values by the
 * reader labels the dataset gives them (`values:`, e.g. "china" → "China"). */
export function cellLabeler(column: ColumnMeta, rows: readonly Row[]): (cell: Cell | undefined) => string {
  const labels = column.values;
  if (labels) return (cell) => (typeof cell === 'string' ? (labels[cell] ?? cell) : cellKey(cell));
  if (column.type === 'date') {
    const dates = rows.map((row) => row[column.name]).filter((cell): cell is string => typeof cell === 'string');
    const formatDate = dateFormatter(dates.map(parseIsoDate));
    return (cell) => (typeof cell === 'string' ? formatDate(parseIsoDate(cell)) : cellKey(cell));
  }
  if (column.type === 'number' || column.type === 'integer') {
    const numbers = rows.map((row) => row[column.name]).filter((cell): cell is number => typeof cell === 'number');
    const grouped = !isYearLike(numbers);
    return (cell) => (typeof cell === 'number' && grouped ? format(',')(cell) : cellKey(cell));
  }
  return cellKey;
}
