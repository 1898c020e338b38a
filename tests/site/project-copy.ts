// A throwaway copy of the project for tests that change content or run the dev server: only what a build needs
// (package.json, astro.config.mjs, tsconfig.json, src/, scripts/, public/ and the content), node_modules symlinked.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { contentDir } from '../../src/lib/content/content-dir.ts';
import { repoRoot } from '../../tools/site/build-site.ts';

const COPIED = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'tools', 'public'];

/** Copies the project into a fresh temp folder; the content comes from content/ (or MARGINALIA_CONTENT_DIR). */
export function copyProject(prefix = 'marginalia-project-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) {
    if (existsSync(join(repoRoot, entry))) cpSync(join(repoRoot, entry), join(root, entry), { recursive: true });
  }
  cpSync(contentDir(repoRoot), join(root, 'content'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

export function removeProject(root: string | undefined): void {
  if (!root) return;
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDirOf(root), { recursive: true, force: true });
}

/** A copy's caches, beside it rather than inside: the dev server would otherwise watch the content store's writes. */
const cacheDirOf = (root: string) => `${root}-cache`;

/** Variables Vitest sets for its workers (NODE_ENV=test, BASE_URL=/, MODE, DEV, PROD, SSR, VITEST…): an Astro started
 * from a test must not see them, or it runs as under test rather than as an editor's `npm run dev` or `npm run build`. */
const TEST_RUNNER_VARIABLE = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

/** The environment npm scripts get in the copy: the project's Node first on PATH, its own content/ and its own caches
 * (the linked node_modules/ would otherwise hold one content store for every copy building at the same time). */
export function projectEnv(root: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLE.test(name) && name !== 'MARGINALIA_CONTENT_DIR' && name !== 'MARGINALIA_OUT_DIR'),
  );
  return { ...env, PATH: `${join(repoRoot, 'node_modules', '.bin')}${delimiter}${env.PATH ?? ''}`, NO_COLOR: '1', MARGINALIA_CACHE_DIR: cacheDirOf(root), ...extra };
}

/** Runs a command in the copy and returns its exit status and output; `timeout` (ms) kills it and sets `error`. */
export function run(root: string, command: string, args: readonly string[], extraEnv: Record<string, string> = {}, timeout?: number): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: root, encoding: 'utf8', env: projectEnv(root, extraEnv), maxBuffer: 64 * 1024 * 1024, timeout });
}

/** `node <script>` with the project's Node 24 (the one running the tests). */
export function runNode(root: string, script: string, args: readonly string[] = []): SpawnSyncReturns<string> {
  return run(root, process.execPath, [script, ...args]);
}
