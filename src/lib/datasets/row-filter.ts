// Which rows of a dataset a chart draws or a figure check adds up: conditions "column = value" (or "!="), compared
// with the cell as written in the CSV. Charts write them as text (where="market=china&year=2020"), figure checks as
// a YAML mapping (of: [{ market: china, year: 2021 }]); both become the same conditions and match the same way.
import type { Cell, DataTable, Row } from '../content/table.ts';

export interface RowCondition {
  /** Column compared. */
  column: string;
  /** '=' keeps rows whose cell equals `value`, '!=' those whose cell differs. */
  op: '=' | '!=';
  /** Compared with the cell as written in the CSV (numbers as digits, dates as YYYY-MM-DD). */
  value: string;
}

/** Stable text of a cell, as filters, highlights and callouts refer to it; '' for an empty cell. */
export function cellKey(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

const CONDITION = /^\s*([^=!&]+?)\s*(!=|=)\s*(.*?)\s*$/;

/** Parses "a=b&c!=d"; throws on a part without "=" or without a column name. */
export function parseWhere(text: string): RowCondition[] {
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

/**
 * Conditions from a mapping of column → value. YAML reads an unquoted 2021 or true as a number or boolean and a
 * quoted "2021" as text; either way the editor means the cell that reads 2021.
 */
export function conditionsOf(filter: Readonly<Record<string, string | number | boolean>>): RowCondition[] {
  return Object.entries(filter).map(([column, value]) => ({ column, op: '=', value: String(value) }));
}

/** True when the row meets every condition. */
export function matchesRow(row: Row, conditions: readonly RowCondition[]): boolean {
  return conditions.every((condition) => (cellKey(row[condition.column]) === condition.value) === (condition.op === '='));
}

/** "market = china and year = 2021" (or "every row"), for messages. */
export function describeConditions(conditions: readonly RowCondition[]): string {
  const shown = (value: string) => (/^-?\d+(\.\d+)?$/.test(value) ? value : JSON.stringify(value));
  return conditions.map((c) => `${c.column} ${c.op} ${shown(c.value)}`).join(' and ') || 'every row';
}

/** Keeps the rows matching every condition of `where`. Throws on an unknown column, listing the known ones. */
export function filterRows(table: DataTable, where: string | undefined): DataTable {
  if (where === undefined || where.trim() === '') return table;
  const conditions = parseWhere(where);
  for (const condition of conditions) {
    if (!table.columns.some((column) => column.name === condition.column)) {
      const known = table.columns.map((column) => column.name).join(', ');
      throw new Error(`no column "${condition.column}" to filter on (known: ${known})`);
    }
  }
  return { columns: table.columns, rows: table.rows.filter((row) => matchesRow(row, conditions)) };
}
