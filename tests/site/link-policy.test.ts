// The link policy over the whole build: links to the articles under review and to reposts are nofollow and prefer
// their archived copy; links to sources are noopener (gates/link-policy.ts).
import { readFileSync } from 'node:fs';
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
    // The shipped content has the article under review and reposts: the gate has something to hold them to.
    expect([...policy.values()].filter((p) => p.unendorsed).length).toBeGreaterThan(1);
    const failures = findPages(distDir(), basePath()).flatMap((page) => checkLinkPolicy(page.path, readFileSync(page.file, 'utf8'), policy));
    expect(failures).toEqual([]);
  });
});
