// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { langSpansPlugin } from './src/lib/text/lang-spans.ts';
import sitemap from '@astrojs/sitemap';
import { contentChecks } from './src/integrations/content-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { deployConfig } from './src/lib/publishing/deploy-config.ts';
import { cacheDirs } from './src/lib/publishing/cache-dirs.ts';
import { dropBundlerEnv } from './src/lib/publishing/build-env.ts';
import { SEARCH_INDEXED_PAGES } from './src/lib/search/search-pages.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/publishing/content-security-policy.ts';

// npm run build gives the bundler MIMALLOC_PURGE_DELAY=0; it has read it by now, and the social cards' renderer,
// loaded later, must not (src/lib/publishing/build-env.ts).
dropBundlerEnv(process.env);

// SITE_URL and BASE_PATH come from the environment so one build command serves any host and sub-path.
const { site, base } = deployConfig(process.env);
// MARGINALIA_CACHE_DIR moves the caches out of node_modules/ (src/lib/publishing/cache-dirs.ts).
const caches = cacheDirs(process.env, process.cwd());

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.MARGINALIA_OUT_DIR || './dist',
  ...(caches.astro ? { cacheDir: caches.astro } : {}),
  // Pages render four at a time: while one awaits a social card (drawn and encoded on libuv's thread pool, see
  // src/lib/social-card/render-card.ts), the main thread renders the others.
  build: { format: 'directory', concurrency: 4 },
  // A rebuild keeps the pages whose cacheKey (the story's content, src/lib/publishing/page-cache-key.ts), template
  // code and config are unchanged: after one claim changed, only that story's pages render again.
  experimental: { incrementalBuild: true },
  compressHTML: true,
  vite: {
    ...(caches.vite ? { cacheDir: caches.vite } : {}),
    build: {
      rolldownOptions: {
        // Astro's own MDX output carries a "use astro:head-inject" directive that the bundler always warns about
        // (harmless, https://github.com/withastro/astro: it marks where head content goes). Only that warning is
        // silenced, and only for content files, so an editor does not read it as a problem with their story.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(log.message) && /\.mdx?\?astroPropagatedAssets/.test(log.message)) return;
          handler(level, log);
        },
      },
    },
  },
  // A Content-Security-Policy <meta> on every page: Astro hashes each script and style it inlines, so no
  // 'unsafe-inline' is needed; hostile text that slipped into a page could not run (src/lib/publishing/content-security-policy.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  // Chinese words in stories get lang="zh" for screen readers and fonts (MDX extends this Markdown config).
  // No syntax highlighting: Shiki's inline styles would break the Content-Security-Policy, and stories have no code.
  markdown: { processor: satteri({ hastPlugins: [langSpansPlugin('zh')] }), syntaxHighlight: false },
  integrations: [
    contentChecks(),
    // A rebuild leaves the pages it keeps in the output folder instead of emptying it and copying them back.
    keptOutput(),
    mdx(),
    // sitemap-index.xml + sitemap-0.xml: every HTML page, absolute URLs under SITE_URL + BASE_PATH.
    // Files that endpoints write (feeds, cards, CSV, robots.txt) are not pages and stay out; so do the claims' embed
    // pages, cards for other sites whose claim page is the address to find.
    sitemap({ filter: (url) => url.endsWith('/') && !url.endsWith('/embed/') }),
    // Pages with data-pagefind-body are rendered first, so Pagefind indexes them while the rest render.
    searchIndex({ indexedComponents: SEARCH_INDEXED_PAGES }),
  ],
});
