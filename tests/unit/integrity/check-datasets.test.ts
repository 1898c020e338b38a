import { describe, expect, it } from 'vitest';
import { checkDatasets } from '../../../src/lib/integrity/check-datasets.ts';
import { bundleOf, dataset } from './make-bundle.ts';

const FILE = 'content/datasets/sales.yaml';
const rows = [
  { region: 'global', year: 2021 },
  { region: 'china', year: 2021 },
];

describe('checkDatasets: reader labels of column values', () => {
  it('accepts labels for values the column holds, and columns without labels', () => {
    const sales = dataset('sales', [{ name: 'region', type: 'string', values: { global: 'Worldwide', china: 'China' } }, { name: 'year', type: 'integer' }], rows);
    expect(checkDatasets(bundleOf({ datasets: [sales] }))).toEqual([]);
  });

  it('reports a label for a value no row has, naming the closest values the column holds', () => {
    const sales = dataset('sales', [{ name: 'region', type: 'string', values: { chnia: 'China' } }, { name: 'year', type: 'integer' }], rows);
    expect(checkDatasets(bundleOf({ datasets: [sales] }))).toEqual([
      {
        severity: 'error',
        file: FILE,
        field: 'columns[0].values.chnia',
        message: 'no row of content/datasets/sales.csv has "chnia" in the column "region" (known: china, global)',
        fix: 'label a value the column holds, spelled as in the CSV',
      },
    ]);
  });

  it('reports labels on a column that is not text', () => {
    const sales = dataset('sales', [{ name: 'region', type: 'string' }, { name: 'year', type: 'integer', values: { '2021': 'Last year' } }], rows);
    expect(checkDatasets(bundleOf({ datasets: [sales] }))).toEqual([
      expect.objectContaining({ file: FILE, field: 'columns[1].values', message: 'labels values of the integer column "year"' }),
    ]);
  });
});
