// What the last build was built for (site, base path, output folder), kept beside Astro's cache, so `npm run
// preview` serves that build as it will be deployed, base path included, without setting BASE_PATH again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildRecord {
  site: string;
  base: string;
  /** Absolute path of the output folder. */
  outDir: string;
}

const FILE = 'marginalia-last-build.json';

export function writeBuildRecord(cacheDir: string, record: BuildRecord): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** The record of the last build, or undefined when there is none, it cannot be read, or its output is gone. */
export function readBuildRecord(cacheDir: string): BuildRecord | undefined {
  const path = join(cacheDir, FILE);
  if (!existsSync(path)) return undefined;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<BuildRecord>;
    if (typeof data.site !== 'string' || typeof data.base !== 'string' || typeof data.outDir !== 'string' || !existsSync(data.outDir)) return undefined;
    return { site: data.site, base: data.base, outDir: data.outDir };
  } catch {
    return undefined;
  }
}

/** The environment `astro preview` needs to serve the recorded build; variables already set win. */
export function previewEnv(record: BuildRecord | undefined, env: Record<string, string | undefined>): Record<string, string> {
  if (!record) return {};
  const extra: Record<string, string> = {};
  if (!env.BASE_PATH) extra.BASE_PATH = record.base;
  if (!env.SITE_URL) extra.SITE_URL = record.site;
  if (!env.MARGINALIA_OUT_DIR) extra.MARGINALIA_OUT_DIR = record.outDir;
  return extra;
}
