// Parses a dataset CSV against its declared columns: every header known, every cell of its column's type.
import { csvParseRows } from 'd3';
import { isCalendarDate } from './fields.ts';
import type { Cell, ColumnMeta, DataTable, Row } from './table.ts';

export interface CsvProblem {
  /** Field path for the report: `line 3 › units` (the file's line, as an editor shows it) or `header`. */
  field: string;
  message: string;
  fix: string;
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Parses one cell; returns an error message when it does not fit the type. */
export function parseCell(raw: string, column: ColumnMeta): { value: Cell } | { message: string; fix: string } {
  const text = raw.trim();
  if (text === '') return { value: null };
  switch (column.type) {
    case 'number':
    case 'integer': {
      if (!NUMBER.test(text)) {
        const fix = column.type === 'integer' ? 'write a whole number in plain digits, without separators or units, e.g. 2021' : 'write plain digits with a dot for decimals and no thousands separators or units, e.g. 191.2';
        return { message: `"${raw}" is not a number`, fix };
      }
      const value = Number(text);
      if (column.type === 'integer' && !Number.isInteger(value)) return { message: `"${raw}" is not a whole number`, fix: 'write a whole number, or declare the column `type: number`' };
      return { value };
    }
    case 'date':
      return isCalendarDate(text) ? { value: text } : { message: `"${raw}" is not a date`, fix: 'write dates as YYYY-MM-DD, e.g. 2019-05-16' };
    case 'boolean':
      if (text === 'true' || text === 'false') return { value: text === 'true' };
      return { message: `"${raw}" is not true or false`, fix: 'write true or false' };
    case 'source':
    case 'string':
      return { value: text };
  }
}

/**
 * The CSV's records, each with the 1-based line of the file it starts on (what an editor's editor shows), so
 * reports stay right after blank lines, which are skipped, and after quoted values that run over several lines.
 */
function numberedRecords(text: string): Array<{ values: string[]; line: number }> {
  const numbered: Array<{ values: string[]; line: number }> = [];
  let line = 1;
  for (const values of csvParseRows(text.replace(/\r\n?/g, '\n'))) {
    if (!(values.length === 1 && values[0] === '')) numbered.push({ values, line });
    line += 1 + values.reduce((n, value) => n + (value.match(/\n/g)?.length ?? 0), 0);
  }
  return numbered;
}

/** The table, the file line of each row (for reports), and every problem. */
export function parseCsv(text: string, columns: readonly ColumnMeta[]): { table: DataTable; lines: number[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const records = numberedRecords(text);
  const header = (records[0]?.values ?? []).map((name) => name.trim());
  const byName = new Map(columns.map((column) => [column.name, column]));
  const declared = columns.map((c) => c.name).join(', ');
  header.forEach((name, index) => {
    if (!byName.has(name)) problems.push({ field: `header › column ${index + 1}`, message: `column "${name}" is not declared in the metadata file`, fix: `add it under \`columns:\` in the .yaml file, or rename it to one of: ${declared}` });
  });
  if (new Set(header).size !== header.length) problems.push({ field: 'header', message: 'has the same column name twice', fix: 'give every column a distinct name' });
  for (const column of columns) {
    if (!header.includes(column.name)) problems.push({ field: 'header', message: `declared column "${column.name}" is missing from the CSV`, fix: `add a "${column.name}" column to the CSV, or remove it from \`columns:\`` });
  }
  if (records.length < 2) problems.push({ field: 'rows', message: 'has a header but no data rows', fix: 'add at least one row of data' });

  const rows: Row[] = [];
  const lines: number[] = [];
  records.slice(1).forEach(({ values: record, line: rowNumber }) => {
    if (record.length !== header.length) {
      problems.push({ field: `line ${rowNumber}`, message: `has ${record.length} values but the header has ${header.length} columns`, fix: 'check for a missing or extra comma, or quote values that contain commas' });
      return;
    }
    const row: Row = {};
    header.forEach((name, columnIndex) => {
      const column = byName.get(name);
      if (!column) return;
      const parsed = parseCell(record[columnIndex] ?? '', column);
      if ('message' in parsed) problems.push({ field: `line ${rowNumber} › ${name}`, message: `${parsed.message} (column type ${column.type})`, fix: parsed.fix });
      else row[name] = parsed.value;
    });
    rows.push(row);
    lines.push(rowNumber);
  });
  return { table: { columns: [...columns], rows }, lines, problems };
}
