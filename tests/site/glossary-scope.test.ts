// No glossary term of one story marks another story's text: on every story page and annotated original of the
// build (the shipped story and the fixture stories), each term marked or linked belongs to that story.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { termApplies } from '../../src/lib/story/story-glossary.ts';
import { repoRoot } from '../../tools/site/build-site.ts';
import { readPage } from './html-doc.ts';
import { basePath, contentDir, distDir } from './site-env.ts';

const { bundle } = readContent(repoRoot, contentDir());

/** Term ids a page marks: links to the glossary (#term-…) and <Term> elements (data-term). */
function termsOn(html: string): Set<string> {
  return new Set([...html.matchAll(/href="#term-([a-z0-9-]+)"|data-term="([a-z0-9-]+)"/g)].map((m) => m[1] ?? m[2] ?? ''));
}

describe('glossary terms stay in their stories', () => {
  it('has a scoped term and more than one story to test on', () => {
    expect(bundle.glossary.some((t) => t.data.stories.length > 0)).toBe(true);
    expect(bundle.stories.length).toBeGreaterThan(1);
  });

  it.for(bundle.stories.map((story) => story.id))('%s: its page and its original mark only its own terms', (id) => {
    const story = bundle.stories.find((s) => s.id === id)!;
    for (const path of [`${basePath()}${id}/`, `${basePath()}${id}/original/`]) {
      const foreign = [...termsOn(readPage(distDir(), basePath(), path))].filter((term) => {
        const entry = bundle.glossary.find((t) => t.id === term);
        return !entry || !termApplies(entry.data, id, story.data);
      });
      expect({ path, foreign }).toEqual({ path, foreign: [] });
    }
  });

  it('marks the shipped story\'s own terms in its original', () => {
    expect(termsOn(readPage(distDir(), basePath(), `${basePath()}xiaomi-harmonyos/original/`)).size).toBeGreaterThan(3);
  });
});
