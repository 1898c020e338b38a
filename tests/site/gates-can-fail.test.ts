// Proves every gate can fail: each gate passes the control page of tests/fixtures/broken-site and reports the
// expected failure on the page built to break it (see that folder's README).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './gates/accessibility.ts';
import { checkConsoleAndRequests } from './gates/console-and-requests.ts';
import { checkWithNu, validateHtml } from './gates/html-validate.ts';
import { checkPolicy, checkViolations, watchViolations } from './gates/csp.ts';
import { hostileFailures, inspectPage } from './gates/hostile.ts';
import { anchorAnnotations, checkJumpShowsNote, checkNotesBetweenSentences, checkNotesOverlap, type ExportedAnnotation } from './gates/annotated-original.ts';
import { checkChartTextSize, checkCitePopup, checkNoHorizontalScroll } from './gates/layout.ts';
import { checkLinks } from './gates/links.ts';
import { checkLinkPolicy, linkPolicy } from './gates/link-policy.ts';
import { checkNoOverlap } from './gates/overlap.ts';
import { checkNoJs } from './gates/no-js.ts';
import { viewport } from '../../tools/site/modes.ts';
import { useSiteSession } from './site-session.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/broken-site');
const BASE = '/marginalia/';
const session = useSiteSession(() => FIXTURE, () => BASE);
const url = (page: string) => session.server.url(`${BASE}${page ? `${page}/` : ''}`);
const CONTROL = '';

let tab: Page;
let noJsTab: Page;
let phone: Page;
beforeAll(async () => {
  [tab, noJsTab, phone] = await Promise.all([
    session.newTab(),
    session.newTab({ javaScriptEnabled: false }),
    session.newTab({ viewport: viewport(360) }),
  ]);
});

/** The link failures reported for one page, given by its path under the base ("" for the home page). */
const onPage = (failures: string[], page: string) => failures.filter((f) => f.startsWith(`${BASE}${page}: `));
const html = (page: string) => readFileSync(join(FIXTURE, page, 'index.html'), 'utf8');

