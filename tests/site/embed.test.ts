// Claims for other sites: every claim has an embed page (the card alone, no script, no site chrome), an oEmbed
// response whose html is an <iframe> of that page under the base path, a social card, and a claim page that offers
// the code; the cards load in <iframe>s on a page of another origin and fit the height the response gives.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, contentDir, distDir, siteUrl } from './site-env.ts';

const { bundle } = readContent(contentDir(), contentDir());
const claims = bundle.claims;
const root = new URL(basePath(), siteUrl()).href;
const abs = (rel: string) => new URL(rel, root).href;
const read = (rel: string) => readFileSync(join(distDir(), rel), 'utf8');
const oembedOf = (story: string, slug: string) => JSON.parse(read(`${story}/claims/${slug}/oembed.json`)) as Record<string, unknown>;
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('oEmbed responses', () => {
  it('exist for every claim: oEmbed 1.0, type rich, an iframe of its embed page under the base path', () => {
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const response = oembedOf(claim.story, claim.slug);
      expect(response.version, claim.id).toBe('1.0');
      expect(response.type, claim.id).toBe('rich');
      expect(response.title, claim.id).toBe(claim.data.claimReviewed);
      expect(response.provider_url, claim.id).toBe(root);
      expect(response.thumbnail_url, claim.id).toBe(abs(`${claim.story}/claims/${claim.slug}/card.png`));
      expect(typeof response.width === 'number' && typeof response.height === 'number', claim.id).toBe(true);
      const html = String(response.html);
      expect(html.match(/<[a-z]/g), claim.id).toEqual(['<i']);
      expect(html, claim.id).toMatch(/^<iframe [^>]*><\/iframe>$/);
      expect(decode(/ src="([^"]*)"/.exec(html)?.[1] ?? ''), claim.id).toBe(abs(`${claim.story}/claims/${claim.slug}/embed/`));
      expect(/ width="(\d+)"/.exec(html)?.[1], claim.id).toBe(String(response.width));
      expect(/ height="(\d+)"/.exec(html)?.[1], claim.id).toBe(String(response.height));
    }
  });
});

describe('claim pages', () => {
  it('announce the oEmbed response and offer its code in a read-only field, and share their own card', () => {
    for (const claim of claims) {
      const html = read(`${claim.story}/claims/${claim.slug}/index.html`);
      const head = html.split('</head>')[0] ?? '';
      expect(head, claim.id).toMatch(new RegExp(`<link rel="alternate" type="application/json\\+oembed" title="[^"]*" href="${abs(`${claim.story}/claims/${claim.slug}/oembed.json`)}">`));
      expect(head, claim.id).toContain(`<meta property="og:image" content="${abs(`${claim.story}/claims/${claim.slug}/card.png`)}">`);
      const field = /<textarea id="embed-code" readonly[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
      expect(field, claim.id).not.toBeNull();
      expect(decode(field?.[1] ?? ''), claim.id).toBe(oembedOf(claim.story, claim.slug).html);
      expect(html, claim.id).toContain('<label for="embed-code"');
    }
  });

  it('each have a 1200×630 card naming the rating', () => {
    for (const claim of claims) expect(pngSize(readFileSync(join(distDir(), claim.story, 'claims', claim.slug, 'card.png'))), claim.id).toEqual({ width: 1200, height: 630 });
  });
});

describe('embed pages', () => {
  const embeds = findPages(distDir(), basePath()).filter((p) => p.kind === 'embed');

  it('exist for every claim, and only there', () => {
    expect(embeds.map((p) => p.path).sort()).toEqual(claims.map((c) => `${basePath()}${c.story}/claims/${c.slug}/embed/`).sort());
  });

  it('are the card alone: no script, no site header, navigation or footer; canonical to the claim page; not indexed', () => {
    for (const page of embeds) {
      const html = readFileSync(page.file, 'utf8');
      expect(html, page.path).not.toMatch(/<script\b/);
      expect(html, page.path).not.toMatch(/<(nav|header|footer) class="site-/);
      expect(html, page.path).toContain('<article class="embed-card');
      expect(html, page.path).toContain(`<link rel="canonical" href="${new URL(page.path.replace(/embed\/$/, ''), siteUrl()).href}">`);
      expect(html, page.path).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('are not in the sitemap', () => {
    expect(read('sitemap-0.xml')).not.toContain('/embed/');
  });
});

describe('in a browser', () => {
  const session = useSiteSession(distDir, basePath);
  let host: Server;
  let hostOrigin = '';
  let tab: Page;
  /** The snippets of every claim, pointed at the local server instead of SITE_URL. */
  const snippets = () => claims.map((c) => String(oembedOf(c.story, c.slug).html).replaceAll(root, session.server.siteRoot));

  beforeAll(async () => {
    // Another origin (another port on the loopback address), as a publisher's page would be.
    host = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${snippets().map((s) => `<div>${s.replace(' loading="lazy"', '')}</div>`).join('')}</body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address();
    hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    tab = await session.newTab({ viewport: { width: 600, height: 800 } });
  });
  afterAll(async () => {
    await new Promise((resolve) => host?.close(resolve));
  });

  it('load inside iframes on a page of another origin, and each card fits the height its response gives', async () => {
    await tab.goto(`${hostOrigin}/`, { waitUntil: 'load' });
    const frames = tab.frames().filter((f) => f.url().endsWith('/embed/'));
    expect(frames).toHaveLength(claims.length);
    const overflows: string[] = [];
    for (const frame of frames) {
      const size = await frame.evaluate(() => {
        const card = document.querySelector('.embed-card');
        const link = document.querySelector('.embed-card__link a');
        if (!card || !link) return undefined;
        const padding = parseFloat(getComputedStyle(card).paddingBottom) + parseFloat(getComputedStyle(card).borderBottomWidth);
        return { needed: Math.ceil(link.getBoundingClientRect().bottom + padding), height: window.innerHeight, wide: document.documentElement.scrollWidth > window.innerWidth };
      });
      expect(size, frame.url()).toBeDefined();
      if (size && (size.needed > size.height || size.wide)) overflows.push(`${frame.url()}: needs ${size.needed} px of ${size.height}${size.wide ? ', and scrolls sideways' : ''}`);
    }
    expect(overflows).toEqual([]);
  });

  it('read at 300 and 600 px, light and dark: nothing wider than the frame, text at least 14 px', async () => {
    const failures: string[] = [];
    for (const width of [300, 600]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await session.newTab({ viewport: { width, height: 700 }, colorScheme });
        for (const claim of claims) {
          await page.goto(session.server.url(`${basePath()}${claim.story}/claims/${claim.slug}/embed/`), { waitUntil: 'load' });
          const found = await page.evaluate(() => ({
            wide: document.documentElement.scrollWidth > window.innerWidth,
            smallest: Math.min(...[...document.querySelectorAll('.embed-card p, .embed-card h1, .embed-card footer')].map((el) => parseFloat(getComputedStyle(el).fontSize))),
            scheme: getComputedStyle(document.documentElement).colorScheme,
          }));
          if (found.wide) failures.push(`${claim.id} at ${width} px ${colorScheme}: wider than the frame`);
          if (found.smallest < 14) failures.push(`${claim.id} at ${width} px ${colorScheme}: text at ${found.smallest} px`);
        }
        await page.context().close();
      }
    }
    expect(failures).toEqual([]);
  });
});
