// What `npm run build` (scripts/build.ts) adds to the environment of `astro build`; a value already set is kept.
//
// MIMALLOC_PURGE_DELAY=0, for the bundler only. Vite's bundler, Rolldown, is native code with its own allocator,
// mimalloc. Measured at 1,000 stories, about 400 MB that Rolldown had freed once the server code was bundled stayed
// resident for the whole page rendering; with 0, mimalloc returns freed memory to the system at once (bench/PROFILE.md).
// Each native module with mimalloc reads the variable when it loads. Rolldown loads before astro.config.mjs runs,
// the social cards' renderer (resvg, also mimalloc) only when the first card is drawn, and for resvg 0 doubles the
// time of a card (its 3 MB pixel buffers are handed back and faulted in again): so the config takes the variable
// away again (dropBundlerEnv) once the bundler has read it.
export const BUNDLER_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };

/** Names the variables buildEnv added, so that dropBundlerEnv removes those and not a deployer's own. */
const ADDED = 'MARGINALIA_BUNDLER_ENV';

/** The variables to add for the build process: BUNDLER_ENV without what `env` already sets, and the list of them. */
export function buildEnvAdditions(env: NodeJS.ProcessEnv): Record<string, string> {
  const added = Object.entries(BUNDLER_ENV).filter(([name]) => env[name] === undefined);
  return added.length === 0 ? {} : { ...Object.fromEntries(added), [ADDED]: added.map(([name]) => name).join(',') };
}

/** The environment for the build process. */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, ...buildEnvAdditions(env) };
}

/** Removes what buildEnv added from this process's environment (astro.config.mjs: the bundler has read it by then). */
export function dropBundlerEnv(env: NodeJS.ProcessEnv): void {
  for (const name of (env[ADDED] ?? '').split(',')) if (name in BUNDLER_ENV) delete env[name];
  delete env[ADDED];
}
