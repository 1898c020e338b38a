import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/lib/datasets/cell-text.ts';

const names = new Map([['idc-china-2021', 'IDC (2022-01-27)']]);
const sourceName = (id: string) => names.get(id);

describe('cellText', () => {
  it('names a source instead of giving its id', () => {
    expect(cellText({ name: 'source', type: 'source' }, 'idc-china-2021', sourceName)).toBe('IDC (2022-01-27)');
  });

  it('keeps the id of a source it has no name for', () => {
    expect(cellText({ name: 'source', type: 'source' }, 'unknown-source', sourceName)).toBe('unknown-source');
  });

  it("reads text values by the dataset's reader labels", () => {
    const market = { name: 'market', type: 'string' as const, values: { global: 'Worldwide', china: 'China' } };
    expect([cellText(market, 'global'), cellText(market, 'china'), cellText(market, 'india')]).toEqual(['Worldwide', 'China', 'india']);
  });

  it('writes numbers as they are, booleans as words and empty cells as a dash', () => {
    expect(cellText({ name: 'units', type: 'number' }, 51.1)).toBe('51.1');
    expect(cellText({ name: 'estimate', type: 'boolean' }, true)).toBe('yes');
    expect(cellText({ name: 'units', type: 'number' }, null)).toBe('—');
    expect(cellText({ name: 'note', type: 'string' }, undefined)).toBe('—');
  });
});
