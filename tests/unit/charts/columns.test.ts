import { describe, expect, it } from 'vitest';
import { cellLabeler, columnLabel, numberCell, requireColumn, requireNumberColumn } from '../../../src/lib/charts/columns.ts';
import { table } from './fixtures.ts';

const data = table(
  [
    { name: 'country', type: 'string' },
    { name: 'sales', type: 'number', label: 'Sales' },
  ],
  [{ country: 'Japan', sales: 1 }],
);

describe('requireColumn', () => {
  it('returns the named column', () => {
    expect(requireColumn(data, 'sales', 'bar value').name).toBe('sales');
  });

  it('throws for an unknown column, naming it and listing the known columns', () => {
    expect(() => requireColumn(data, 'revenue', 'bar value')).toThrow(
      'Unknown column "revenue" (bar value). Known columns: "country", "sales"',
    );
  });

  it('says (none) when the table has no columns', () => {
    expect(() => requireColumn(table([], []), 'x', 'line x')).toThrow('Known columns: (none)');
  });
});

describe('requireNumberColumn', () => {
  it('throws for a column that does not hold numbers', () => {
    expect(() => requireNumberColumn(data, 'country', 'bar value')).toThrow(
      'Column "country" (bar value) has type "string"; a number or integer column is needed',
    );
  });
});

describe('cells', () => {
  it('reads finite numbers and treats anything else as missing', () => {
    expect(numberCell({ v: 3 }, 'v')).toBe(3);
    expect(numberCell({ v: null }, 'v')).toBeNull();
    expect(numberCell({ v: '3' }, 'v')).toBeNull();
    expect(numberCell({ v: Number.NaN }, 'v')).toBeNull();
    expect(numberCell({}, 'v')).toBeNull();
  });

  it('labels a column by its label, else its name', () => {
    expect(columnLabel({ name: 'sales', type: 'number', label: 'Sales' })).toBe('Sales');
    expect(columnLabel({ name: 'sales', type: 'number' })).toBe('sales');
  });
});

describe('cellLabeler', () => {
  it('formats dates at the precision the column needs', () => {
    const rows = [{ d: '2020-01-01' }, { d: '2021-01-01' }];
    expect(cellLabeler({ name: 'd', type: 'date' }, rows)('2021-01-01')).toBe('2021');
  });

  it('writes year-like numbers without a separator and other numbers grouped', () => {
    expect(cellLabeler({ name: 'y', type: 'integer' }, [{ y: 2020 }])(2020)).toBe('2020');
    expect(cellLabeler({ name: 'n', type: 'integer' }, [{ n: 12000 }])(12000)).toBe('12,000');
  });

  it('passes strings through', () => {
    expect(cellLabeler({ name: 'c', type: 'string' }, [])('Japan')).toBe('Japan');
  });

  it("reads text values by the dataset's reader labels, and values without a label as they are", () => {
    const label = cellLabeler({ name: 'market', type: 'string', values: { global: 'Worldwide', china: 'China' } }, []);
    expect([label('global'), label('china'), label('europe')]).toEqual(['Worldwide', 'China', 'europe']);
  });
});
