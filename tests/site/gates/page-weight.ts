// Page weight of a built page, as a reader's browser downloads it: the HTML, every stylesheet and script it
// references (following CSS @import and static JS imports) and inline <style>/<script>, each gzipped (level 9)
// as a static host would serve it. Also what a page must not do: need a web font to be read, or fetch anything
// from another origin. Checked against budget.json by tests/site/size-budget.test.ts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface KindBudget {
  /** The HTML document, inline scripts and styles included, KB (1024 bytes) after gzip. */
  htmlKb: number;
  /** Stylesheets (external and inline), KB after gzip. */
  cssKb: number;
  /** Scripts (external, their static imports, and inline), KB after gzip. */
  jsKb: number;
}

export interface SizeBudget {
  /** Budgets per page kind, e.g. story, claim, original, other. */
  kinds: Record<string, KindBudget>;
}

export interface WeightSite {
  distDir: string;
  /** Base path the site was built with, leading and trailing slash. */
  basePath: string;
  /** SITE_URL of the build: absolute URLs on this origin are the site's own. */
  siteUrl?: string;
}

export interface PageWeight {
  /** URL path including the base path. */
  page: string;
  kind: string;
  /** Bytes after gzip. */
  html: number;
  css: number;
  js: number;
  /** Bytes before compression, for the record. */
  raw: { html: number; css: number; js: number };
  /** URL paths of the files counted (inline ones are "inline"). */
  files: { css: string[]; js: string[] };
  /** Why the page needs a web font, if it does. */
  fonts: string[];
  /** Requests to another origin, as `<tag attr>: url`. */
  thirdParty: string[];
  /** Referenced files that are not in the build. */
  missing: string[];
}

export const GZIP_LEVEL = 9;
export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: GZIP_LEVEL }).length;
export const kb = (bytes: number) => bytes / 1024;

// A stand-in origin for resolving the site's own URLs; never fetched.
const LOCAL = 'http://site.invalid';

/** <link rel> values that make the browser fetch the href. */
const FETCHING_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'icon', 'apple-touch-icon', 'manifest', 'mask-icon', 'prerender']);
/** Attributes that make the browser fetch a URL, per tag. <a href> is a link, not a request. */
const FETCHING_ATTRS: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
};
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const FONT_FILE = /\.(?:woff2?|ttf|otf|eot)(?:[?#]|$)/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (m, e: string) => ENTITIES[e] ?? m);

interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Text between <script>/<style> and its closing tag. */
  body?: string;
}

/** Tags with their attributes; script and style bodies kept, comments dropped. */
export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  const TAG = /<([a-zA-Z][\w:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let match: RegExpExecArray | null;
  while ((match = TAG.exec(source))) {
    const name = (match[1] ?? '').toLowerCase();
    const attrs = new Map<string, string>();
    for (const [, attr, dq, sq, bare] of (match[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs.set((attr ?? '').toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ''));
    }
    const tag: Tag = { name, attrs };
    if (name === 'script' || name === 'style') {
      const close = source.indexOf(`</${name}`, TAG.lastIndex);
      const end = close === -1 ? source.length : close;
      tag.body = source.slice(TAG.lastIndex, end);
      TAG.lastIndex = end;
    }
    tags.push(tag);
  }
  return tags;
}

/** url(...) and @import targets in CSS. */
export function cssUrls(css: string): { imports: string[]; urls: string[] } {
  const imports = [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?/gi)].map((m) => m[1] ?? '');
  const urls = [...css.matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/gi)].map((m) => m[1] ?? '').filter((u) => !u.startsWith('data:'));
  return { imports, urls };
}

/** Static import specifiers of a JS module (import … from "x", import "x", export … from "x"); not dynamic import(). */
export function jsImports(js: string): string[] {
  const found: string[] = [];
  for (const m of js.matchAll(/(?:^|[;\s}])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*[\w$*{}\s,]*?\s*from\s*)["']([^"']+)["']/g)) {
    if (m[1]) found.push(m[1]);
  }
  return found;
}

