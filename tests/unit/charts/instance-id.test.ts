import { describe, expect, it } from 'vitest';
import { chartBaseId, hashText, layoutIds, stableStringify, uniqueId } from '../../../src/lib/charts/instance-id.ts';

describe('hashText', () => {
  it('is the FNV-1a hash in base 36', () => {
    expect(hashText('')).toBe((0x811c9dc5).toString(36));
    expect(hashText('a')).toBe((0xe40c292c).toString(36));
  });

  it('differs for different texts', () => {
    expect(hashText('value=units')).not.toBe(hashText('value=share'));
  });
});

describe('stableStringify', () => {
  it('sorts object keys, so key order does not matter', () => {
    expect(stableStringify({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    expect(stableStringify({ a: 1, b: 2 })).toBe(stableStringify({ b: 2, a: 1 }));
  });

  it('leaves out undefined and functions', () => {
    expect(stableStringify({ a: undefined, b: () => 1, c: null })).toBe('{"c":null}');
  });
});

describe('chartBaseId', () => {
  it('names the dataset and hashes the props', () => {
    const props = { value: 'units', label: 'vendor' };
    expect(chartBaseId('global-shipments-2021', props)).toBe(`chart-global-shipments-2021-${hashText(stableStringify(props))}`);
  });

  it('is the same for the same props and differs for different ones', () => {
    expect(chartBaseId('d', { value: 'units', sort: 'desc' })).toBe(chartBaseId('d', { sort: 'desc', value: 'units' }));
    expect(chartBaseId('d', { value: 'units' })).not.toBe(chartBaseId('d', { value: 'share' }));
  });

  it('keeps only id-safe characters of the dataset id', () => {
    expect(chartBaseId('Odd Name!', {})).toMatch(/^chart-odd-name-[a-z0-9]+$/);
  });
});

describe('uniqueId', () => {
  it('gives the base first, then numbered ids for repeats within one scope', () => {
    const page = {};
    expect([uniqueId(page, 'chart-a'), uniqueId(page, 'chart-a'), uniqueId(page, 'chart-b'), uniqueId(page, 'chart-a')]).toEqual([
      'chart-a',
      'chart-a-2',
      'chart-b',
      'chart-a-3',
    ]);
  });

  it('counts each scope (page render) separately', () => {
    const first = {};
    const second = {};
    uniqueId(first, 'chart-a');
    expect(uniqueId(second, 'chart-a')).toBe('chart-a');
  });
});

describe('layoutIds', () => {
  it('derives the svg, title and desc ids from the instance and the layout width', () => {
    expect(layoutIds('chart-a', 640)).toEqual({ svg: 'chart-a-640', title: 'chart-a-640-title', desc: 'chart-a-640-desc' });
    expect(layoutIds('chart-a', 340).title).toBe('chart-a-340-title');
  });
});
