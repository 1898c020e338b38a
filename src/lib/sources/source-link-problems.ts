// The link check's findings as the content checks report problems: file, field, what is wrong, the fix.
import { error, warning, type Problem } from '../content/problem.ts';
import type { LinkResult } from './check-url.ts';

export interface CheckedSource {
  /** Repository-relative path, e.g. content/sources/idc-2021.yaml. */
  file: string;
  /** The live address's check. */
  live: LinkResult;
  /** Whether the source records an archived copy. */
  archived: boolean;
}

const FIND = 'npm run check:sources -- --find-archives';

/** Dead links are errors; moved, unchecked and unarchived links are warnings. */
export function sourceLinkProblems(sources: readonly CheckedSource[]): Problem[] {
  return sources.flatMap(({ file, live, archived }) => {
    const problems: Problem[] = [];
    const archive = archived ? 'readers still have the archived copy' : `add the archived copy readers can still open: archived: with url and date (${FIND} looks for one)`;
    if (live.state === 'dead') problems.push(error(file, 'url', `${live.url} ${live.detail}`, `find where the page lives now and write that address; if it is gone, say so in notes, and ${archive}`));
    if (live.state === 'moved') problems.push(warning(file, 'url', `${live.url} ${live.detail}`, `open ${live.location} and, if it is the same document, write it as url`));
    if (live.state === 'unknown') problems.push(warning(file, 'url', `${live.url} ${live.detail}`, 'open the address in a browser to check it by hand'));
    if (!archived) problems.push(warning(file, 'archived', 'no archived copy recorded', `save the page at https://web.archive.org/save (or find an existing snapshot with ${FIND}), open the snapshot to check it shows the page, then add archived: with its url and date`));
    return problems;
  });
}
