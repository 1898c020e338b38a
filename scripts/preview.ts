// `npm run preview`: serves the last build as a static host would, under the base path it was built with
// (BASE_PATH, SITE_URL and the output folder are read from the build's record unless set in the environment).
import { spawn } from 'node:child_process';
import { previewEnv, readBuildRecord } from '../src/lib/publishing/build-record.ts';
import { cacheDirs } from '../src/lib/publishing/cache-dirs.ts';

const root = process.cwd();
const record = readBuildRecord(cacheDirs(process.env, root).buildRecord);
const extra = previewEnv(record, process.env);
if (!record) console.log('No build recorded yet: run npm run build first. Serving dist/ as the environment describes it.');
else console.log(`Serving ${record.outDir} as built: base path ${extra.BASE_PATH ?? process.env.BASE_PATH}.`);
const child = spawn('astro', ['preview', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...extra } });
child.on('exit', (code) => process.exit(code ?? 0));
