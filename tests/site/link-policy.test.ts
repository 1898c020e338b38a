// The link policy over the whole build: links to the articles under review and to reposts are nofollow and prefer
// their archived copy; links to sources are noopener (gates/link-policy.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { findPages } from '../../tools/site/pages.ts';
import { checkLinkPolicy, linkPolicy } from './gates/link-policy.ts';
import { basePath, contentDir, distDir } from './site-env.ts';

describe('link policy', () => {
  it('holds on every page', () => {
    const { bundle } = readContent(contentDir(), contentDir());
    const reviewed = new Set(bundle.originals.flatMap((o) => (o.data.url ? [o.data.url] : [])));
    const policy = linkPolicy(bundle.sources.map((s) => s.data), reviewed);
    // The article under review and reposts, with and without an archived copy (the fixture stories record some), and
    // cited sources with one: the gate has every case to hold the pages to.
    const cases = [...new Set(policy.values())];
    expect(cases.filter((p) => p.unendorsed && !p.archived).length).toBeGreaterThan(0);
    expect(cases.filter((p) => p.unendorsed && p.archived).length).toBeGreaterThan(0);
    expect(cases.filter((p) => !p.unendorsed && p.archived).length).toBeGreaterThan(0);
    const sources = readFileSync(join(distDir(), 'sources', 'index.html'), 'utf8');
    expect(sources).toContain('(<a href="https://example.org/fixture/archive/20261001/stats/appliances" rel="noopener">archived copy</a> of <time datetime="2026-10-01">2026-10-01</time>)');
    expect(sources).toMatch(/<a href="https:\/\/example.org\/fixture\/archive\/20261001\/blog\/ministry-figure" rel="nofollow noopener">[^<]*<\/a> \(archived copy of <time datetime="2026-10-01">2026-10-01<\/time>; <a href="https:\/\/example.org\/fixture\/blog\/ministry-figure" rel="nofollow noopener">live page<\/a>\)/);
    expect(sources).toContain('(no archived copy)');
    const failures = findPages(distDir(), basePath()).flatMap((page) => checkLinkPolicy(page.path, readFileSync(page.file, 'utf8'), policy));
    expect(failures).toEqual([]);
  });
});
