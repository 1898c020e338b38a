// `npm run check:sources [-- --find-archives] [--concurrency 8] [--timeout 10]`: checks every source's address and
// reports dead, moved and unarchived links as the content checks report problems; exit 1 on a dead link.
// WAYBACK_API overrides the availability API's address (tests point it at a local server).
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { formatReport } from '../src/lib/content/problem.ts';
import { checkSources } from '../src/lib/sources/check-sources.ts';

const { values, positionals } = parseArgs({
  options: { 'find-archives': { type: 'boolean', default: false }, concurrency: { type: 'string', default: '8' }, timeout: { type: 'string', default: '10' } },
  allowPositionals: true,
});
const root = positionals[0] ?? process.cwd();
const progress = process.stderr.isTTY
  ? (done: number, total: number) => process.stderr.write(`\rchecked ${done} of ${total} sources`)
  : (done: number, total: number) => {
      if (done === total || done % 10 === 0) process.stderr.write(`checked ${done} of ${total} sources\n`);
    };

const result = await checkSources({
  root,
  contentDir: contentDir(root),
  concurrency: Number(values.concurrency),
  timeoutMs: Number(values.timeout) * 1000,
  findArchives: values['find-archives'],
  archiveApi: process.env.WAYBACK_API,
  onProgress: progress,
});
if (process.stderr.isTTY) process.stderr.write('\n');
for (const { file, archived } of result.written) console.log(`+ ${file} › archived: ${archived.url} (${archived.date})`);
console.log(formatReport(result.problems));
if (result.failed) process.exit(1);
