// robots.txt: everything may be crawled; names the sitemap by its absolute URL. Crawlers read it only at the root
// of a host, so under a sub-path (BASE_PATH) copy its Sitemap line into the host's own robots.txt (docs/DEPLOYING.md).
import type { APIRoute } from 'astro';
import { absolute, paths } from '../lib/publishing/site-routes.ts';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute(paths.sitemap())}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
