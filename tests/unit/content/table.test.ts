import { describe, expectTypeOf, it } from 'vitest';
import type { COLUMN_TYPES } from '../../../src/lib/content/schema.ts';
import type { Cell, ColumnMeta, ColumnType, DataTable, Row } from '../../../src/lib/content/table.ts';

describe('table types', () => {
  it('infer a column from the dataset schema: name, type, and optional unit, label, description and reader labels of its values', () => {
    expectTypeOf<ColumnMeta>().toEqualTypeOf<{ name: string; type: ColumnType; unit?: string | undefined; label?: string | undefined; description?: string | undefined; values?: Record<string, string> | undefined }>();
  });

  it('take the column types from the schema, not a list of their own', () => {
    expectTypeOf<ColumnType>().toEqualTypeOf<(typeof COLUMN_TYPES)[number]>();
    expectTypeOf<ColumnType>().toEqualTypeOf<'string' | 'number' | 'integer' | 'date' | 'boolean' | 'source'>();
  });

  it('give cells the values the CSV reader produces: text, numbers, booleans or nothing', () => {
    expectTypeOf<Cell>().toEqualTypeOf<string | number | boolean | null>();
    expectTypeOf<Row>().toEqualTypeOf<Record<string, Cell>>();
  });

  it('hold the columns and the rows of a dataset', () => {
    expectTypeOf<DataTable>().toEqualTypeOf<{ columns: ColumnMeta[]; rows: Row[] }>();
  });
});
