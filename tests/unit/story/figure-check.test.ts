import { describe, expect, it } from 'vitest';
import type { DataTable } from '../../../src/lib/content/table.ts';
import { assessmentConflict, computeFigure, isComputed, isWithinTolerance, toleranceText, type ComputedCheck, type FigureResult } from '../../../src/lib/story/figure-check.ts';
import { figure } from '../integrity/make-bundle.ts';

/** Whole numbers so sums and differences are exact. */
const TABLE: DataTable = {
  columns: [
    { name: 'region', type: 'string' },
    { name: 'year', type: 'integer' },
    { name: 'units', type: 'number' },
    { name: 'date', type: 'date' },
  ],
  rows: [
    { region: 'global', year: 2021, units: 190, date: '2022-01-27' },
    { region: 'china', year: 2021, units: 50, date: '2022-01-27' },
    { region: 'europe', year: 2021, units: 40, date: '2022-02-01' },
    { region: 'global', year: 2020, units: 160, date: '2021-01-20' },
    { region: 'nowhere', year: 2021, units: 0, date: '2022-01-27' },
    { region: 'unknown', year: 2021, units: null, date: '2022-01-27' },
  ],
};

type Compute = Partial<ComputedCheck['compute']>;

function ok(result: FigureResult): Extract<FigureResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a result, got ${result.field}: ${result.message}`);
  return result;
}

const compute = (c: Compute, stated = 140, tolerance: ComputedCheck['tolerance'] = { relative: 0.05 }) => computeFigure(figure({ stated, tolerance, compute: c }), TABLE);

describe('computeFigure: operations', () => {
  it('value: the one matching row', () => {
    expect(compute({ op: 'value', of: [{ region: 'china', year: 2021 }] }, 50)).toEqual({ ok: true, computed: 50, difference: 0, relativeDifference: 0, agrees: true, shortfall: 0, rowsUsed: 1 });
  });

  it('sum: every matching row', () => {
    expect(ok(compute({ op: 'sum', of: [{ region: 'global' }] }, 350))).toMatchObject({ computed: 350, difference: 0, rowsUsed: 2 });
  });

  it('sum with an empty filter: every row of the column (a missing value is an error)', () => {
    expect(compute({ op: 'sum', of: [{}] })).toEqual({ ok: false, field: 'compute.column', message: 'a matching row has no number in "units"', fix: 'fill in the value in the CSV or choose a number column' });
  });

  it('difference: first selection minus the second', () => {
    expect(compute({ op: 'difference', of: [{ region: 'global', year: 2021 }, { region: 'china' }] })).toEqual({
      ok: true,
      computed: 140,
      difference: 0,
      relativeDifference: 0,
      agrees: true,
      shortfall: 0,
      rowsUsed: 2,
    });
  });

  it('ratio: first selection over the second, times scale', () => {
    expect(ok(compute({ op: 'ratio', of: [{ region: 'china' }, { region: 'global', year: 2021 }], scale: 100 }, 26))).toMatchObject({ computed: 50 / 190 * 100, rowsUsed: 2 });
  });

  it('scale multiplies the value, e.g. millions to thousands', () => {
    expect(ok(compute({ op: 'value', of: [{ region: 'europe' }], scale: 1000 }, 40000)).computed).toBe(40000);
  });

  it('reports the difference and relative difference against the stated figure', () => {
    expect(ok(compute({ op: 'value', of: [{ region: 'europe' }] }, 50))).toEqual({ ok: true, computed: 40, difference: -10, relativeDifference: -0.2, agrees: false, shortfall: 10, rowsUsed: 1 });
  });

  it('divides the relative difference by the size of a negative stated figure', () => {
    expect(ok(compute({ op: 'value', of: [{ region: 'europe' }] }, -40)).relativeDifference).toBe(2);
  });

  it('matches a quoted number against an integer column', () => {
    expect(ok(compute({ op: 'value', of: [{ region: 'china', year: '2021' }] }, 50)).computed).toBe(50);
  });

  it('matches a number YAML read from an unquoted value against a text column', () => {
    const table: DataTable = { columns: [{ name: 'code', type: 'string' }, { name: 'units', type: 'number' }], rows: [{ code: '2021', units: 7 }, { code: '2020', units: 5 }] };
    expect(ok(computeFigure(figure({ stated: 7, compute: { op: 'value', of: [{ code: 2021 }] } }), table)).computed).toBe(7);
  });
});

describe('computeFigure: errors', () => {
  it('a filter matching no row', () => {
    expect(compute({ op: 'difference', of: [{ region: 'global', year: 2021 }, { region: 'asia', year: 2021 }] })).toEqual({
      ok: false,
      field: 'compute.of[1]',
      message: 'no row has region = "asia" and year = 2021',
      fix: 'check the column names and values against the dataset CSV',
    });
  });

  it('a filter value no row holds', () => {
    expect(compute({ op: 'value', of: [{ region: 'china', year: 'twenty' }] })).toMatchObject({ ok: false, field: 'compute.of[0]', message: 'no row has region = "china" and year = "twenty"' });
  });

  it('op value with a filter matching several rows', () => {
    expect(compute({ op: 'value', of: [{ region: 'global' }] })).toEqual({ ok: false, field: 'compute.of[0]', message: '2 rows have region = "global", but op "value" needs exactly one', fix: 'narrow the filter, or use op "sum"' });
  });

  it('ratio whose second selection sums to zero', () => {
    expect(compute({ op: 'ratio', of: [{ region: 'china' }, { region: 'nowhere' }] })).toEqual({ ok: false, field: 'compute.of[1]', message: 'sums to zero, so the ratio is undefined', fix: 'choose rows with a non-zero total' });
  });

  it('a column the dataset does not have', () => {
    expect(compute({ column: 'unit' })).toEqual({ ok: false, field: 'compute.column', message: 'dataset has no column "unit"', fix: 'use one of: region, year, units, date' });
  });

  it('a column that does not hold numbers', () => {
    expect(compute({ column: 'date' })).toEqual({ ok: false, field: 'compute.column', message: 'column "date" holds date values, not numbers', fix: 'choose a number column' });
  });

  it('an integer column is a number column', () => {
    expect(ok(compute({ column: 'year', op: 'value', of: [{ region: 'china' }] }, 2021)).computed).toBe(2021);
  });

  it('a filter on a column the dataset does not have', () => {
    expect(compute({ of: [{ region: 'global' }, { regoin: 'china' }] })).toEqual({ ok: false, field: 'compute.of[1].regoin', message: 'dataset has no column "regoin"', fix: 'filter on one of: region, year, units, date' });
  });

  it('difference with only one filter', () => {
    expect(compute({ op: 'difference', of: [{ region: 'global' }] })).toEqual({ ok: false, field: 'compute.of', message: 'op "difference" takes two row filters, not 1', fix: 'add the second selection to compare against' });
  });

  it('value with two filters', () => {
    expect(compute({ op: 'value', of: [{ region: 'china' }, { region: 'europe' }] })).toEqual({ ok: false, field: 'compute.of', message: 'op "value" takes one row filter, not 2', fix: 'remove the second filter, or use op "difference" or "ratio"' });
  });

  it('a matching row with an empty cell', () => {
    expect(compute({ op: 'value', of: [{ region: 'unknown' }] })).toMatchObject({ ok: false, field: 'compute.column', message: 'a matching row has no number in "units"' });
  });
});

describe('isWithinTolerance', () => {
  const check = (tolerance: ComputedCheck['tolerance'], stated = 100) => figure({ stated, tolerance });

  it('accepts a relative difference exactly at the bound', () => {
    expect(isWithinTolerance(check({ relative: 0.05 }), Math.abs(5))).toBe(true);
  });

  it('accepts the bound despite float rounding (0.1 + 0.2 against 0.3)', () => {
    expect(isWithinTolerance(check({ relative: 0.3 }), (0.1 + 0.2) * 100)).toBe(true);
  });

  it('refuses a relative difference just over the bound', () => {
    expect(isWithinTolerance(check({ relative: 0.05 }), Math.abs(5.1))).toBe(false);
  });

  it('compares the size of a negative relative difference', () => {
    expect(isWithinTolerance(check({ relative: 0.05 }), Math.abs(-5))).toBe(true);
    expect(isWithinTolerance(check({ relative: 0.05 }), Math.abs(-6))).toBe(false);
  });

  it('accepts an absolute difference exactly at the bound', () => {
    expect(isWithinTolerance(check({ absolute: 0.8 }), Math.abs(139.2 - 140))).toBe(true);
  });

  it('refuses an absolute difference over the bound', () => {
    expect(isWithinTolerance(check({ absolute: 0.8 }), Math.abs(-0.81))).toBe(false);
  });

  it('needs every declared bound to hold', () => {
    expect(isWithinTolerance(check({ relative: 0.05, absolute: 1 }), Math.abs(2))).toBe(false);
    expect(isWithinTolerance(check({ relative: 0.01, absolute: 5 }), Math.abs(2))).toBe(false);
    expect(isWithinTolerance(check({ relative: 0.05, absolute: 5 }), Math.abs(2))).toBe(true);
  });

  it('with stated 0, a relative bound holds only for no difference', () => {
    expect(isWithinTolerance(check({ relative: 0.05 }, 0), Math.abs(0))).toBe(true);
    expect(isWithinTolerance(check({ relative: 0.05 }, 0), Math.abs(0.01))).toBe(false);
  });

  it('with stated 0, a float-rounding difference counts as none', () => {
    expect(isWithinTolerance(check({ relative: 0.05 }, 0), Math.abs(0.1 + 0.2 - 0.3))).toBe(true);
  });

  it('with stated 0, an absolute bound still applies', () => {
    expect(isWithinTolerance(check({ absolute: 1 }, 0), Math.abs(0.5))).toBe(true);
  });
});

describe('computeFigure with stated 0', () => {
  it('has no relative difference and is within tolerance when the data give 0', () => {
    expect(ok(compute({ op: 'value', of: [{ region: 'nowhere' }] }, 0))).toEqual({ ok: true, computed: 0, difference: 0, relativeDifference: null, agrees: true, shortfall: 0, rowsUsed: 1 });
  });

  it('is within tolerance when float rounding leaves a tiny non-zero difference', () => {
    const table: DataTable = { columns: [{ name: 'k', type: 'string' }, { name: 'v', type: 'number' }], rows: [{ k: 'a', v: 0.1 }, { k: 'a', v: 0.2 }, { k: 'b', v: 0.3 }] };
    const result = ok(computeFigure(figure({ stated: 0, compute: { column: 'v', op: 'difference', of: [{ k: 'a' }, { k: 'b' }] } }), table));
    expect(result.agrees).toBe(true);
  });

  it('is outside a relative tolerance when the data give anything else', () => {
    expect(ok(compute({ op: 'value', of: [{ region: 'europe' }] }, 0))).toMatchObject({ difference: 40, relativeDifference: null, agrees: false });
  });
});

describe('assessmentConflict', () => {
  const result = (computed: number, agrees: boolean) => ({ ok: true as const, computed, difference: 0, relativeDifference: 0, agrees, shortfall: 0, rowsUsed: 2 });

  it('is undefined when accurate and within tolerance', () => {
    expect(assessmentConflict(figure(), result(139.2, true))).toBeUndefined();
  });

  it('is undefined when inaccurate and outside tolerance', () => {
    expect(assessmentConflict(figure({ assessment: 'inaccurate' }), result(100, false))).toBeUndefined();
  });

  it('explains an accurate assessment outside the tolerance', () => {
    expect(assessmentConflict(figure({ stated: 160 }), result(139.2, false))).toBe('marked accurate, but the data give 139.2 million units against the stated 160 — outside the tolerance of 5 %');
  });

  it('explains an inaccurate assessment within the tolerance', () => {
    expect(assessmentConflict(figure({ assessment: 'inaccurate' }), result(139.2, true))).toBe('marked inaccurate, but the data give 139.2 million units, within 5 % of the stated 140');
  });

  it('names both bounds and keeps a decimal percentage', () => {
    expect(assessmentConflict(figure({ stated: 160, tolerance: { relative: 0.025, absolute: 2 } }), result(139.2, false))).toBe(
      'marked accurate, but the data give 139.2 million units against the stated 160 — outside the tolerance of 2.5 % and 2 million units',
    );
  });

  it('rounds the computed figure to four decimals', () => {
    expect(assessmentConflict(figure({ stated: 1, tolerance: { absolute: 0.1 }, unit: '%' }), result(2 / 3, false))).toBe('marked accurate, but the data give 0.6667 % against the stated 1 — outside the tolerance of 0.1 %');
  });
});

describe('computeFigure: a stated floor or ceiling ("more than", "under")', () => {
  // The data give 140 (global 2021 minus china).
  const bounded = (bound: ComputedCheck['bound'], stated: number, tolerance: ComputedCheck['tolerance'] = { relative: 0.02 }) =>
    ok(computeFigure(figure({ bound, stated, tolerance, compute: { op: 'difference', of: [{ region: 'global', year: 2021 }, { region: 'china' }] } }), TABLE));

  it('agrees with a floor the data pass, however far, with no shortfall', () => {
    expect(bounded('lower', 100)).toMatchObject({ computed: 140, difference: 40, shortfall: 0, agrees: true });
  });

  it('measures how far the data fall short of a floor, and agrees only within the tolerance', () => {
    expect(bounded('lower', 142)).toMatchObject({ shortfall: 2, agrees: true }); // 1.4 % short, 2 % allowed
    expect(bounded('lower', 150)).toMatchObject({ shortfall: 10, agrees: false });
  });

  it('agrees with a ceiling the data stay under, and measures how far they exceed one', () => {
    expect(bounded('upper', 200)).toMatchObject({ shortfall: 0, agrees: true });
    expect(bounded('upper', 120)).toMatchObject({ shortfall: 20, agrees: false });
  });

  it('treats an exact figure both ways', () => {
    expect(bounded('exact', 100)).toMatchObject({ shortfall: 40, agrees: false });
    expect(bounded('exact', 139)).toMatchObject({ shortfall: 1, agrees: true });
  });
});

describe('assessmentConflict with a floor or ceiling', () => {
  const result = (agrees: boolean) => ({ ok: true as const, computed: 139.2, difference: -0.8, relativeDifference: -0.8 / 140, agrees, shortfall: 0.8, rowsUsed: 2 });

  it('names the floor when the data fall short of it by more than the tolerance', () => {
    expect(assessmentConflict(figure({ bound: 'lower', tolerance: { relative: 0.001 } }), result(false))).toBe('marked accurate, but the data give 139.2 million units against the stated floor of 140 — outside the tolerance of 0.1 %');
  });

  it('names the ceiling when a figure marked inaccurate is consistent with it', () => {
    expect(assessmentConflict(figure({ bound: 'upper', assessment: 'inaccurate' }), result(true))).toBe('marked inaccurate, but the data give 139.2 million units, consistent with the stated ceiling of 140');
  });
});

describe('isComputed and toleranceText', () => {
  it('tells a computed check from an unverified one without data', () => {
    expect(isComputed(figure())).toBe(true);
    const { compute: _compute, tolerance: _tolerance, ...unverified } = figure({ assessment: 'unverified' });
    expect(isComputed({ ...unverified, note: 'No source gives it.' })).toBe(false);
  });

  it('words the tolerance', () => {
    expect(toleranceText(figure({ tolerance: { relative: 0.025, absolute: 2 } }))).toBe('2.5 % and 2 million units');
    expect(toleranceText(figure({ tolerance: { absolute: 1 } }))).toBe('1 million units');
  });
});
