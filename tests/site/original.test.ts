// The annotated original on the built site: every claim highlighted once, links both ways, a Web Annotation export that matches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/integrity/check-content.ts';
import type { ContentBundle } from '../../src/lib/content/bundle.ts';
import { pageText } from '../../src/lib/annotations/annotate-original.ts';
import { collectionFailures } from '../unit/annotations/web-annotation-model.ts';
import { attributeValues, ids, readPage } from './html-doc.ts';
import { basePath, contentDir, distDir } from './site-env.ts';

let bundle: ContentBundle;
beforeAll(() => {
  bundle = checkContent(process.cwd(), contentDir()).bundle;
});

describe('the annotated original', () => {
  it('highlights every claim of the story exactly once, with a note', () => {
    for (const story of bundle.stories) {
      const html = readPage(distDir(), basePath(), `${basePath()}${story.id}/original/`);
      const slugs = bundle.claims.filter((c) => c.story === story.id).map((c) => c.slug).sort();
      const passageIds = attributeValues(html, 'mark', 'id', 'class="hl').filter((id) => id.startsWith('passage-'));
      expect(passageIds.map((id) => id.slice('passage-'.length)).sort()).toEqual(slugs);
      const notes = attributeValues(html, 'span', 'data-claim', 'class="note"');
      expect(notes.sort()).toEqual(slugs);
    }
  });

  it('links each highlight to its claim card and each card back to its passage', () => {
    for (const story of bundle.stories) {
      const original = readPage(distDir(), basePath(), `${basePath()}${story.id}/original/`);
      const storyPage = readPage(distDir(), basePath(), `${basePath()}${story.id}/`);
      const storyIds = ids(storyPage);
      const originalIds = ids(original);
      const toCards = attributeValues(original, 'a', 'href').filter((h) => h.startsWith(`${basePath()}${story.id}/#claim-`));
      expect(toCards.length).toBe(bundle.claims.filter((c) => c.story === story.id).length);
      for (const href of toCards) expect(storyIds.has(href.split('#')[1] ?? ''), href).toBe(true);
      const backLinks = attributeValues(storyPage, 'a', 'href').filter((h) => h.startsWith(`${basePath()}${story.id}/original/#passage-`));
      expect(backLinks.length).toBe(toCards.length);
      for (const href of backLinks) expect(originalIds.has(href.split('#')[1] ?? ''), href).toBe(true);
    }
  });

  it('exports Web Annotations whose selectors match the text of the original', () => {
    for (const story of bundle.stories) {
      // The page's text of the original (pageText): the text the selectors count in. No astral characters in
      // these originals, so code points and string offsets agree.
      const text = pageText(bundle.originals.find((o) => o.id === story.data.original)?.body ?? '');
      type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number; refinedBy?: Selector };
      const collection = JSON.parse(readFileSync(join(distDir(), story.id, 'annotations.jsonld'), 'utf8')) as {
        type: string;
        total: number;
        first: { items: Array<{ target: { selector: Selector[] } }> };
      };
      expect(collection.type).toBe('AnnotationCollection');
      expect(collection.total).toBe(bundle.claims.filter((c) => c.story === story.id).length);
      for (const item of collection.first.items) {
        const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
        // Changed: the position now refines a CssSelector naming the element that holds the article's text.
        const position = item.target.selector.find((s) => s.type === 'CssSelector')?.refinedBy;
        expect(position?.type).toBe('TextPositionSelector');
        expect(text.slice(position?.start, position?.end)).toBe(quote?.exact);
        expect(text.slice(0, position?.start).endsWith(quote?.prefix ?? '')).toBe(true);
        expect(text.slice(position?.end).startsWith(quote?.suffix ?? '')).toBe(true);
      }
    }
  });

  it('exports Web Annotations that break none of the model\'s MUST rules', () => {
    let annotations = 0;
    for (const story of bundle.stories) {
      const collection = JSON.parse(readFileSync(join(distDir(), story.id, 'annotations.jsonld'), 'utf8')) as { total: number };
      expect(collectionFailures(collection), story.id).toEqual([]);
      annotations += collection.total;
    }
    expect(annotations).toBe(bundle.claims.length);
  });
});
