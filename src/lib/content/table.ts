// The shape of a parsed dataset as charts and tables consume it: typed columns, typed cells.

/** Column types an editor can declare in a dataset's metadata file. */
export type ColumnType = 'string' | 'number' | 'integer' | 'date' | 'boolean' | 'source';

/** A parsed cell: numbers for number/integer, ISO `YYYY-MM-DD` strings for dates, null for empty. */
export type Cell = string | number | boolean | null;

export interface ColumnMeta {
  /** Column name exactly as in the CSV header. */
  name: string;
  type: ColumnType;
  /** Unit of the values, e.g. "million units", "%", "people". */
  unit?: string | undefined;
  /** Human label for axes and table headers; defaults to the name. */
  label?: string | undefined;
  /** What the column holds. */
  description?: string | undefined;
}

export type Row = Record<string, Cell>;

export interface DataTable {
  columns: ColumnMeta[];
  rows: Row[];
}
