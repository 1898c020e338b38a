// The routes of this build and its origin, for pages, components and endpoints.
// Read from SITE_URL/BASE_PATH through deployConfig, exactly as astro.config.mjs does, rather than from
// import.meta.env.BASE_URL/SITE: Astro lets variables of those names in the environment override its own values
// (Vitest, for one, sets BASE_URL=/ for the processes it starts), which would silently drop the base from every link.
import { deployConfig } from './deploy-config.ts';
import { absoluteUrl, routes } from './urls.ts';

const deploy = deployConfig(process.env);

export const paths = routes(deploy.base);

/** The origin the site is served from (SITE_URL), e.g. https://example.org. */
export const siteOrigin: string = deploy.site;

/** Absolute URL of a path built by `paths` (canonical links, feeds, structured data, og:image). */
export const absolute = (path: string): string => absoluteUrl(siteOrigin, path);
