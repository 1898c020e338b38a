// A dataset's rows, read from its CSV when a page first needs them. Astro's content store holds only the metadata:
// a build bundles the whole store into the server code as one string literal, bundling held about twelve times its
// size in memory at once, and at 1,000 stories the rows were a third of it (35 of 96 MB; bench/PROFILE.md).
import { parseCsv } from './parse-csv.ts';
import { readTextFile } from './read-text-file.ts';
import type { ColumnMeta, DataTable } from './table.ts';

export interface DatasetRows {
  table: DataTable;
  /** The CSV file's line of each row, for reports. */
  rowLines: number[];
}

/**
 * The table of the CSV at `csvFile`, parsed as the content checks parse it; undefined when the file cannot be read
 * or has problems (the checks report those, naming the file and the fix; a page then finds no such dataset).
 */
export function readDatasetRows(csvFile: string, columns: readonly ColumnMeta[]): DatasetRows | undefined {
  const text = readTextFile(csvFile);
  if (text === undefined) return undefined;
  const { table, lines, problems } = parseCsv(text, columns);
  return problems.length === 0 ? { table, rowLines: lines } : undefined;
}
