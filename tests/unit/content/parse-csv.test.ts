import { describe, expect, it } from 'vitest';
import { parseCell, parseCsv } from '../../../src/lib/content/parse-csv.ts';
import type { ColumnMeta } from '../../../src/lib/content/table.ts';

const NUMBER: ColumnMeta = { name: 'units', type: 'number' };
const INTEGER: ColumnMeta = { name: 'year', type: 'integer' };
const COLUMNS: ColumnMeta[] = [{ name: 'region', type: 'string' }, INTEGER, NUMBER];

describe('parseCell', () => {
  it('reads an empty or blank cell as null, whatever the type', () => {
    expect(parseCell('', NUMBER)).toEqual({ value: null });
    expect(parseCell('  ', { name: 'd', type: 'date' })).toEqual({ value: null });
  });

  it('reads numbers: decimals, negatives, exponents, surrounding spaces', () => {
    expect(parseCell('190.3', NUMBER)).toEqual({ value: 190.3 });
    expect(parseCell('-2', NUMBER)).toEqual({ value: -2 });
    expect(parseCell('.5', NUMBER)).toEqual({ value: 0.5 });
    expect(parseCell('1.5e3', NUMBER)).toEqual({ value: 1500 });
    expect(parseCell(' 7 ', NUMBER)).toEqual({ value: 7 });
  });

  it('refuses a decimal comma', () => {
    expect(parseCell('12,5', NUMBER)).toEqual({ message: '"12,5" is not a number', fix: 'write plain digits with a dot for decimals and no thousands separators or units, e.g. 191.2' });
  });

  it('refuses units, thousands separators and percentages', () => {
    expect(parseCell('140m', NUMBER)).toHaveProperty('message', '"140m" is not a number');
    expect(parseCell('1,000', NUMBER)).toHaveProperty('message', '"1,000" is not a number');
    expect(parseCell('5%', NUMBER)).toHaveProperty('message', '"5%" is not a number');
  });

  it('reads a whole number in an integer column', () => {
    expect(parseCell('2021', INTEGER)).toEqual({ value: 2021 });
  });

  it('refuses a fraction in an integer column', () => {
    expect(parseCell('2021.5', INTEGER)).toEqual({ message: '"2021.5" is not a whole number', fix: 'write a whole number, or declare the column `type: number`' });
  });

  it('reads a real date as text and refuses an impossible one', () => {
    const date: ColumnMeta = { name: 'date', type: 'date' };
    expect(parseCell('2022-01-27', date)).toEqual({ value: '2022-01-27' });
    expect(parseCell('2022-02-30', date)).toEqual({ message: '"2022-02-30" is not a date', fix: 'write dates as YYYY-MM-DD, e.g. 2019-05-16' });
    expect(parseCell('27/01/2022', date)).toHaveProperty('message', '"27/01/2022" is not a date');
  });

  it('reads true and false, and refuses other words', () => {
    const flag: ColumnMeta = { name: 'flag', type: 'boolean' };
    expect(parseCell('true', flag)).toEqual({ value: true });
    expect(parseCell('false', flag)).toEqual({ value: false });
    expect(parseCell('yes', flag)).toEqual({ message: '"yes" is not true or false', fix: 'write true or false' });
  });

  it('keeps strings and source ids as trimmed text', () => {
    expect(parseCell(' China ', { name: 'region', type: 'string' })).toEqual({ value: 'China' });
    expect(parseCell('stats-office', { name: 'source', type: 'source' })).toEqual({ value: 'stats-office' });
  });
});