/** Measures one page. `pagePath` is the URL path under the base path, e.g. "/marginalia/story/". */
export function measurePageWeight(site: WeightSite, pagePath: string, kind: string): PageWeight {
  const siteOrigin = site.siteUrl ? new URL(site.siteUrl).origin : undefined;
  const weight: PageWeight = { page: pagePath, kind, html: 0, css: 0, js: 0, raw: { html: 0, css: 0, js: 0 }, files: { css: [], js: [] }, fonts: [], thirdParty: [], missing: [] };

  /** The file a URL of the site maps to, or a reason it does not. */
  const resolve = (ref: string, from: string): { kind: 'file'; path: string; file: string } | { kind: 'third-party'; url: string } | { kind: 'missing'; path: string } | { kind: 'ignore' } => {
    const trimmed = ref.trim();
    if (!trimmed || trimmed.startsWith('data:') || trimmed.startsWith('#') || trimmed.startsWith('blob:')) return { kind: 'ignore' };
    let url: URL;
    try {
      url = new URL(trimmed, LOCAL + from);
    } catch {
      return { kind: 'missing', path: trimmed };
    }
    if (url.origin !== LOCAL && url.origin !== siteOrigin) return { kind: 'third-party', url: url.href };
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(site.basePath)) return { kind: 'missing', path };
    let file = join(site.distDir, path.slice(site.basePath.length));
    if (path.endsWith('/')) file = join(file, 'index.html');
    return existsSync(file) && statSync(file).isFile() ? { kind: 'file', path, file } : { kind: 'missing', path };
  };

  const pageFile = resolve(pagePath, '/');
  if (pageFile.kind !== 'file') {
    weight.missing.push(pagePath);
    return weight;
  }
  const html = readFileSync(pageFile.file, 'utf8');
  weight.raw.html = Buffer.byteLength(html);
  weight.html = gzipSize(html);

  const seenCss = new Set<string>();
  const seenJs = new Set<string>();
  const thirdParty = (where: string, url: string) => weight.thirdParty.push(`${where}: ${url}`);

  const addCss = (css: string, label: string, from: string) => {
    weight.raw.css += Buffer.byteLength(css);
    weight.css += gzipSize(css);
    weight.files.css.push(label);
    if (/@font-face\b/i.test(css)) weight.fonts.push(`@font-face in ${label}`);
    const { imports, urls } = cssUrls(css);
    for (const ref of urls) {
      const target = resolve(ref, from);
      if (target.kind === 'third-party') thirdParty(`url() in ${label}`, target.url);
      if (FONT_FILE.test(ref)) weight.fonts.push(`font file ${ref} in ${label}`);
    }
    for (const ref of imports) followCss(ref, from, `@import in ${label}`);
  };
  /** Loads a referenced stylesheet or script once: counted if it is a file here, reported if third-party or missing. */
  const follow = (ref: string, from: string, where: string, seen: Set<string>, add: (text: string, label: string, from: string) => void) => {
    const target = resolve(ref, from);
    if (target.kind === 'third-party') return thirdParty(where, target.url);
    if (target.kind === 'missing') return void weight.missing.push(`${target.path} (${where})`);
    if (target.kind !== 'file' || seen.has(target.path)) return;
    seen.add(target.path);
    add(readFileSync(target.file, 'utf8'), target.path, target.path);
  };
  const followCss = (ref: string, from: string, where: string) => follow(ref, from, where, seenCss, addCss);
  const addJs = (js: string, label: string, from: string) => {
    weight.raw.js += Buffer.byteLength(js);
    weight.js += gzipSize(js);
    weight.files.js.push(label);
    for (const spec of jsImports(js)) {
      // Bare specifiers ("astro:…", "pkg") cannot load in a browser without an import map; only URLs are fetched.
      if (/^(?:\.{0,2}\/|https?:)/.test(spec)) followJs(spec, from, `import in ${label}`);
    }
  };
  const followJs = (ref: string, from: string, where: string) => follow(ref, from, where, seenJs, addJs);

  for (const tag of parseTags(html)) {
    const attr = (name: string) => tag.attrs.get(name);
    if (tag.name === 'script') {
      const type = (attr('type') ?? '').trim().toLowerCase();
      const src = attr('src');
      if (!JS_TYPES.has(type)) continue; // JSON-LD and other data blocks are not scripts
      if (src !== undefined) followJs(src, pagePath, '<script src>');
      else if (tag.body?.trim()) addJs(tag.body, 'inline', pagePath);
      continue;
    }
    if (tag.name === 'style') {
      if (tag.body?.trim()) addCss(tag.body, 'inline', pagePath);
      continue;
    }
    if (tag.name === 'link') {
      const rels = (attr('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const href = attr('href');
      if (href === undefined || !rels.some((r) => FETCHING_RELS.has(r))) continue;
      if ((rels.includes('preload') || rels.includes('prefetch')) && (attr('as') ?? '').toLowerCase() === 'font') weight.fonts.push(`font preload ${href}`);
      else if (FONT_FILE.test(href)) weight.fonts.push(`font file ${href}`);
      const target = resolve(href, pagePath);
      if (target.kind === 'third-party') thirdParty(`<link rel="${rels.join(' ')}">`, target.url);
      else if (rels.includes('stylesheet')) followCss(href, pagePath, '<link rel="stylesheet">');
      else if (rels.includes('modulepreload')) followJs(href, pagePath, '<link rel="modulepreload">');
      continue;
    }
    for (const name of FETCHING_ATTRS[tag.name] ?? []) {
      const value = attr(name);
      if (value === undefined) continue;
      const refs = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const ref of refs) {
        const target = resolve(ref, pagePath);
        if (target.kind === 'third-party') thirdParty(`<${tag.name} ${name}>`, target.url);
      }
    }
    const style = attr('style');
    if (style) for (const ref of cssUrls(style).urls) {
      const target = resolve(ref, pagePath);
      if (target.kind === 'third-party') thirdParty(`style="" on <${tag.name}>`, target.url);
    }
  }
  return weight;
}

