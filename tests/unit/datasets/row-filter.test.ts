import { describe, expect, it } from 'vitest';
import { cellKey, conditionsOf, describeConditions, filterRows, matchesRow, parseWhere, whereColumns } from '../../../src/lib/datasets/row-filter.ts';
import { table } from '../charts/fixtures.ts';

const shipments = table(
  [
    { name: 'year', type: 'integer' },
    { name: 'market', type: 'string' },
    { name: 'units', type: 'number' },
  ],
  [
    { year: 2019, market: 'global', units: 240.6 },
    { year: 2020, market: 'global', units: 189 },
    { year: 2019, market: 'china', units: 140.6 },
    { year: 2020, market: 'china', units: null },
  ],
);

describe('parseWhere', () => {
  it('reads one condition', () => {
    expect(parseWhere('market=global')).toEqual([{ column: 'market', op: '=', value: 'global' }]);
  });

  it('reads several conditions joined with &, trimming spaces', () => {
    expect(parseWhere('market = china & year!=2019')).toEqual([
      { column: 'market', op: '=', value: 'china' },
      { column: 'year', op: '!=', value: '2019' },
    ]);
  });

  it('keeps "=" signs inside the value', () => {
    expect(parseWhere('note=a=b')).toEqual([{ column: 'note', op: '=', value: 'a=b' }]);
  });

  it('allows an empty value', () => {
    expect(parseWhere('units=')).toEqual([{ column: 'units', op: '=', value: '' }]);
  });

  it('throws on a part without "="', () => {
    expect(() => parseWhere('market=global&china')).toThrow('"china" is not a condition: write column=value, and join several with &');
  });
});

describe('whereColumns', () => {
  it('lists the columns a filter names', () => {
    expect(whereColumns('market=china&year=2020')).toEqual(['market', 'year']);
  });

  it('gives no columns for text that is not a filter', () => {
    expect(whereColumns('china')).toEqual([]);
  });
});

describe('filterRows', () => {
  it('keeps the rows matching the condition, in table order', () => {
    expect(filterRows(shipments, 'market=global').rows.map((row) => row.units)).toEqual([240.6, 189]);
  });

  it('compares numbers as written in the CSV', () => {
    expect(filterRows(shipments, 'year=2019').rows.map((row) => row.market)).toEqual(['global', 'china']);
  });

  it('needs every condition to hold', () => {
    expect(filterRows(shipments, 'market=china&year!=2019').rows).toEqual([{ year: 2020, market: 'china', units: null }]);
  });

  it('matches an empty cell with an empty value', () => {
    expect(filterRows(shipments, 'units=').rows).toHaveLength(1);
  });

  it('returns the table unchanged without a filter', () => {
    expect(filterRows(shipments, undefined)).toBe(shipments);
    expect(filterRows(shipments, '  ')).toBe(shipments);
  });

  it('keeps the columns when no row matches', () => {
    const none = filterRows(shipments, 'market=europe');
    expect(none.rows).toEqual([]);
    expect(none.columns).toBe(shipments.columns);
  });

  it('throws for an unknown column, listing the known ones', () => {
    expect(() => filterRows(shipments, 'region=china')).toThrow('no column "region" to filter on (known: year, market, units)');
  });
});

describe('cellKey', () => {
  it('keys cells as strings, empty for missing', () => {
    expect(cellKey(2020)).toBe('2020');
    expect(cellKey(null)).toBe('');
  });
});

describe('conditionsOf (figure checks write filters as a mapping)', () => {
  it('turns each column and value into an equality condition on the cell as written', () => {
    expect(conditionsOf({ market: 'china', year: 2021, flag: true })).toEqual([
      { column: 'market', op: '=', value: 'china' },
      { column: 'year', op: '=', value: '2021' },
      { column: 'flag', op: '=', value: 'true' },
    ]);
  });

  it('matches a number cell whether the filter wrote 2021 or "2021", as a where text does', () => {
    const row = { market: 'china', year: 2021 };
    expect(matchesRow(row, conditionsOf({ year: 2021 }))).toBe(true);
    expect(matchesRow(row, conditionsOf({ year: '2021' }))).toBe(true);
    expect(matchesRow(row, parseWhere('year=2021'))).toBe(true);
    expect(matchesRow(row, conditionsOf({ year: 2020 }))).toBe(false);
  });

  it('describes conditions for messages, or "every row" for none', () => {
    expect(describeConditions(conditionsOf({ market: 'china', year: 2021 }))).toBe('market = "china" and year = 2021');
    expect(describeConditions([])).toBe('every row');
  });
});
