// Reads a built page as a DOM-free document: element ids, links, JSON-LD blocks and elements by attribute, via regexes
// that suit the HTML our own components emit (quoted attributes, no comments inside tags).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readPage(distDir: string, basePath: string, urlPath: string): string {
  const rel = urlPath.startsWith(basePath) ? urlPath.slice(basePath.length) : urlPath.replace(/^\//, '');
  const file = join(distDir, rel, rel === '' || rel.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`no built page for ${urlPath} (${file})`);
  return readFileSync(file, 'utf8');
}

export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '') as unknown);
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/** Values of `attribute` on every tag matching `tag` that also has `marker` in its attributes. */
export function attributeValues(html: string, tag: string, attribute: string, marker = ''): string[] {
  const tags = [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) => m[1] ?? '').filter((attrs) => attrs.includes(marker));
  return tags.flatMap((attrs) => {
    const value = new RegExp(`\\s${attribute}="([^"]*)"`).exec(attrs)?.[1];
    return value === undefined ? [] : [value.replace(/&amp;/g, '&')];
  });
}

export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0');
}
