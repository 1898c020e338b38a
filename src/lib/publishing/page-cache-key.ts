// The cacheKey a per-story page gives Astro's incremental build (experimental.incrementalBuild): a page whose key,
// template code and config are unchanged since the last build is kept as it was instead of rendered again. The key
// holds what the story's pages draw on: the story, its original and its claims, and what every page shares (sources,
// datasets, verdicts, glossary, site settings, the content folder). A change to another story leaves it alone.
import { createHash } from 'node:crypto';

/** An entry as Astro's store hands it out: its content digest (the loaders set one for every entry). */
export interface Digested {
  id: string;
  digest?: string | number | undefined;
}

/** One digest for a list of entries, in a fixed order, so the order the store returns them in does not matter. */
export function digestOf(entries: readonly Digested[], ...extra: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of extra) hash.update(`${part}\0`);
  for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    // An entry without a digest cannot be compared with the last build: the key changes every time, so the page renders.
    hash.update(`${entry.id}\0${entry.digest ?? `${Math.random()}`}\0`);
  }
  return hash.digest('hex');
}

/** The key of one story's pages: the story, its original, its claims, and the site-wide digest. */
export function storyCacheKey(siteWide: string, story: Digested, original: Digested | undefined, claims: readonly Digested[]): string {
  return digestOf([...claims.map((c) => ({ id: `claim:${c.id}`, digest: c.digest })), { id: `story:${story.id}`, digest: story.digest }, { id: `original:${original?.id ?? ''}`, digest: original?.digest }], siteWide);
}
