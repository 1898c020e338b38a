// Gate (no browser): every internal URL in the built HTML resolves to a file in the build, under the base path,
// and every #fragment resolves to an id on the target page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface LinkCheckSite {
  distDir: string;
  basePath: string;
  /** The SITE_URL the build used: absolute links to siteUrl + basePath count as internal. */
  siteUrl: string;
}

// A stand-in origin for resolving relative URLs; never fetched.
const LOCAL = 'http://site.invalid';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e] ?? _);

/** URL-bearing attributes of every tag, ignoring script/style bodies and comments. */
export function extractUrls(html: string): { tag: string; attr: string; value: string }[] {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1');
  const found: { tag: string; attr: string; value: string }[] = [];
  for (const [tagSource, tagName] of stripped.matchAll(/<([a-zA-Z][\w:-]*)\b[^>]*>/g)) {
    const tag = (tagName ?? '').toLowerCase();
    const attrs = new Map<string, string>();
    for (const [, name, dq, sq, bare] of tagSource.matchAll(/\s([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      attrs.set((name ?? '').toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ''));
    }
    for (const attr of ['href', 'src', 'xlink:href', 'poster', 'data']) {
      const value = attrs.get(attr);
      if (value !== undefined && tag !== 'base') found.push({ tag, attr, value });
    }
    const srcset = attrs.get('srcset');
    if (srcset) for (const candidate of srcset.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.push({ tag, attr: 'srcset', value: url });
    }
    // og:image and friends: only checked when they point into the site (see checkLinks).
    const content = attrs.get('content');
    if (tag === 'meta' && content && /^https?:\/\//.test(content)) found.push({ tag, attr: 'content', value: content });
  }
  return found;
}

/** Element ids a fragment can point at. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const [, dq, sq] of html.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) ids.add(decodeEntities(dq ?? sq ?? ''));
  return ids;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

export function checkLinks(site: LinkCheckSite): string[] {
  const { distDir, basePath } = site;
  const siteRoot = new URL(basePath, site.siteUrl).href;
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = extractIds(readFileSync(file, 'utf8'))));
    return ids;
  };
  const failures: string[] = [];

  for (const rel of htmlFiles(distDir)) {
    const pagePath = basePath + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
    const pageUrl = new URL(pagePath, LOCAL);
    const fail = (value: string, why: string) => failures.push(`${pagePath}: ${JSON.stringify(value)} ${why}`);

    for (const { tag, attr, value } of extractUrls(readFileSync(join(distDir, rel), 'utf8'))) {
      const trimmed = value.trim();
      if (trimmed === '' && attr !== 'href') { fail(trimmed, `is an empty ${tag} ${attr}`); continue; }
      if (/^(mailto|tel|data|blob|about):/i.test(trimmed)) continue;
      if (/^javascript:/i.test(trimmed)) { fail(trimmed, 'is a javascript: URL'); continue; }

      // Absolute URLs into the deployed site are internal; other absolute URLs are external and not fetched.
      let url: URL;
      if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(trimmed)) {
        const absolute = new URL(trimmed, site.siteUrl);
        if (!absolute.href.startsWith(siteRoot) && absolute.href !== siteRoot.slice(0, -1)) continue;
        url = new URL(absolute.pathname + absolute.search + absolute.hash, LOCAL);
      } else {
        if (attr === 'content') continue;
        // The host serves 404.html at whatever URL was missed, so its relative links would resolve anywhere.
        if (rel === '404.html' && !/^[/#]/.test(trimmed)) { fail(trimmed, 'is relative on the 404 page'); continue; }
        url = new URL(trimmed, pageUrl);
      }

      if (!url.pathname.startsWith(basePath)) { fail(trimmed, `is outside the base path ${basePath}`); continue; }
      let relTarget: string;
      try {
        relTarget = decodeURIComponent(url.pathname.slice(basePath.length));
      } catch {
        fail(trimmed, 'has a malformed percent-encoding');
        continue;
      }
      let file = join(distDir, relTarget);
      const isDir = existsSync(file) && statSync(file).isDirectory();
      if (isDir && !url.pathname.endsWith('/')) { fail(trimmed, 'points at a folder without the trailing slash'); continue; }
      if (isDir) file = join(file, 'index.html');
      if (!existsSync(file) || !statSync(file).isFile()) { fail(trimmed, `has no file in the build (${relTarget || '/'})`); continue; }

      const fragment = url.hash.slice(1);
      if (fragment === '' || (fragment === 'top' && url.pathname === pageUrl.pathname)) continue;
      if (!/\.(html|svg)$/.test(file)) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (!idsOf(file).has(id)) fail(trimmed, `points at #${id}, which is not an id on ${url.pathname}`);
    }
  }
  return failures;
}
