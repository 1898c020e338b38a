// `npm run build`: `astro build` (arguments passed on) in an environment that keeps a large archive's build in less
// memory (src/lib/publishing/build-env.ts). Its output and exit status are the build's.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildEnv } from '../src/lib/publishing/build-env.ts';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: buildEnv(process.env) });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
