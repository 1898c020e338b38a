// What a data table shows in a cell: the reader's words, not the CSV's codes. Text values by their reader labels
// (`values:` in the dataset's metadata), sources by name instead of id, an empty cell as a dash; numbers as the CSV
// has them.
import type { Cell, ColumnMeta } from '../content/table.ts';

/** `sourceName` gives the name a source is shown by (e.g. "IDC (2022-01-27)"), or undefined when it is not known. */
export function cellText(column: ColumnMeta, cell: Cell | undefined, sourceName: (id: string) => string | undefined = () => undefined): string {
  if (cell === null || cell === undefined || cell === '') return '—';
  if (typeof cell === 'string') {
    if (column.type === 'source') return sourceName(cell) ?? cell;
    return column.values?.[cell] ?? cell;
  }
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return String(cell);
}
