// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentChecks } from './src/integrations/content-checks.ts';
import { deployConfig } from './src/lib/site/deploy-config.ts';

// SITE_URL and BASE_PATH come from the environment so one build command serves any host and sub-path.
const { site, base } = deployConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.MARGINALIA_OUT_DIR || './dist',
  build: { format: 'directory' },
  compressHTML: true,
  integrations: [contentChecks(), mdx()],
});
