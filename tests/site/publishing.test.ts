// Publishing: sitemap, feeds, robots.txt, canonical and Open Graph URLs, social cards and search, checked on the
// global build (under /marginalia/) and on a second build of the same content under another base path (/news/),
// so every absolute URL is shown to follow SITE_URL + BASE_PATH rather than a hard-coded path.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { launchBrowser } from '../../tools/site/browser.ts';
import { buildSite, repoRoot } from '../../tools/site/build-site.ts';
import { findPages, type SitePage } from '../../tools/site/pages.ts';
import { serveStatic, type StaticServer } from '../../tools/site/serve.ts';
import { basePath, contentDir, distDir, siteUrl } from './site-env.ts';

interface Build {
  name: string;
  dir: () => string;
  base: string;
  site: string;
}

const NEWS = { base: '/news/', site: 'https://example.org' };
let newsDir = '';

const builds: Build[] = [
  { name: 'the global build', dir: distDir, base: basePath(), site: siteUrl() },
  { name: 'a second build under /news/', dir: () => join(newsDir, 'dist'), ...NEWS },
];

beforeAll(() => {
  newsDir = mkdtempSync(join(tmpdir(), 'marginalia-news-'));
  buildSite({ outDir: join(newsDir, 'dist'), basePath: NEWS.base, siteUrl: NEWS.site, contentDir: contentDir(), cacheDir: join(newsDir, 'cache') });
});
afterAll(() => {
  if (newsDir) rmSync(newsDir, { recursive: true, force: true });
});

// What the content says the site holds (the same content folder the builds read).
const { bundle } = readContent(repoRoot, contentDir());
const stories = [...bundle.stories].sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
const claimsOf = (story: string) => bundle.claims.filter((c) => c.story === story);
const correctionCount = stories.reduce((n, s) => n + s.data.corrections.length, 0);

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item', 'category'].includes(name) });
const read = (build: Build, rel: string) => readFileSync(join(build.dir(), rel), 'utf8');
const root = (build: Build) => new URL(build.base, build.site).href;
// Embed pages are cards for other sites: canonical to their claim page and out of the sitemap (tests/site/embed.test.ts).
const pagesOf = (build: Build): SitePage[] => findPages(build.dir(), build.base).filter((p) => !p.path.endsWith('404.html') && p.kind !== 'embed');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e] ?? _);

