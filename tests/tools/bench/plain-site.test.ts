import { describe, expect, it } from 'vitest';
import { plainPageCount, plainSiteFiles, plainStoryBody } from '../../../tools/bench/plain-site.ts';
import { syntheticContent } from '../../../tools/bench/synthetic-content.ts';

describe('plain Astro + MDX baseline', () => {
  it('takes the fact-check components out of the MDX and keeps the text, claims as quote and summary', () => {
    const body = 'Sales grew<Cite source="a" />. See <Term id="t">the term</Term>.\n\n<ClaimsSummary />\n\n<Claim id="x" />\n\n<BarChart dataset="d" label="l" value="v" title="T" />\n';
    expect(plainStoryBody(body, (slug) => (slug === 'x' ? '> quoted\n>\n> summary' : undefined))).toBe('Sales grew. See the term.\n\n\n\n> quoted\n>\n> summary\n\n\n');
  });

  it('builds the same number of pages: home, story, original and claims per story, plus other pages', () => {
    const content = syntheticContent({ stories: 2 });
    expect(plainPageCount(content, 7)).toBe(1 + 2 * 17 + 7);
    const files = plainSiteFiles(content, { otherPages: 7 });
    expect(files.get('astro.config.mjs')).toContain("integrations: [mdx()]");
    expect(files.get('src/pages/more/[n].astro')).toContain('length: 7');
    expect([...files.keys()].filter((f) => f.startsWith('content/claims/'))).toHaveLength(30);
    const story = files.get('content/stories/story-001.mdx') ?? '';
    expect(story).not.toMatch(/<(Cite|Claim|BarChart|LineChart|StackedBar|Timeline|Term|ClaimsSummary|References)\b/);
    expect(story).toContain(content.stories[0]!.claims[0]!.data.quote);
  });
});
