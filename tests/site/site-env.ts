// What the site project's global setup provides to every test file (see global-setup.ts), with typed accessors.
// Other test files that need the built site (sitemap, feeds, …) should read it through these, not rebuild.
import { inject } from 'vitest';

export interface SiteEnv {
  /** Absolute path of the directory the site was built into (a temp dir, not ./dist; removed after the run). */
  distDir: string;
  /** The base path the site was built with, leading and trailing slash: "/marginalia/". */
  basePath: string;
  /** The SITE_URL the site was built with: "https://example.org". */
  siteUrl: string;
  /** Absolute path of the content folder the site was built from: the shipped content with the fixture stories. */
  contentDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext extends SiteEnv {}
}

export const distDir = (): string => inject('distDir');
export const basePath = (): string => inject('basePath');
export const siteUrl = (): string => inject('siteUrl');
export const contentDir = (): string => inject('contentDir');

export function siteEnv(): SiteEnv {
  return { distDir: distDir(), basePath: basePath(), siteUrl: siteUrl(), contentDir: contentDir() };
}
