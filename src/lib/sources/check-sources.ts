// `npm run check:sources`: every source's address checked with bounded concurrency, and with --find-archives a
// snapshot looked up for each source without one and written into its file. The runner (scripts/check-sources.ts)
// only parses options and prints; everything it does is here, with the network and files passed in for tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import { readContent } from '../content/read-content.ts';
import type { ArchivedCopy } from '../content/archived-copy.ts';
import type { Problem } from '../content/problem.ts';
import { checkUrl, type LinkResult } from './check-url.ts';
import { sourceLinkProblems } from './source-link-problems.ts';
import { findSnapshot } from './wayback.ts';
import { withArchived } from './write-archived.ts';

export interface CheckSourcesOptions {
  /** Repository root: problems name files relative to it. */
  root: string;
  /** The content folder (content/ by default). */
  contentDir?: string | undefined;
  /** Requests at once. */
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  /** Look up a snapshot for every source without one, and write it into the file. */
  findArchives?: boolean;
  /** Base address of the Wayback Machine's availability API. */
  archiveApi?: string | undefined;
  fetch?: typeof fetch;
  /** Called after each source is done: how many of how many. */
  onProgress?: (done: number, total: number, url: string) => void;
}

export interface CheckSourcesResult {
  problems: Problem[];
  /** Every check, by file. */
  checked: { file: string; live: LinkResult }[];
  /** Snapshots written with --find-archives, by file. */
  written: { file: string; archived: ArchivedCopy }[];
  /** True when a link is dead: the command exits non-zero. */
  failed: boolean;
}

/**
 * The link problems, unless no server answered at all: then the machine is offline (or its network blocks the checks),
 * and one problem says so instead of calling every source dead.
 */
function linkProblems(checked: Parameters<typeof sourceLinkProblems>[0], contentDir: string, root: string): Problem[] {
  const problems = sourceLinkProblems(checked);
  const answered = checked.some((c) => c.live.status !== undefined);
  if (answered || checked.length < 2) return problems;
  const folder = relative(root, join(contentDir, 'sources')).split(sep).join('/');
  const example = checked[0]!.live.detail;
  return [
    ...problems.filter((p) => p.field !== 'url'),
    { severity: 'error', file: folder, field: 'url', message: `no source's address could be reached (the first ${example}): this machine seems to be offline, so no link was checked`, fix: 'connect to the internet (or allow web requests from this machine) and run npm run check:sources again' },
  ];
}

export async function checkSources(options: CheckSourcesOptions): Promise<CheckSourcesResult> {
  const contentDir = options.contentDir ?? join(options.root, 'content');
  const { bundle, problems: contentProblems } = readContent(options.root, contentDir);
  const unreadable = contentProblems.filter((p) => p.severity === 'error' && p.file.includes('sources/'));
  const limit = pLimit(options.concurrency ?? 8);
  const total = bundle.sources.length;
  let done = 0;
  const written: CheckSourcesResult['written'] = [];
  const lookupFailures: Problem[] = [];

  const checked = await Promise.all(
    bundle.sources.map((source) =>
      limit(async () => {
        const live = await checkUrl(source.data.url, { fetch: options.fetch, timeoutMs: options.timeoutMs, retries: options.retries });
        let archived = source.data.archived;
        if (!archived && options.findArchives) {
          try {
            const found = await findSnapshot(source.data.url, { fetch: options.fetch, api: options.archiveApi, timeoutMs: options.timeoutMs });
            if (found) {
              const path = join(options.root, source.file);
              writeFileSync(path, withArchived(readFileSync(path, 'utf8'), found));
              written.push({ file: source.file, archived: found });
              archived = found;
            }
          } catch (e) {
            lookupFailures.push({ severity: 'warning', file: source.file, field: 'archived', message: `the Wayback Machine could not be asked (${(e as Error).message})`, fix: 'run the command again later' });
          }
        }
        done++;
        options.onProgress?.(done, total, source.data.url);
        return { file: source.file, live, archived: archived !== undefined };
      }),
    ),
  );
  const problems = [...unreadable, ...linkProblems(checked, contentDir, options.root), ...lookupFailures];
  return {
    problems,
    checked: checked.map(({ file, live }) => ({ file, live })),
    written: written.sort((a, b) => a.file.localeCompare(b.file)),
    failed: problems.some((p) => p.severity === 'error'),
  };
}
