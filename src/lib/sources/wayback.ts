// Looks up an existing snapshot of a page with the Wayback Machine's availability API
// (https://archive.org/wayback/available?url=…), which answers with the closest capture it holds, if any.
import type { ArchivedCopy } from '../content/archived-copy.ts';

/** The public API; tests and mirrors pass another base. */
export const WAYBACK_AVAILABILITY_API = 'https://archive.org/wayback/available';

/** The API's answer, as far as we read it. */
interface Availability {
  archived_snapshots?: { closest?: { available?: boolean; url?: string; timestamp?: string; status?: string } };
}

/** The snapshot in an availability answer, or undefined when there is none that captured the page itself (status 200). */
export function snapshotFrom(answer: unknown): ArchivedCopy | undefined {
  const closest = (answer as Availability | null)?.archived_snapshots?.closest;
  if (!closest?.available || closest.status !== '200' || !closest.url || !closest.timestamp) return undefined;
  const stamp = /^(\d{4})(\d{2})(\d{2})/.exec(closest.timestamp);
  if (!stamp) return undefined;
  // The API names snapshots by http://; the archive serves the same address over https.
  const url = closest.url.replace(/^http:\/\/web\.archive\.org\//, 'https://web.archive.org/');
  return { url, date: `${stamp[1]}-${stamp[2]}-${stamp[3]}` };
}

export interface FindOptions {
  fetch?: typeof fetch;
  /** Base address of the availability API. */
  api?: string;
  timeoutMs?: number;
}

/** The closest snapshot of `url`, undefined when the archive has none; throws when the API cannot be asked. */
export async function findSnapshot(url: string, options: FindOptions = {}): Promise<ArchivedCopy | undefined> {
  const request = new URL(options.api ?? WAYBACK_AVAILABILITY_API);
  request.searchParams.set('url', url);
  const response = await (options.fetch ?? fetch)(request, { signal: AbortSignal.timeout(options.timeoutMs ?? 20_000) });
  if (!response.ok) throw new Error(`the availability API answered ${response.status}`);
  return snapshotFrom(await response.json());
}
