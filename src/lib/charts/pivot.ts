// Turns tidy (long) data into the wide shape the stacked-bar layout takes: one row per category,
// one number column per value of the `stack` column, e.g. (year, vendor, units) → year, Huawei, vivo, ….

import type { ColumnMeta, DataTable, Row } from '../content/table.ts';
import { cellLabeler } from './columns.ts';
import { cellKey } from '../datasets/row-filter.ts';

export interface PivotOptions {
  /** Column naming each bar (kept as the first column). */
  category: string;
  /** Column whose values become the parts, in order of first appearance. */
  stack: string;
  /** Number column holding each part's value. */
  value: string;
  /** Value for a category that has no row for a part: 0 (default; stacked parts) or null (missing; grouped bars). */
  absent?: 0 | null;
}

export interface Pivoted {
  /** Category column, then one column per part (named after the part's key, labelled with it). */
  table: DataTable;
  /** Names of the part columns, in stacking order. */
  parts: string[];
}

/**
 * Pivots `table`. A category with no row for a part gets `absent` for it (by default 0: the part is
 * absent that year); an empty cell in an existing row stays missing (null). Throws when two rows
 * give the same category and part, naming both.
 */
export function pivotParts(table: DataTable, options: PivotOptions): Pivoted {
  const find = (name: string): ColumnMeta => {
    const column = table.columns.find((candidate) => candidate.name === name);
    if (!column) throw new Error(`no column "${name}"`);
    return column;
  };
  const categoryColumn = find(options.category);
  const stackColumn = find(options.stack);
  const valueColumn = find(options.value);
  const labelOf = cellLabeler(stackColumn, table.rows);

  const partKeys: string[] = [];
  const partLabels = new Map<string, string>();
  const byCategory = new Map<string, { cell: Row[string]; values: Map<string, number | null> }>();
  for (const row of table.rows) {
    const part = cellKey(row[stackColumn.name]);
    if (!partLabels.has(part)) {
      partKeys.push(part);
      partLabels.set(part, labelOf(row[stackColumn.name]));
    }
    const categoryKey = cellKey(row[categoryColumn.name]);
    const entry = byCategory.get(categoryKey) ?? { cell: row[categoryColumn.name] ?? null, values: new Map() };
    byCategory.set(categoryKey, entry);
    if (entry.values.has(part)) {
      throw new Error(`two rows have ${categoryColumn.name} = "${categoryKey}" and ${stackColumn.name} = "${part}"`);
    }
    const cell = row[valueColumn.name];
    entry.values.set(part, typeof cell === 'number' && Number.isFinite(cell) ? cell : null);
  }

  // Part columns are named after their keys; one that clashes with the category column gets a suffix.
  const names = partKeys.map((key) => (key === categoryColumn.name ? `${key} (${stackColumn.name})` : key));
  const columns: ColumnMeta[] = [
    categoryColumn,
    ...partKeys.map((key, index) => ({
      name: names[index] ?? key,
      type: valueColumn.type,
      unit: valueColumn.unit,
      label: partLabels.get(key) ?? key,
    })),
  ];
  const rows: Row[] = [...byCategory.values()].map((entry) => {
    const row: Row = { [categoryColumn.name]: entry.cell };
    partKeys.forEach((key, index) => {
      row[names[index] ?? key] = entry.values.has(key) ? (entry.values.get(key) ?? null) : options.absent === undefined ? 0 : options.absent;
    });
    return row;
  });
  return { table: { columns, rows }, parts: names };
}
