// Every page of a built site, found by walking the output (not a hand-kept list), as URL paths under the base.
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { routes } from '../../src/lib/publishing/urls.ts';

export type PageKind = 'story' | 'claim' | 'embed' | 'other';

export interface SitePage {
  /** URL path including the base path, e.g. "/marginalia/demo/claims/overseas/". */
  path: string;
  /** Absolute path of the HTML file. */
  file: string;
  kind: PageKind;
  /** A short name for messages and screenshot files: "story-demo", "claim-demo-overseas", "methodology", "home". */
  name: string;
}

/** Top-level sections of the site that are not stories (taken from the site's own route table). */
function sectionNames(): Set<string> {
  const r = routes('/');
  const fixed = [r.home(), r.sources(), r.data(), r.methodology(), r.glossary(), r.corrections(), r.about(), r.charts(), r.search()];
  return new Set(fixed.map((p) => p.split('/').filter(Boolean)[0] ?? '').filter(Boolean));
}

/** Routes are /<story>/, /<story>/claims/<claim>/ and its card for other sites /<story>/claims/<claim>/embed/
 * (src/lib/publishing/urls.ts); everything else is "other". */
export function pageKind(relPath: string, sections: Set<string> = sectionNames()): PageKind {
  // Only folder pages (…/index.html) are routes; 404.html and other loose files are not stories.
  if (!relPath.endsWith('/') && relPath !== '') return 'other';
  const parts = relPath.split('/').filter(Boolean);
  const [first] = parts;
  if (first === undefined || sections.has(first)) return 'other';
  if (parts.length === 1) return 'story';
  if (parts.length === 3 && parts[1] === 'claims') return 'claim';
  if (parts.length === 4 && parts[1] === 'claims' && parts[3] === 'embed') return 'embed';
  return 'other';
}

export function findPages(distDir: string, basePath: string): SitePage[] {
  const sections = sectionNames();
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
  return files.map((rel) => {
    const relPath = rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const kind = pageKind(relPath, sections);
    const parts = relPath.replace(/\.html$/, '').split('/').filter((p) => p && p !== 'claims');
    const name = kind === 'other' ? parts.join('-') || 'home' : `${kind}-${parts.join('-')}`;
    return { path: basePath + relPath, file: join(distDir, rel), kind, name };
  });
}