describe('parseCsv', () => {
  it('parses typed rows', () => {
    expect(parseCsv('region,year,units\nglobal,2021,190.3\nchina,2021,51.1\n', COLUMNS)).toEqual({
      table: {
        columns: COLUMNS,
        rows: [
          { region: 'global', year: 2021, units: 190.3 },
          { region: 'china', year: 2021, units: 51.1 },
        ],
      },
      lines: [2, 3],
      problems: [],
    });
  });

  it('gives each row the line of the file it stands on, after blank lines too', () => {
    expect(parseCsv('region,year,units\n\nglobal,2021,190.3\n\nchina,2021,51.1\n', COLUMNS).lines).toEqual([3, 5]);
  });

  it('advises whole numbers for an integer column', () => {
    expect(parseCsv('region,year,units\nglobal,20x1,190.3\n', COLUMNS).problems[0]?.fix).toBe('write a whole number in plain digits, without separators or units, e.g. 2021');
  });

  it('accepts columns in any order, Windows line endings and quoted commas', () => {
    const { table, problems } = parseCsv('units,region,year\r\n"190.3","Global, all",2021\r\n', COLUMNS);
    expect(problems).toEqual([]);
    expect(table.rows).toEqual([{ units: 190.3, region: 'Global, all', year: 2021 }]);
  });

  it('reports a cell not fitting its column by line and column name', () => {
    expect(parseCsv('region,year,units\nglobal,2021,190.3\nchina,2021,"51,1"\n', COLUMNS).problems).toEqual([
      { field: 'line 3 › units', message: '"51,1" is not a number (column type number)', fix: 'write plain digits with a dot for decimals and no thousands separators or units, e.g. 191.2' },
    ]);
  });

  it('reports every bad cell, not only the first', () => {
    expect(parseCsv('region,year,units\nglobal,20x1,1o\nchina,2021,x\n', COLUMNS).problems.map((p) => p.field)).toEqual(['line 2 › year', 'line 2 › units', 'line 3 › units']);
  });

  it('reports a row with too few values and leaves it out', () => {
    const { table, problems } = parseCsv('region,year,units\nglobal,2021\nchina,2021,51.1\n', COLUMNS);
    expect(problems).toEqual([{ field: 'line 2', message: 'has 2 values but the header has 3 columns', fix: 'check for a missing or extra comma, or quote values that contain commas' }]);
    expect(table.rows).toEqual([{ region: 'china', year: 2021, units: 51.1 }]);
  });

  it('reports a row with too many values', () => {
    expect(parseCsv('region,year,units\nglobal,2021,190,3\n', COLUMNS).problems.map((p) => [p.field, p.message])).toEqual([['line 2', 'has 4 values but the header has 3 columns']]);
  });

  it('reports a header column the metadata does not declare', () => {
    expect(parseCsv('region,year,units,notes\nglobal,2021,190.3,x\n', COLUMNS).problems).toEqual([
      { field: 'header › column 4', message: 'column "notes" is not declared in the metadata file', fix: 'add it under `columns:` in the .yaml file, or rename it to one of: region, year, units' },
    ]);
  });

  it('reports a declared column missing from the header', () => {
    expect(parseCsv('region,units\nglobal,190.3\n', COLUMNS).problems).toEqual([
      { field: 'header', message: 'declared column "year" is missing from the CSV', fix: 'add a "year" column to the CSV, or remove it from `columns:`' },
    ]);
  });

  it('reports a misspelt header both ways', () => {
    expect(parseCsv('region,yaer,units\nglobal,2021,190.3\n', COLUMNS).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'header › column 2: column "yaer" is not declared in the metadata file',
      'header: declared column "year" is missing from the CSV',
    ]);
  });

  it('reports a header naming a column twice', () => {
    expect(parseCsv('region,year,units,units\nglobal,2021,1,2\n', COLUMNS).problems).toEqual([{ field: 'header', message: 'has the same column name twice', fix: 'give every column a distinct name' }]);
  });

  it('trims spaces around header names', () => {
    expect(parseCsv('region , year,units\nglobal,2021,1\n', COLUMNS).problems).toEqual([]);
  });

  it('reports a header with no data rows', () => {
    expect(parseCsv('region,year,units\n', COLUMNS).problems).toEqual([{ field: 'rows', message: 'has a header but no data rows', fix: 'add at least one row of data' }]);
  });

  it('skips blank lines', () => {
    expect(parseCsv('region,year,units\n\nglobal,2021,1\n\n', COLUMNS).table.rows).toEqual([{ region: 'global', year: 2021, units: 1 }]);
  });

  it('names the line of the file in reports, counting skipped blank lines', () => {
    const { problems } = parseCsv('region,year,units\nglobal,2021,1\n\n\nglobal,2022,lots\n', COLUMNS);
    expect(problems.map((p) => p.field)).toEqual(['line 5 › units']);
  });

  it('names the line of the file after a quoted value that runs over two lines', () => {
    const { table, problems } = parseCsv('region,year,units\n"North\nand South",2021,1\nglobal,2022,x\n', COLUMNS);
    expect(table.rows[0]?.region).toBe('North\nand South');
    expect(problems.map((p) => p.field)).toEqual(['line 4 › units']);
  });

  it('counts Windows line endings as one line each', () => {
    expect(parseCsv('region,year,units\r\n\r\nglobal,2021,no\r\n', COLUMNS).problems.map((p) => p.field)).toEqual(['line 3 › units']);
  });

  it('returns the declared columns as the table columns', () => {
    expect(parseCsv('units,region,year\n1,a,2\n', COLUMNS).table.columns).toEqual(COLUMNS);
  });
});