const fmtKb = (bytes: number) => `${kb(bytes).toFixed(1)} KB`;

/** What is wrong with a page's weight, one message per problem; [] when it is within budget. */
export function checkPageWeight(weight: PageWeight, budget: SizeBudget): string[] {
  const failures: string[] = [];
  const limits = budget.kinds[weight.kind];
  const at = weight.page;
  if (!limits) failures.push(`${at}: no budget for pages of kind "${weight.kind}" (add it to budget.json)`);
  else {
    const over = (what: string, bytes: number, limitKb: number) => {
      if (kb(bytes) > limitKb) failures.push(`${at}: ${what} is ${fmtKb(bytes)} gzip, over the ${weight.kind} budget of ${limitKb} KB`);
    };
    over('HTML', weight.html, limits.htmlKb);
    over('CSS', weight.css, limits.cssKb);
    over('JS', weight.js, limits.jsKb);
  }
  for (const font of weight.fonts) failures.push(`${at}: needs a web font (${font}); text must be readable in system fonts`);
  for (const request of weight.thirdParty) failures.push(`${at}: third-party request from ${request}`);
  for (const missing of weight.missing) failures.push(`${at}: references ${missing}, which is not in the build`);
  return failures;
}

/** A table of measured figures, one row per page, for the test log. */
export function weightTable(weights: readonly PageWeight[], budget: SizeBudget): string {
  const header = ['page', 'kind', 'HTML', 'CSS', 'JS', 'budget HTML/CSS/JS'];
  const rows = weights.map((w) => {
    const b = budget.kinds[w.kind];
    return [w.page, w.kind, fmtKb(w.html), fmtKb(w.css), fmtKb(w.js), b ? `${b.htmlKb}/${b.cssKb}/${b.jsKb} KB` : '—'];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The largest figure per kind: what a budget has to cover. */
export function largestByKind(weights: readonly PageWeight[]): Record<string, { html: number; css: number; js: number; pages: number }> {
  const out: Record<string, { html: number; css: number; js: number; pages: number }> = {};
  for (const w of weights) {
    const k = (out[w.kind] ??= { html: 0, css: 0, js: 0, pages: 0 });
    k.html = Math.max(k.html, w.html);
    k.css = Math.max(k.css, w.css);
    k.js = Math.max(k.js, w.js);
    k.pages++;
  }
  return out;
}

/** Reads and checks the shape of a budget file. */
export function readBudget(file: string): SizeBudget {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<SizeBudget>;
  if (!data.kinds || typeof data.kinds !== 'object') throw new Error(`${file}: needs "kinds": { "<kind>": { "htmlKb", "cssKb", "jsKb" } }`);
  for (const [kind, limits] of Object.entries(data.kinds)) {
    for (const key of ['htmlKb', 'cssKb', 'jsKb'] as const) {
      if (typeof limits?.[key] !== 'number') throw new Error(`${file}: kinds.${kind}.${key} must be a number of KB`);
    }
  }
  return data as SizeBudget;
}