describe('each gate passes the control page and fails its broken page', () => {
  it('console and requests', async () => {
    expect(await checkConsoleAndRequests(tab, url(CONTROL))).toEqual([]);
    expect(await checkConsoleAndRequests(tab, url('console-errors'))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^console error: boom from the fixture/),
        expect.stringMatching(/^uncaught exception: uncaught in the fixture/),
        expect.stringMatching(/^HTTP 404: .*\/marginalia\/missing\.png$/),
      ]),
    );
  });

  it('accessibility (axe)', async () => {
    await tab.goto(url(CONTROL));
    expect(await checkAccessibility(tab)).toEqual([]);
    await tab.goto(url('unlabeled-button'));
    expect(await checkAccessibility(tab)).toEqual([expect.stringMatching(/^button-name \[critical\]: .* — button$/)]);
  });

  it('links', () => {
    const failures = checkLinks({ distDir: FIXTURE, basePath: BASE, siteUrl: 'https://example.org' });
    expect(onPage(failures, CONTROL)).toEqual([]);
    expect(onPage(failures, 'broken-links/')).toEqual([
      `${BASE}broken-links/: "/marginalia/no-such-page/" has no file in the build (no-such-page/)`,
      `${BASE}broken-links/: "#no-such-id" points at #no-such-id, which is not an id on ${BASE}broken-links/`,
      `${BASE}broken-links/: "/marginalia/#no-such-claim" points at #no-such-claim, which is not an id on ${BASE}`,
      `${BASE}broken-links/: "/outside-base/" is outside the base path ${BASE}`,
    ]);
    expect(onPage(failures, '404.html')).toEqual([`${BASE}404.html: "broken-links/" is relative on the 404 page`]);
  });

  it('link policy', () => {
    const policy = linkPolicy(
      [
        { url: 'https://mirror.example/copy', kind: 'repost' },
        { url: 'https://review.example/article', kind: 'other', archived: { url: 'https://web.archive.org/web/20220601000000/https://review.example/article', date: '2022-06-01' } },
        { url: 'https://idc.example/release', kind: 'analyst-report' },
      ],
      new Set(['https://review.example/article']),
    );
    expect(checkLinkPolicy('control', html(CONTROL), policy)).toEqual([]);
    expect(checkLinkPolicy('unendorsed-link', html('unendorsed-link'), policy)).toEqual([
      'unendorsed-link: https://mirror.example/copy is not endorsed (the article under review or a repost) but has no rel="nofollow"',
      'unendorsed-link: https://review.example/article has no rel="noopener"',
      'unendorsed-link: https://review.example/article is not endorsed (the article under review or a repost) but has no rel="nofollow"',
      'unendorsed-link: https://review.example/article is linked live without its archived copy https://web.archive.org/web/20220601000000/https://review.example/article first',
    ]);
  });

  it('no JavaScript', async () => {
    expect(await checkNoJs(tab, noJsTab, url(CONTROL), 'story')).toEqual([]);
    expect(await checkNoJs(tab, noJsTab, url('js-only-claim'), 'story')).toEqual(
      expect.arrayContaining([
        'claim card: 1 with JS but only 0 without JS (article.claim-card)',
        'claim card: a story page must show at least one without JS (article.claim-card)',
        expect.stringMatching(/^main text differs without JS/),
      ]),
    );
    expect(await checkNoJs(tab, noJsTab, url('chart-without-svg'), 'other')).toEqual(['chart figures without their SVG or table: #chart-a (no SVG)']);
  });

  it('layout: horizontal scrolling', async () => {
    await phone.goto(url(CONTROL));
    expect(await checkNoHorizontalScroll(phone)).toEqual([]);
    await phone.goto(url('overwide'));
    expect(await checkNoHorizontalScroll(phone)).toEqual([expect.stringMatching(/^scrolls horizontally: .*div\.wide/)]);
  });

  it('layout: chart text size', async () => {
    await phone.goto(url(CONTROL));
    expect(await checkChartTextSize(phone)).toEqual([]);
    await phone.goto(url('small-chart-text'));
    expect(await checkChartTextSize(phone)).toEqual([expect.stringMatching(/^1 chart text\(s\) under 11 px on screen: chart: "Tiny label" is [0-9.]+ px$/)]);
  });

  it('layout: citation popups', async () => {
    await tab.goto(url(CONTROL));
    expect(await checkCitePopup(tab)).toEqual([]);
    await tab.goto(url('sticky-popup'));
    expect(await checkCitePopup(tab)).toEqual(['citation "#ref-a": the popup opened on focus stays visible after Escape']);
    await tab.goto(url('cite-without-target'));
    expect(await checkCitePopup(tab)).toEqual(['citation "#ref-gone": no element with that id on the page']);
  });

  it('overlap: text over text, over a box, into the footer (phone and desktop)', async () => {
    const desktop = await session.newTab({ viewport: viewport(1280) });
    for (const tab of [phone, desktop]) {
      await tab.goto(url(CONTROL));
      expect(await checkNoOverlap(tab)).toEqual([]);
      await tab.goto(url('overlap'));
      const failures = await checkNoOverlap(tab);
      expect(failures).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^span\.note\.note--over-text "1\. A note drawn over the second paragrap" is drawn over the text p "The second paragraph, under the note\." \(\d+×\d+ px at \d+,\d+\)$/),
          expect.stringMatching(/^span\.note\.note--over-card "2\. A note over the card\." is drawn over the box article\.claim-card /),
          expect.stringMatching(/^span\.note\.note--into-footer "3\. A last note that runs past the story " runs into the site footer /),
        ]),
      );
    }
    await desktop.context().close();
  });

  it('html-validate', async () => {
    expect(await validateHtml(html(CONTROL), 'index.html')).toEqual([]);
    const failures = await validateHtml(html('invalid-html'), 'invalid-html/index.html');
    const rules = new Set(failures.map((f) => f.split(' ')[1]?.replace(/:$/, '')));
    expect([...rules]).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
  });

  it('Nu Html Checker: content after </html>', () => {
    const control = join(FIXTURE, 'index.html');
    const broken = join(FIXTURE, 'after-html', 'index.html');
    const errors = checkWithNu([control, broken]);
    expect(errors.get(control)).toBeUndefined();
    expect(errors.get(broken)).toEqual([expect.stringMatching(/^15:1 Stray start tag “script”\.$/)]);
  });

  it('Content-Security-Policy: the policy as written, and an unhashed inline script in a browser', async () => {
    expect(checkPolicy(html(CONTROL))).toEqual([]);
    expect(checkPolicy(html('after-html'))).toEqual(['expected one Content-Security-Policy <meta>, found 0']);
    expect(checkPolicy(html(CONTROL).replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toEqual(["script-src allows 'unsafe-inline'"]);
    expect(checkPolicy(html(CONTROL).replace('<meta charset="utf-8">', '<meta charset="utf-8"><script>1</script>'))).toEqual(['a <script> comes before the Content-Security-Policy <meta>']);
    const csp = await session.newTab();
    await watchViolations(csp);
    expect(await checkViolations(csp, url(CONTROL))).toEqual([]);
    expect(await checkViolations(csp, url('csp-violation'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^script-src-elem refused inline at .*\/csp-violation\/:\d+/)]),
    );
    expect(await csp.evaluate(() => document.body.dataset.ran)).toBeUndefined();
  });

  it('hostile content: nothing runs on the control; everything shows on a page that wrote payloads raw', async () => {
    await tab.goto(url(CONTROL));
    expect(hostileFailures(await inspectPage(tab), html(CONTROL), [])).toEqual([]);
    await tab.goto(url('hostile-ran'));
    expect(hostileFailures(await inspectPage(tab), html('hostile-ran'), [])).toEqual([
      'a payload ran 2 time(s)',
      '<img> with onerror',
      'a to a javascript: address',
      'a script made of content text',
      'JSON-LD block 1 does not parse',
    ]);
  });

  describe('annotated original', () => {
    const annotations = (page: string) => (JSON.parse(readFileSync(join(FIXTURE, page, 'annotations.jsonld'), 'utf8')) as { first: { items: ExportedAnnotation[] } }).first.items;

    it('real-client anchoring: every selector in the control, none once notes sit inside the text', async () => {
      await tab.goto(url('original-control'));
      expect(await anchorAnnotations(tab, annotations('original-control'))).toEqual({ quotes: 2, positions: 2, failures: [] });
      await tab.goto(url('original-inline-notes'));
      const broken = await anchorAnnotations(tab, annotations('original-inline-notes'));
      expect([broken.quotes, broken.positions]).toEqual([0, 1]);
      expect(broken.failures).toEqual([
        expect.stringMatching(/demo\/claims\/overseas\/#annotation: TextQuoteSelector matched 0 time\(s\)$/),
        expect.stringMatching(/demo\/claims\/future\/#annotation: TextQuoteSelector matched 0 time\(s\)$/),
        expect.stringMatching(/demo\/claims\/future\/#annotation: TextPositionSelector selected \[".*"\], not the quote$/),
      ]);
    });

    it('notes overlap nothing', async () => {
      for (const width of [360, 1280]) {
        await phone.setViewportSize(viewport(width));
        await phone.goto(url('original-control'));
        expect(await checkNotesOverlap(phone), `${width} px`).toEqual([]);
        await phone.goto(url('original-overlap'));
        expect(await checkNotesOverlap(phone), `${width} px`).toEqual(expect.arrayContaining([expect.stringMatching(/^span#note-overseas\.note overlaps p#original-run-1\.annotated__run$/)]));
      }
      await phone.setViewportSize(viewport(360));
    });

    it('on phones, notes come between sentences', async () => {
      await phone.goto(url('original-control'));
      expect(await checkNotesBetweenSentences(phone)).toEqual([]);
      await phone.goto(url('original-mid-sentence'));
      expect(await checkNotesBetweenSentences(phone)).toEqual(['original-notes-2: follows a run that ends mid-sentence: "…ed more than 140 million units"']);
    });

    it('jumping to a passage shows its note', async () => {
      expect(await checkJumpShowsNote(tab, url('original-control'), ['overseas', 'future'])).toEqual([]);
      expect(await checkJumpShowsNote(tab, url('original-far-notes'), ['overseas'])).toEqual([expect.stringMatching(/^#passage-overseas: its note is at \d+ px of a 720 px viewport$/)]);
    });
  });
});
