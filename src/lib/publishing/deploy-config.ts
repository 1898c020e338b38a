// Deployment settings from the environment (SITE_URL, BASE_PATH), normalised once for astro.config and the URL helpers.

export interface DeployConfig {
  /** Origin the site is served from (scheme, host, port), without path or trailing slash; the path is `base`. */
  site: string;
  /** Base path with leading and trailing slash, e.g. "/" or "/marginalia/". */
  base: string;
}

export const DEFAULT_SITE = 'http://localhost:4321';

export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) throw new Error(`BASE_PATH "${raw}" may only contain letters, digits, "-", "_", ".", "~" and "/"`);
  return `/${trimmed}/`;
}

export function normaliseSite(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL; give the address the site is served from, e.g. https://example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL "${raw}" must start with https:// or http://`);
  return url.origin;
}

/** The build's warning when SITE_URL is not set: every absolute link would point at this machine. */
export function deployWarning(env: Record<string, string | undefined>): string | undefined {
  if ((env.SITE_URL ?? '').trim() !== '') return undefined;
  return (
    `SITE_URL is not set, so canonical links, og:url and og:image, the RSS feeds, the sitemap and the structured data point to ${DEFAULT_SITE}. ` +
    'Fine for a look on this machine; for a site you publish, build with SITE_URL=https://your.site (and BASE_PATH=/sub/path/ if it is served below the root).'
  );
}

export function deployConfig(env: Record<string, string | undefined>): DeployConfig {
  return { site: normaliseSite(env.SITE_URL), base: normaliseBase(env.BASE_PATH) };
}
