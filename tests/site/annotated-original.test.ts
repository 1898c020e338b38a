// The annotated original in a browser: its Web Annotations anchor with a real W3C client (Apache Annotator) in the
// page they target and in our plain copy of the text; the page's article text is the article's; notes never overlap
// anything, come between sentences on phones and show when their passage is jumped to; a key names every rating.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGINAL_TEXT_ID, pageText } from '../../src/lib/annotations/annotate-original.ts';
import type { ContentBundle } from '../../src/lib/content/bundle.ts';
import { checkContent } from '../../src/lib/integrity/check-content.ts';
import { viewport } from '../../tools/site/modes.ts';
import { anchorAnnotations, checkJumpShowsNote, checkNotesBetweenSentences, checkNotesOverlap, elementText, showPlainCopy, type ExportedAnnotation } from './gates/annotated-original.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, contentDir, distDir } from './site-env.ts';

let bundle: ContentBundle;
const session = useSiteSession(distDir, basePath);
let wide: Page;
let phone: Page;
beforeAll(async () => {
  bundle = checkContent(process.cwd(), contentDir()).bundle;
  [wide, phone] = await Promise.all([session.newTab({ viewport: viewport(1280) }), session.newTab({ viewport: viewport(360) })]);
});

const storiesOf = () => bundle.stories.map((story) => ({ id: story.id, text: pageText(bundle.originals.find((o) => o.id === story.data.original)?.body ?? '') }));
const annotationsOf = (story: string) => (JSON.parse(readFileSync(join(distDir(), story, 'annotations.jsonld'), 'utf8')) as { first: { items: ExportedAnnotation[] } }).first.items;
const originalUrl = (story: string) => session.server.url(`${basePath()}${story}/original/`);

describe('the annotated original in a browser', () => {
  it('holds exactly the article\'s text in the element the selectors name', async () => {
    for (const story of storiesOf()) {
      await wide.goto(originalUrl(story.id));
      expect(await elementText(wide, ORIGINAL_TEXT_ID), story.id).toBe(story.text);
    }
  });

  it('anchors every exported annotation with Apache Annotator, in the page it targets and in our plain copy', async () => {
    for (const story of storiesOf()) {
      const annotations = annotationsOf(story.id);
      for (const annotation of annotations) expect(annotation.target.source).toBe(`https://example.org${basePath()}${story.id}/original/`);
      await wide.goto(originalUrl(story.id));
      const inPage = await anchorAnnotations(wide, annotations);
      await showPlainCopy(wide, story.text, ORIGINAL_TEXT_ID);
      const inCopy = await anchorAnnotations(wide, annotations);
      const n = annotations.length;
      console.log(`[annotations] ${story.id}: page ${inPage.quotes}/${n} quotes, ${inPage.positions}/${n} positions; copy ${inCopy.quotes}/${n} quotes, ${inCopy.positions}/${n} positions`);
      expect([...inPage.failures, ...inCopy.failures]).toEqual([]);
      expect([inPage.quotes, inPage.positions, inCopy.quotes, inCopy.positions]).toEqual([n, n, n, n]);
      expect(n).toBe(bundle.claims.filter((c) => c.story === story.id).length);
    }
  });

  it.for([360, 1280])('at %i px, notes overlap nothing: each other, the text or the footer', async (width) => {
    const tab = width === 360 ? phone : wide;
    for (const story of storiesOf()) {
      await tab.goto(originalUrl(story.id));
      expect(await checkNotesOverlap(tab), `${story.id} at ${width} px`).toEqual([]);
      await tab.emulateMedia({ colorScheme: 'dark' });
      expect(await checkNotesOverlap(tab), `${story.id} at ${width} px, dark`).toEqual([]);
      await tab.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('on phones, puts each note between sentences, after the passage it belongs to', async () => {
    for (const story of storiesOf()) {
      await phone.goto(originalUrl(story.id));
      expect(await checkNotesBetweenSentences(phone), story.id).toEqual([]);
    }
  });

  it.for([360, 1280])('at %i px, jumping to passage N shows note N', async (width) => {
    const tab = width === 360 ? phone : wide;
    for (const story of storiesOf()) {
      const claims = bundle.claims.filter((c) => c.story === story.id).map((c) => c.slug);
      expect(await checkJumpShowsNote(tab, originalUrl(story.id), claims), `${story.id} at ${width} px`).toEqual([]);
    }
  });

  it('tells ratings apart without colour: a symbol at each passage, the label in each note, and a key', async () => {
    for (const story of storiesOf()) {
      await wide.goto(originalUrl(story.id));
      const found = await wide.evaluate(() => ({
        refs: [...document.querySelectorAll('.note-ref')].map((a) => ({ icon: !!a.querySelector('svg path'), label: a.getAttribute('aria-label') ?? '' })),
        notes: [...document.querySelectorAll('.annotated .note .verdict-badge .label')].map((l) => l.textContent ?? ''),
        key: [...document.querySelectorAll('.key .verdict-badge .label')].map((l) => l.textContent ?? ''),
      }));
      const labels = bundle.claims.filter((c) => c.story === story.id).map((c) => bundle.verdicts.find((v) => v.id === c.data.verdict)?.data.label ?? '?');
      expect(found.refs.every((r) => r.icon)).toBe(true);
      expect(found.refs.map((r) => r.label.replace(/^Claim \d+: (.*)\. Go to the note$/, '$1')).sort()).toEqual([...labels].sort());
      expect([...found.notes].sort()).toEqual([...labels].sort());
      expect([...found.key].sort()).toEqual([...new Set(labels)].sort());
    }
  });
});
