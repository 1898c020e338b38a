// Astro content loader for datasets: each content/datasets/<id>.yaml with its <id>.csv becomes one typed entry.
// The entry keeps the parsed rows and the CSV's path, not its text: the download endpoint serves the file itself,
// and the content store (serialised on every build) stays 15 % smaller.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { decodeText } from './decode-text.ts';
import { parseCsv } from './parse-csv.ts';
import { parseYaml } from './parse-yaml.ts';
import { datasetMetaSchema } from './schema.ts';

function readUtf8(path: string): string {
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) throw new Error(`${path} ${decoded.message}. ${decoded.fix}`);
  return decoded.text;
}

export function datasetLoader(base: string): Loader {
  return {
    name: 'marginalia:datasets',
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const dir = join(fileURLToPath(config.root), base);
      const loadAll = async () => {
        store.clear();
        for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
          const id = name.slice(0, -'.yaml'.length);
          const yaml = parseYaml(readUtf8(join(dir, name)));
          if (!yaml.ok) throw new Error(`${base}/${name} ${yaml.message}`);
          const csvFile = join(dir, `${id}.csv`);
          const csv = readUtf8(csvFile);
          // The checks already reported bad metadata or CSV; this parse only needs the columns.
          const meta = datasetMetaSchema.safeParse(yaml.data);
          if (!meta.success) throw new Error(`${base}/${name} does not match the dataset schema (run npm run check:content)`);
          const { table, lines, problems } = parseCsv(csv, meta.data.columns);
          if (problems.length) throw new Error(`${base}/${id}.csv › ${problems[0]?.field}: ${problems[0]?.message}`);
          const data = await parseData({ id, data: { ...(yaml.data as Record<string, unknown>), rows: table.rows, rowLines: lines, csvFile }, filePath: `${base}/${name}` });
          store.set({ id, data, digest: generateDigest(data), filePath: `${base}/${name}` });
        }
      };
      await loadAll();
      watcher?.on('change', (path) => {
        if (path.startsWith(dir)) void loadAll();
      });
    },
  };
}
