// What `npm run build` (scripts/build.ts) adds to the environment of `astro build`; a value already set is kept.
//
// MIMALLOC_PURGE_DELAY=0: Vite's bundler, Rolldown, is native code with its own allocator (mimalloc). Measured at
// 1,000 stories, about 400 MB that Rolldown had freed once the server code was bundled stayed resident for the
// whole page rendering; with 0, mimalloc returns freed memory to the system at once (bench/PROFILE.md: same
// content, no slower). mimalloc reads the variable when the process starts, so it cannot be set from the config.
export const BUILD_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };

/** The environment for the build process: BUILD_ENV under whatever `env` already sets. */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...BUILD_ENV, ...env };
}