/** Head metadata of a page: meta property/name → content, link rel → hrefs. */
function head(html: string) {
  const headHtml = html.slice(0, html.indexOf('</head>'));
  const meta = new Map<string, string>();
  const links: Array<{ rel: string; href: string; type?: string }> = [];
  for (const [tag] of headHtml.matchAll(/<(meta|link)\b[^>]*>/g)) {
    const attr = (name: string) => {
      const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
      return value === undefined ? undefined : decode(value);
    };
    const key = attr('property') ?? attr('name');
    const content = attr('content');
    if (tag.startsWith('<meta') && key && content !== undefined) meta.set(key, content);
    const rel = attr('rel');
    const href = attr('href');
    if (tag.startsWith('<link') && rel && href) links.push({ rel, href, ...(attr('type') ? { type: attr('type') } : {}) });
  }
  return { meta, links };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

it('the content has stories to publish', () => {
  expect(stories.length).toBeGreaterThan(0);
});

describe.each(builds)('$name', (build) => {
  const abs = (rel: string) => new URL(rel, root(build)).href;

  it("nothing of the dev server's workbench or problem page reaches the built site", () => {
    const files = readdirSync(build.dir(), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|js|css|json)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const leaks = files.filter((f) => /__marginalia|marginalia-workbench|astro-dev-toolbar/.test(readFileSync(join(build.dir(), f), 'utf8')));
    expect(leaks).toEqual([]);
  });

  it('sitemap-index.xml lists sitemaps that list every page, and only pages, by absolute URL under the base', () => {
    const index = xml.parse(read(build, 'sitemap-index.xml'));
    const sitemaps: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((loc) => {
      expect(loc.startsWith(root(build)), loc).toBe(true);
      const doc = xml.parse(read(build, loc.slice(root(build).length)));
      return doc.urlset.url.map((u: { loc: string }) => u.loc);
    });
    const expected = pagesOf(build).map((p) => new URL(p.path, build.site).href);
    expect([...urls].sort()).toEqual([...expected].sort());
    for (const story of stories) {
      expect(urls).toContain(abs(`${story.id}/`));
      for (const claim of claimsOf(story.id)) expect(urls).toContain(abs(`${story.id}/claims/${claim.slug}/`));
    }
  });

  it('robots.txt names the sitemap by its absolute URL', () => {
    const robots = read(build, 'robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`\nSitemap: ${abs('sitemap-index.xml')}\n`);
    expect(existsSync(join(build.dir(), 'sitemap-index.xml'))).toBe(true);
  });

  it('rss.xml has every story, newest first, with absolute link, date, dek and verdict counts', () => {
    const { rss } = xml.parse(read(build, 'rss.xml'));
    expect(rss.channel.link).toBe(root(build));
    const items = rss.channel.item ?? [];
    expect(items.map((i: { link: string }) => i.link)).toEqual(stories.map((s) => abs(`${s.id}/`)));
    items.forEach((item: { title: string; pubDate: string; description: string; guid: { '#text': string } }, i: number) => {
      const story = stories[i]!;
      expect(item.title).toBe(story.data.title);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(story.data.published);
      expect(item.description.startsWith(story.data.dek.trim())).toBe(true);
      expect(item.description).toMatch(new RegExp(`${claimsOf(story.id).length} claims? checked: \\d+ `));
      expect(item.guid['#text']).toBe(abs(`${story.id}/`));
    });
  });

  it('corrections.xml has one item per correction, newest first, each linking to its own entry in a story log', () => {
    const { rss } = xml.parse(read(build, 'corrections.xml'));
    expect(rss.channel.link).toBe(abs('corrections/'));
    const items: Array<{ link: string; pubDate: string }> = rss.channel.item ?? [];
    expect(items).toHaveLength(correctionCount);
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
    for (const item of items) {
      expect(item.link.startsWith(root(build)), item.link).toBe(true);
      const url = new URL(item.link);
      const page = read(build, join(url.pathname.slice(build.base.length), 'index.html'));
      expect(page).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  it('every page has a canonical URL and og:url: its own absolute address under the base', () => {
    const pages = pagesOf(build);
    expect(pages.length).toBeGreaterThan(stories.length);
    for (const page of pages) {
      const { meta, links } = head(readFileSync(page.file, 'utf8'));
      const self = new URL(page.path, build.site).href;
      expect(links.filter((l) => l.rel === 'canonical').map((l) => l.href), page.path).toEqual([self]);
      expect(meta.get('og:url'), page.path).toBe(self);
      expect(meta.get('og:image')?.startsWith(root(build)), page.path).toBe(true);
      expect(meta.get('twitter:card'), page.path).toBe('summary_large_image');
      expect(links.filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml').map((l) => l.href)).toEqual([abs('rss.xml'), abs('corrections.xml')]);
    }
  });

  it('the 404 page is kept out of search engines and has no canonical URL', () => {
    const { meta, links } = head(read(build, '404.html'));
    expect(meta.get('robots')).toBe('noindex');
    expect(links.some((l) => l.rel === 'canonical')).toBe(false);
  });

  it('story pages are Open Graph articles whose image is the story card; claim pages have their own card', () => {
    for (const story of stories) {
      const { meta } = head(read(build, `${story.id}/index.html`));
      expect(meta.get('og:type')).toBe('article');
      expect(meta.get('og:title')).toBe(story.data.title);
      expect(meta.get('og:description')).toBe(story.data.dek.trim());
      expect(meta.get('og:image')).toBe(abs(`${story.id}/card.png`));
      expect(meta.get('twitter:image')).toBe(abs(`${story.id}/card.png`));
      expect(meta.get('og:image:alt')).toContain(story.data.title);
      expect(meta.get('article:published_time')).toBe(story.data.published);
      for (const claim of claimsOf(story.id)) {
        const claimHead = head(read(build, `${story.id}/claims/${claim.slug}/index.html`));
        expect(claimHead.meta.get('og:image'), claim.id).toBe(abs(`${story.id}/claims/${claim.slug}/card.png`));
      }
    }
  });

  it("every claim's oEmbed response frames its embed page under the base, and the claims feed lists its page", () => {
    const feed = JSON.parse(read(build, 'claims.json')) as { url: string; dataFeedElement: { url: string }[] };
    expect(feed.url).toBe(abs('claims.json'));
    expect(feed.dataFeedElement.map((r) => r.url).sort()).toEqual(bundle.claims.map((c) => abs(`${c.story}/claims/${c.slug}/`)).sort());
    expect(read(build, 'claims.csv')).toContain(`,${abs(`${bundle.claims[0]!.story}/`)},`);
    for (const claim of bundle.claims) {
      const response = JSON.parse(read(build, `${claim.story}/claims/${claim.slug}/oembed.json`)) as { html: string; thumbnail_url: string };
      expect(response.html, claim.id).toContain(` src="${abs(`${claim.story}/claims/${claim.slug}/embed/`)}"`);
      expect(response.thumbnail_url, claim.id).toBe(abs(`${claim.story}/claims/${claim.slug}/card.png`));
      expect(existsSync(join(build.dir(), claim.story, 'claims', claim.slug, 'embed', 'index.html')), claim.id).toBe(true);
      const claimHead = head(read(build, `${claim.story}/claims/${claim.slug}/index.html`));
      expect(claimHead.links.find((l) => l.type === 'application/json+oembed')?.href, claim.id).toBe(abs(`${claim.story}/claims/${claim.slug}/oembed.json`));
    }
  });

  it('each story has a 1200×630 PNG social card, and so has the site', () => {
    for (const story of stories) expect(pngSize(readFileSync(join(build.dir(), story.id, 'card.png'))), story.id).toEqual({ width: 1200, height: 630 });
    expect(pngSize(readFileSync(join(build.dir(), 'card.png')))).toEqual({ width: 1200, height: 630 });
  });

  it('feeds and search are linked from every page: head, footer and navigation', () => {
    const home = read(build, 'index.html');
    expect(home).toContain(`href="${build.base}rss.xml"`);
    expect(home).toContain(`href="${build.base}corrections.xml"`);
    expect(home).toMatch(new RegExp(`<nav[^>]*>[\\s\\S]*href="${build.base}search/"[^>]*>Search</a>`));
  });

  it('has a Pagefind index of the stories, their originals and the sources, data, glossary, methodology and corrections pages (claims are found inside their story)', () => {
    expect(existsSync(join(build.dir(), 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(read(build, 'pagefind/pagefind-entry.json'));
    const pageCount = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    expect(pageCount).toBe(2 * stories.length + 5);
  });

  it('the search page works without JavaScript: a GET form, the notice, and links to every story and the sources', () => {
    const html = read(build, 'search/index.html');
    expect(html).toMatch(new RegExp(`<form[^>]*action="${build.base}search/"[^>]*method="get"[^>]*role="search"`));
    expect(html).toMatch(/<label for="search-query"[^>]*>[^<]+<\/label>/);
    expect(html).toMatch(/<input id="search-query" name="q" type="search"/);
    expect(html).toContain('Search needs JavaScript');
    for (const story of stories) expect(html).toContain(`href="${build.base}${story.id}/"`);
    expect(html).toContain(`href="${build.base}sources/"`);
  });
});

describe('search and scripts in a browser (the /news/ build)', () => {
  const build = builds[1]!;
  let server: StaticServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(build.dir(), build.base), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await Promise.all([browser?.close(), server?.close()]);
  });

  it('with JavaScript, typing a query and pressing Enter lists matching pages under the base', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const story = stories[0]!;
    const word = story.data.title.split(/\W+/).find((w) => w.length >= 5) ?? story.data.title;
    await page.goto(server.url(`${build.base}search/`));
    await page.waitForSelector('[data-search][data-state="ready"]');
    expect(await page.isVisible('[data-search-notice]')).toBe(false);
    await page.focus('#search-query');
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-search-results] li a');
    const hrefs = await page.$$eval('[data-search-results] li a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain(`${build.base}${story.id}/`);
    for (const href of hrefs) expect(href.startsWith(build.base), href).toBe(true);
    expect(await page.textContent('[data-search-status]')).toMatch(new RegExp(`\\d+ results? for “${word}”`));
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
  });

  it("a claim's own words find its story, with a link to the claim's card in it", async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const story = stories[0]!;
    const claim = claimsOf(story.id)[0]!;
    // Words from the claim's summary: the card shows it, and few other places repeat it word for word.
    const words = claim.data.summary.split(/\s+/).slice(0, 6).join(' ');
    await page.goto(server.url(`${build.base}search/?q=${encodeURIComponent(words)}`));
    await page.waitForSelector('[data-search-results] .search-results__sections a');
    const sections = await page.$$eval('[data-search-results] .search-results__sections a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(sections).toContain(`${build.base}${story.id}/#claim-${claim.slug}-title`);
    const target = sections.find((href) => href.endsWith(`#claim-${claim.slug}-title`))!;
    await page.goto(server.url(target));
    expect(await page.locator(`#claim-${claim.slug}-title`).count()).toBe(1);
  });

  /** The results for a query: each page with its listed sections, as the search page shows them. */
  async function resultsFor(query: string): Promise<Array<{ page: string; sections: string[] }>> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(server.url(`${build.base}search/?q=${encodeURIComponent(query)}`));
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
    return page.$$eval('[data-search-results] > li', (items) =>
      items.map((li) => ({ page: li.querySelector('a')?.getAttribute('href') ?? '', sections: [...li.querySelectorAll('.search-results__sections a')].map((a) => a.getAttribute('href') ?? '') })),
    );
  }

  it('reaches the whole site: the data page, the originals, the glossary, the methodology and the corrections page', async () => {
    const story = stories.find((s) => s.id === 'xiaomi-harmonyos') ?? stories[0]!;
    const pagesFor = async (query: string) => (await resultsFor(query)).map((r) => r.page);
    expect(await pagesFor('correction')).toContain(`${build.base}corrections/`);
    expect(await pagesFor('ClaimReview')).toContain(`${build.base}methodology/`);
    const millet = await resultsFor('millet');
    expect(millet.find((r) => r.page === `${build.base}glossary/`)?.sections).toContain(`${build.base}glossary/#term-millet`);
    expect(millet.map((r) => r.page)).toContain(`${build.base}${story.id}/original/`);
    const shipments = await resultsFor('shipments');
    expect(shipments.find((r) => r.page === `${build.base}data/`)?.sections.length).toBeGreaterThan(0);
    for (const href of shipments.find((r) => r.page === `${build.base}data/`)?.sections ?? []) expect(href).toMatch(new RegExp(`^${build.base}data/#dataset-[a-z0-9-]+-title$`));
  });

  it('"IDC" lands on the passages of a story that use its figures, not on the story\'s reference list', async () => {
    const story = stories.find((s) => s.id === 'xiaomi-harmonyos') ?? stories[0]!;
    const inStory = (await resultsFor('IDC')).find((r) => r.page === `${build.base}${story.id}/`);
    expect(inStory?.sections.length).toBeGreaterThan(0);
    expect(inStory?.sections.some((href) => href.endsWith('#references-title'))).toBe(false);
  });

  it('without JavaScript, the notice and the lists are shown and submitting keeps the reader on a working page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(server.url(`${build.base}search/`));
    expect(await page.isVisible('[data-search-notice]')).toBe(true);
    await page.fill('#search-query', 'xiaomi');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`${build.base}search/`);
    expect(await page.isVisible('[data-search-notice]')).toBe(true);
    expect(await page.locator(`a[href="${build.base}sources/"]`).count()).toBeGreaterThan(0);
  });

  it('with JavaScript but no index, the page says search is unavailable and keeps the lists', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    await context.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const page = await context.newPage();
    await page.goto(server.url(`${build.base}search/`));
    await page.waitForFunction(() => /not available/.test(document.querySelector('[data-search-notice]')?.textContent ?? ''));
    expect(await page.isVisible('[data-search-notice]')).toBe(true);
    expect(await page.locator(`a[href="${build.base}${stories[0]!.id}/"]`).count()).toBeGreaterThan(0);
  });
});

describe('JavaScript stays on the search page', () => {
  /** A page's JavaScript: inline scripts, module scripts it loads and what they import statically (not JSON-LD). */
  function scriptsOf(dir: string, base: string, html: string): { code: string; gzip: number } {
    const seen = new Set<string>();
    const parts: string[] = [];
    const visit = (urlPath: string) => {
      if (seen.has(urlPath) || !urlPath.startsWith(base)) return;
      seen.add(urlPath);
      const code = readFileSync(join(dir, urlPath.slice(base.length)), 'utf8');
      parts.push(code);
      for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(new URL(spec ?? '', `http://x${urlPath}`).pathname);
    };
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/application\/ld\+json/.test(attrs ?? '')) continue;
      const src = /\ssrc="([^"]+)"/.exec(attrs ?? '')?.[1];
      if (src) visit(src);
      else parts.push(body ?? '');
      for (const [, spec] of (body ?? '').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(spec ?? '');
    }
    const code = parts.join('\n');
    return { code, gzip: gzipSync(code).length };
  }

  it('the search page carries the search script, story pages do not, and they stay within 8 KB of gzipped JavaScript', () => {
    const build = builds[1]!;
    const search = scriptsOf(build.dir(), build.base, read(build, 'search/index.html'));
    expect(search.code).toContain('data-search');
    for (const story of stories) {
      const { code, gzip } = scriptsOf(build.dir(), build.base, read(build, `${story.id}/index.html`));
      expect(code, story.id).not.toContain('data-search');
      expect(code, story.id).not.toContain('pagefind');
      expect(gzip, story.id).toBeLessThanOrEqual(8 * 1024);
    }
  });
});
