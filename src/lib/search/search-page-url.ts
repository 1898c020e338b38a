// The URL Pagefind stores for a rendered page: its path below the site's base, from the root ("/story/"), as if
// Pagefind had found the file in the output folder. The search page adds the base back (Pagefind's baseUrl option).
import { normaliseBase } from '../publishing/deploy-config.ts';

/** `requestUrl` is the URL Astro renders (base included); undefined for a page outside `base`. */
export function indexedPageUrl(requestUrl: string, base: string): string | undefined {
  const path = decodeURI(new URL(requestUrl).pathname);
  const prefix = normaliseBase(base);
  if (path === prefix.slice(0, -1)) return '/';
  if (!path.startsWith(prefix)) return undefined;
  return `/${path.slice(prefix.length)}`;
}
