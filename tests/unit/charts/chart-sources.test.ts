import { describe, expect, it } from 'vitest';
import { chartSourceIds, sourceLinks } from '../../../src/lib/charts/chart-sources.ts';
import { table } from './fixtures.ts';

describe('chartSourceIds', () => {
  const data = table(
    [
      { name: 'year', type: 'integer' },
      { name: 'source', type: 'source' },
    ],
    [
      { year: 2019, source: 'idc-2020' },
      { year: 2020, source: 'idc-2020' },
      { year: 2021, source: 'omdia-2022' },
    ],
  );

  it('lists the sources of the rows drawn, once each, in row order, then the dataset\'s sources no row cites', () => {
    expect(chartSourceIds(['idc-2020', 'confirming', 'omdia-2022'], data, data.rows)).toEqual(['idc-2020', 'omdia-2022', 'confirming']);
  });

  it('leaves out the sources of rows that are not drawn', () => {
    expect(chartSourceIds(['idc-2020', 'omdia-2022'], data, data.rows.slice(2))).toEqual(['omdia-2022']);
  });

  it('falls back to the dataset\'s sources without a source column', () => {
    const plain = table([{ name: 'year', type: 'integer' }], [{ year: 2019 }]);
    expect(chartSourceIds(['a', 'b'], plain, plain.rows)).toEqual(['a', 'b']);
  });
});

describe('sourceLinks', () => {
  it('labels sources by publisher, adding the date when a publisher is listed twice', () => {
    const links = sourceLinks([
      { publisher: 'IDC', date: '2021-02-01', url: 'https://a', title: 'A' },
      { publisher: 'Reuters', date: '2019-05-15', url: 'https://b', title: 'B' },
      { publisher: 'IDC', date: '2022-01-27', url: 'https://c', title: 'C' },
    ]);
    expect(links.map((link) => link.label)).toEqual(['IDC (2021-02-01)', 'Reuters', 'IDC (2022-01-27)']);
    expect(links[1]).toEqual({ label: 'Reuters', url: 'https://b', title: 'B' });
  });
});
