import { describe, expect, it } from 'vitest';
import { pivotParts } from '../../../src/lib/charts/pivot.ts';
import { table } from './fixtures.ts';

const tidy = table(
  [
    { name: 'year', type: 'integer', label: 'Year' },
    { name: 'vendor', type: 'string' },
    { name: 'units', type: 'number', unit: 'million units', label: 'Shipments' },
  ],
  [
    { year: 2019, vendor: 'Huawei', units: 140.6 },
    { year: 2019, vendor: 'vivo', units: 66.5 },
    { year: 2020, vendor: 'vivo', units: 57.5 },
    { year: 2020, vendor: 'Huawei', units: 124.9 },
    { year: 2021, vendor: 'vivo', units: null },
    { year: 2021, vendor: 'Honor', units: 38.6 },
  ],
);

describe('pivotParts', () => {
  const { table: wide, parts } = pivotParts(tidy, { category: 'year', stack: 'vendor', value: 'units' });

  it('makes one part column per stack value, in order of first appearance', () => {
    expect(parts).toEqual(['Huawei', 'vivo', 'Honor']);
  });

  it('keeps the category column first and gives the parts the value column\'s type and unit', () => {
    expect(wide.columns).toEqual([
      { name: 'year', type: 'integer', label: 'Year' },
      { name: 'Huawei', type: 'number', unit: 'million units', label: 'Huawei' },
      { name: 'vivo', type: 'number', unit: 'million units', label: 'vivo' },
      { name: 'Honor', type: 'number', unit: 'million units', label: 'Honor' },
    ]);
  });

  it('makes one row per category, in order of first appearance', () => {
    expect(wide.rows).toEqual([
      { year: 2019, Huawei: 140.6, vivo: 66.5, Honor: 0 },
      { year: 2020, Huawei: 124.9, vivo: 57.5, Honor: 0 },
      { year: 2021, Huawei: 0, vivo: null, Honor: 38.6 },
    ]);
  });

  it('gives an absent part 0 by default but keeps an empty cell missing', () => {
    expect(wide.rows[2]).toMatchObject({ Huawei: 0, vivo: null });
  });

  it('can mark absent parts as missing instead (grouped bars)', () => {
    const grouped = pivotParts(tidy, { category: 'year', stack: 'vendor', value: 'units', absent: null });
    expect(grouped.table.rows[0]).toEqual({ year: 2019, Huawei: 140.6, vivo: 66.5, Honor: null });
  });

  it('renames a part that would clash with the category column', () => {
    const clash = table(tidy.columns, [{ year: 2019, vendor: 'year', units: 1 }]);
    const result = pivotParts(clash, { category: 'year', stack: 'vendor', value: 'units' });
    expect(result.parts).toEqual(['year (vendor)']);
    expect(result.table.rows).toEqual([{ year: 2019, 'year (vendor)': 1 }]);
  });

  it('throws when two rows give the same category and part', () => {
    const twice = table(tidy.columns, [...tidy.rows, { year: 2019, vendor: 'vivo', units: 1 }]);
    expect(() => pivotParts(twice, { category: 'year', stack: 'vendor', value: 'units' })).toThrow(
      'two rows have year = "2019" and vendor = "vivo"',
    );
  });

  it('throws for an unknown column', () => {
    expect(() => pivotParts(tidy, { category: 'year', stack: 'brand', value: 'units' })).toThrow('no column "brand"');
  });

  it('gives no rows and no parts for an empty table', () => {
    expect(pivotParts(table(tidy.columns, []), { category: 'year', stack: 'vendor', value: 'units' })).toEqual({
      table: { columns: [tidy.columns[0]], rows: [] },
      parts: [],
    });
  });
});
