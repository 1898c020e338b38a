// CSV text as RFC 4180 writes it (fields quoted when they hold a comma, a quote or a line break; quotes doubled;
// CRLF between records), with text cells that a spreadsheet would run as a formula made inert.

/** A cell: text, a number, or nothing (an empty field). */
export type CsvValue = string | number | null | undefined;

/** Spreadsheets read a cell starting with one of these as a formula (=HYPERLINK(…), +cmd|…, @SUM(…)). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: a text cell that would start a formula gets a leading apostrophe, which spreadsheets show as text. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers: a negative rating value stays -1, not text.
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header record, then one record per row, each ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
