import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetLoader } from '../../../src/lib/content/dataset-loader.ts';

const BASE = 'content/datasets';
const META = 'title: Sales\ndescription: Units sold.\ncolumns:\n  - { name: region, type: string }\n  - { name: units, type: number }\nsources: [stats]\n';
const CSV = 'region,units\nglobal,190.3\nchina,51.1\n';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
  filePath?: string;
}

/** The parts of Astro's loader context the dataset loader uses: a store, parseData, generateDigest and a watcher. */
function fakeContext(root: string) {
  const entries = new Map<string, Stored>();
  const listeners: Array<(path: string) => void> = [];
  const parsed: unknown[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      clear: () => entries.clear(),
      set: (entry: Stored) => {
        entries.set(entry.id, entry);
        return true;
      },
    },
    // Stands in for the collection schema: marks what it returns, so the test sees the store keeps the parsed data.
    parseData: async (props: { id: string; data: Record<string, unknown>; filePath?: string }) => {
      parsed.push(props);
      return { ...props.data, parsed: true };
    },
    generateDigest: (data: Record<string, unknown> | string) => `digest:${JSON.stringify(data).length}`,
    watcher: { on: (event: string, listener: (path: string) => void) => (event === 'change' ? listeners.push(listener) : 0) },
  };
  return { context: context as unknown as LoaderContext, entries, parsed, change: (path: string) => listeners.forEach((listener) => listener(path)) };
}

let root: string;
let dir: string;

function write(name: string, content: string | Uint8Array): void {
  writeFileSync(join(dir, name), content);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'marginalia-dataset-loader-'));
  dir = join(root, BASE);
  mkdirSync(dir, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('datasetLoader', () => {
  it('is named for the project', () => {
    expect(datasetLoader(BASE).name).toBe('marginalia:datasets');
  });

  it('stores one entry per metadata file, its id the file name, its rows typed by the columns', async () => {
    write('sales.yaml', META);
    write('sales.csv', CSV);
    const { context, entries } = fakeContext(root);
    await datasetLoader(BASE).load(context);
    expect([...entries.values()]).toEqual([
      {
        id: 'sales',
        data: {
          title: 'Sales',
          description: 'Units sold.',
          columns: [
            { name: 'region', type: 'string' },
            { name: 'units', type: 'number' },
          ],
          sources: ['stats'],
          rows: [
            { region: 'global', units: 190.3 },
            { region: 'china', units: 51.1 },
          ],
          rowLines: [2, 3],
          csvFile: join(dir, 'sales.csv'),
          parsed: true,
        },
        digest: expect.stringMatching(/^digest:\d+$/),
        filePath: `${BASE}/sales.yaml`,
      },
    ]);
  });

  it("keeps the CSV's line of each row, as the editor's editor counts them", async () => {
    write('sales.yaml', META);
    write('sales.csv', 'region,units\nglobal,190.3\n\nchina,51.1\n');
    const { context, entries } = fakeContext(root);
    await datasetLoader(BASE).load(context);
    expect(entries.get('sales')?.data.rowLines).toEqual([2, 4]);
  });

  it("keeps the CSV's path, not its text", async () => {
    write('sales.yaml', META);
    write('sales.csv', CSV);
    const { context, entries } = fakeContext(root);
    await datasetLoader(BASE).load(context);
    expect(Object.keys(entries.get('sales')?.data ?? {})).not.toContain('csv');
    expect(JSON.stringify(entries.get('sales'))).not.toContain('global,190.3');
  });

  it('hands parseData the id, the data and the metadata file, and stores what it returns', async () => {
    write('sales.yaml', META);
    write('sales.csv', CSV);
    const { context, entries, parsed } = fakeContext(root);
    await datasetLoader(BASE).load(context);
    expect(parsed).toEqual([{ id: 'sales', data: expect.objectContaining({ title: 'Sales', csvFile: join(dir, 'sales.csv') }), filePath: `${BASE}/sales.yaml` }]);
    expect(entries.get('sales')?.data.parsed).toBe(true);
  });

  it('loads the datasets in file-name order and ignores files that are not metadata', async () => {
    for (const id of ['zeta', 'alpha', 'mid']) {
      write(`${id}.yaml`, META);
      write(`${id}.csv`, CSV);
    }
    write('README.md', '# notes');
    const { context, parsed } = fakeContext(root);
    await datasetLoader(BASE).load(context);
    expect(parsed.map((props) => (props as { id: string }).id)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('clears the store first, so a deleted dataset does not linger', async () => {
    write('sales.yaml', META);
    write('sales.csv', CSV);
    const { context, entries } = fakeContext(root);
    entries.set('removed', { id: 'removed', data: {} });
    await datasetLoader(BASE).load(context);
    expect([...entries.keys()]).toEqual(['sales']);
  });

  it('loads again when a file in its folder changes, and not for changes elsewhere', async () => {
    write('sales.yaml', META);
    write('sales.csv', CSV);
    const { context, entries, parsed, change } = fakeContext(root);
    await datasetLoader(BASE).load(context);
    change(join(root, 'content/sources/stats.yaml'));
    expect(parsed).toHaveLength(1);
    write('sales.csv', 'region,units\nglobal,200\n');
    change(join(dir, 'sales.csv'));
    await vi.waitFor(() => expect(entries.get('sales')?.data.rows).toEqual([{ region: 'global', units: 200 }]));
  });

  it('works without a watcher (a build, not the dev server)', async () => {
    write('sales.yaml', META);
    write('sales.csv', CSV);
    const { context, entries } = fakeContext(root);
    await datasetLoader(BASE).load({ ...context, watcher: undefined });
    expect([...entries.keys()]).toEqual(['sales']);
  });

  it('stores nothing for a folder without datasets', async () => {
    const { context, entries } = fakeContext(root);
    await datasetLoader(BASE).load(context);
    expect(entries.size).toBe(0);
  });
});

describe('datasetLoader: content the checks should have stopped', () => {
  const load = async () => datasetLoader(BASE).load(fakeContext(root).context);

  it('throws naming the metadata file when its YAML does not parse', async () => {
    write('sales.yaml', 'title: [unclosed\n');
    write('sales.csv', CSV);
    await expect(load()).rejects.toThrow(/^content\/datasets\/sales\.yaml is not valid YAML at line \d+/);
  });

  it('throws pointing at the content checks when the metadata does not fit the schema', async () => {
    write('sales.yaml', 'title: Sales\n');
    write('sales.csv', CSV);
    await expect(load()).rejects.toThrow('content/datasets/sales.yaml does not match the dataset schema (run npm run check:content)');
  });

  it('throws naming the CSV, the row and the column of a value that does not fit its type', async () => {
    write('sales.yaml', META);
    write('sales.csv', 'region,units\nglobal,lots\n');
    await expect(load()).rejects.toThrow('content/datasets/sales.csv › line 2 › units: "lots" is not a number (column type number)');
  });

  it('throws naming the file and the fix for a CSV that is not UTF-8', async () => {
    write('sales.yaml', META);
    write('sales.csv', new Uint8Array([0x72, 0x65, 0x67, 0x69, 0x6f, 0x6e, 0x0a, 0xe9, 0xff]));
    await expect(load()).rejects.toThrow(`${join(dir, 'sales.csv')} is not valid UTF-8 text (perhaps Latin-1, GBK or Windows-1252). save the file as UTF-8`);
  });

  it('throws naming the CSV that is missing beside its metadata', async () => {
    write('sales.yaml', META);
    await expect(load()).rejects.toThrow(join(dir, 'sales.csv'));
  });
});
