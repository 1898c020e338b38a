// The shape of a parsed dataset as charts, tables and figure checks consume it: typed columns, typed cells. Column
// declarations are the dataset schema's (schema.ts), inferred, not restated.
import type { z } from 'astro/zod';
import type { columnSchema } from './schema.ts';

/** A column as declared in a dataset's metadata file. */
export type ColumnMeta = z.infer<typeof columnSchema>;

/** Column types an editor can declare. */
export type ColumnType = ColumnMeta['type'];

/** A parsed cell: numbers for number/integer, ISO `YYYY-MM-DD` strings for dates, null for empty. */
export type Cell = string | number | boolean | null;

export type Row = Record<string, Cell>;

export interface DataTable {
  columns: ColumnMeta[];
  rows: Row[];
}
