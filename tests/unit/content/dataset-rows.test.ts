import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetRows } from '../../../src/lib/content/dataset-rows.ts';
import { readContent } from '../../../src/lib/content/read-content.ts';
import type { ColumnMeta } from '../../../src/lib/content/table.ts';
import { VALID_ROOT } from '../../content/mutate-fixture.ts';
import { scratchFiles } from './scratch-files.ts';

const scratch = scratchFiles('dataset-rows');

const COLUMNS: ColumnMeta[] = [{ name: 'region', type: 'string' }, { name: 'units', type: 'number' }];
const csv = scratch.write;

describe('readDatasetRows', () => {
  it('gives the table and row lines the content checks read from the same CSV', () => {
    const [dataset] = readContent(VALID_ROOT).bundle.datasets;
    if (!dataset) throw new Error('the valid fixture has a dataset');
    expect(readDatasetRows(join(VALID_ROOT, dataset.csvFile), dataset.data.columns)).toEqual({ table: dataset.table, rowLines: dataset.rowLines });
  });

  it('types the cells and counts lines from the header, a byte-order mark and quoted line breaks included', () => {
    const file = csv('typed.csv', '\ufeffregion,units\n"North\nEast",1.5\nsouth,\n');
    expect(readDatasetRows(file, COLUMNS)).toEqual({
      table: { columns: COLUMNS, rows: [{ region: 'North\nEast', units: 1.5 }, { region: 'south', units: null }] },
      rowLines: [2, 4],
    });
  });

  it('gives nothing for a CSV the checks would refuse: a bad cell, a wrong header, not UTF-8, missing', () => {
    expect(readDatasetRows(csv('bad-cell.csv', 'region,units\nnorth,12m\n'), COLUMNS)).toBeUndefined();
    expect(readDatasetRows(csv('bad-header.csv', 'region,unit\nnorth,1\n'), COLUMNS)).toBeUndefined();
    expect(readDatasetRows(csv('utf16.csv', new Uint8Array([0xff, 0xfe, 0x72, 0x00])), COLUMNS)).toBeUndefined();
    expect(readDatasetRows(scratch.path('no-such.csv'), COLUMNS)).toBeUndefined();
  });
});
