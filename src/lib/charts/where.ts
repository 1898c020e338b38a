// The `where` prop of chart components: "column=value" conditions that keep only matching rows,
// e.g. where="market=global" or where="market=china&year=2020"; "!=" keeps the rows that differ.

import type { DataTable } from '../content/table.ts';
import { cellKey } from './columns.ts';

export interface WhereCondition {
  /** Column compared. */
  column: string;
  /** '=' keeps rows whose cell equals `value`, '!=' those whose cell differs. */
  op: '=' | '!=';
  /** Compared with the cell as written in the CSV (numbers as digits, dates as YYYY-MM-DD). */
  value: string;
}

const CONDITION = /^\s*([^=!&]+?)\s*(!=|=)\s*(.*?)\s*$/;

/** Parses "a=b&c!=d"; throws on a part without "=" or without a column name. */
export function parseWhere(text: string): WhereCondition[] {
  const parts = text.split('&');
  return parts.map((part) => {
    const match = CONDITION.exec(part);
    if (!match || !match[1]) {
      throw new Error(`"${part.trim()}" is not a condition: write column=value, and join several with &`);
    }
    return { column: match[1], op: match[2] === '!=' ? '!=' : '=', value: match[3] ?? '' };
  });
}

/** The columns a where text names; [] when it does not parse. */
export function whereColumns(text: string): string[] {
  try {
    return parseWhere(text).map((condition) => condition.column);
  } catch {
    return [];
  }
}

/** Keeps the rows matching every condition. Throws on an unknown column, listing the known ones. */
export function filterRows(table: DataTable, where: string | undefined): DataTable {
  if (where === undefined || where.trim() === '') return table;
  const conditions = parseWhere(where);
  for (const condition of conditions) {
    if (!table.columns.some((column) => column.name === condition.column)) {
      const known = table.columns.map((column) => column.name).join(', ');
      throw new Error(`no column "${condition.column}" to filter on (known: ${known})`);
    }
  }
  const rows = table.rows.filter((row) =>
    conditions.every((condition) => (cellKey(row[condition.column]) === condition.value) === (condition.op === '=')),
  );
  return { columns: table.columns, rows };
}
