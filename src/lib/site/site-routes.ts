// The routes of this build, bound to Astro's base path and site, for pages, components and endpoints.
import { DEFAULT_SITE } from './deploy-config.ts';
import { absoluteUrl, routes } from './urls.ts';

export const paths = routes(import.meta.env.BASE_URL);

/** The origin the site is served from (SITE_URL), e.g. https://example.org. */
export const siteOrigin: string = import.meta.env.SITE ?? DEFAULT_SITE;

/** Absolute URL of a path built by `paths` (canonical links, feeds, structured data, og:image). */
export const absolute = (path: string): string => absoluteUrl(siteOrigin, path);
