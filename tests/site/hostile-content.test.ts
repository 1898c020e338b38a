// Hostile text never runs: every text field of every collection that reaches a page (stories, originals, claims,
// sources, datasets and their text cells, glossary, verdicts, site) gets </script>, <!--, <img onerror> and a
// javascript: address (hostile/hostile-content.ts); the site is built from that content, and on every page a real
// browser must see nothing run, nothing refused by the Content-Security-Policy (a refusal would mean text became
// markup), no injected element or javascript: link, and JSON-LD that parses back to exactly the text placed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { csvParse } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGINAL_TEXT_ID } from '../../src/lib/annotations/annotate-original.ts';
import { splitFrontmatter } from '../../src/lib/content/parse-yaml.ts';
import { repoRoot, TEST_BASE_PATH, TEST_SITE_URL } from '../../tools/site/build-site.ts';
import { contentWithFixtures } from '../../tools/site/fixture-content.ts';
import { viewport } from '../../tools/site/modes.ts';
import { findPages, type SitePage } from '../../tools/site/pages.ts';
import { anchorAnnotations, elementText, type ExportedAnnotation } from './gates/annotated-original.ts';
import { exercise, watchViolations } from './gates/csp.ts';
import { hostileFailures, inspectPage } from './gates/hostile.ts';
import { HOSTILE, injectHostileContent, PAYLOADS, SHORT_HOSTILE, type HostileReport } from './hostile/hostile-content.ts';
import { copyProject, removeProject, run } from './project-copy.ts';
import { useSiteSession } from './site-session.ts';

let root: string | undefined;
let report: HostileReport;
let pages: SitePage[] = [];
const dist = () => join(root!, 'dist');

// Registered before the session's hooks, which serve dist/ once it is built.
beforeAll(() => {
  root = copyProject('marginalia-hostile-');
  // The shipped content and the fixture stories, merged into the copy's own content/ (not the shared merged folder).
  contentWithFixtures(join(root, 'content'));
  report = injectHostileContent(root);
  const result = run(root, join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], { BASE_PATH: TEST_BASE_PATH, SITE_URL: TEST_SITE_URL, MARGINALIA_OUT_DIR: dist() });
  if (result.status !== 0) throw new Error(`the build over hostile content failed:\n${result.stdout}\n${result.stderr}`);
  pages = findPages(dist(), TEST_BASE_PATH);
}, 300_000);
afterAll(() => removeProject(root));
const session = useSiteSession(dist, () => TEST_BASE_PATH);

const frontmatter = (file: string) => parse(splitFrontmatter(readFileSync(file, 'utf8'))?.frontmatter ?? '') as { title: string };

describe('hostile content', () => {
  it('reaches every kind of text field, and the site still builds', () => {
    console.log(
      `[hostile] ${report.full} fields with all ${PAYLOADS.length} payloads, ${report.short} with the short one, ${report.originals} originals opening and closing with them: ${report.payloads} payloads; ${report.refused} fields the checks accept only as written (ids, addresses, dates, quotes)`,
    );
    const files = (folder: string) => readdirSync(join(root!, 'content', folder), { recursive: true, encoding: 'utf8' }).map((f) => join(root!, 'content', folder, f)).filter((f) => /\.(ya?ml|mdx?|csv)$/.test(f));
    for (const folder of ['stories', 'originals', 'claims', 'sources', 'datasets']) {
      expect(files(folder).some((f) => readFileSync(f, 'utf8').includes('__pwned')), folder).toBe(true);
    }
    expect(files('datasets').some((f) => f.endsWith('.csv') && readFileSync(f, 'utf8').includes('__pwned')), 'dataset text cells').toBe(true);
    for (const file of ['site.yaml', 'glossary.yaml', 'verdicts.yaml']) expect(readFileSync(join(root!, 'content', file), 'utf8'), file).toContain('__pwned');
    expect(report.full).toBeGreaterThan(500);
    expect(pages.length).toBeGreaterThan(30);
  });

  it('runs nowhere: on every page nothing executes, the CSP refuses nothing, no element or link is injected', async () => {
    const tab = await session.newTab({ viewport: viewport(1280) });
    await watchViolations(tab);
    const failures: string[] = [];
    for (const page of pages) {
      // 'load' waits for images, so an injected <img src=x> would have fired its onerror by then.
      await tab.goto(session.server.url(page.path), { waitUntil: 'load' });
      // Hovers, focus and the theme toggle on every page; on the search page, a search whose excerpts carry payloads.
      await exercise(tab, { scroll: false, searchQuery: 'pwned' });
      const html = readFileSync(page.file, 'utf8');
      for (const failure of hostileFailures(await inspectPage(tab), html, report.values)) failures.push(`${page.path}: ${failure}`);
    }
    console.log(`[hostile] ${pages.length} pages checked in a browser, ${failures.length} failures`);
    expect(failures).toEqual([]);
  });

  it('writes JSON-LD that parses back to exactly the text placed: the story titles, for one', async () => {
    const tab = await session.newTab();
    let carrying = 0;
    for (const page of pages) {
      await tab.goto(session.server.url(page.path));
      const { jsonLd } = await inspectPage(tab);
      carrying += jsonLd.flatMap((block) => block.strings).filter((text) => text.includes(HOSTILE) || text.includes(SHORT_HOSTILE)).length;
    }
    console.log(`[hostile] ${carrying} JSON-LD strings carry payloads, each parsed back whole`);
    expect(carrying).toBeGreaterThan(100);
    for (const page of pages.filter((p) => p.kind === 'story')) {
      const id = page.path.slice(TEST_BASE_PATH.length).replace(/\/$/, '');
      const title = frontmatter(join(root!, 'content', 'stories', id, 'index.mdx')).title;
      expect(title).toContain(HOSTILE);
      await tab.goto(session.server.url(page.path));
      const headline = await tab.evaluate(() => {
        for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
          const graph = (JSON.parse(script.textContent ?? '{}') as { '@graph'?: Array<{ '@type': string; headline?: string }> })['@graph'] ?? [];
          const article = graph.find((node) => node['@type'] === 'Article');
          if (article) return article.headline;
        }
        return undefined;
      });
      expect(headline, page.path).toBe(title);
    }
  });

  it('keeps hostile text inert in claims.json, claims.csv and every oEmbed response: text back as placed, one iframe', async () => {
    const tab = await session.newTab();
    const feedText = readFileSync(join(dist(), 'claims.json'), 'utf8');
    // No markup character is left raw, so no viewer can read the files as HTML; JSON.parse gives the text back.
    expect(feedText).not.toMatch(/[<>]/);
    const feed = JSON.parse(feedText) as { dataFeedElement: Array<{ url: string; claimReviewed: string; itemReviewed: { author: { name: string } } }> };
    const claimants = feed.dataFeedElement.map((r) => r.itemReviewed.author.name);
    expect(claimants.filter((name) => name.includes(HOSTILE)).length).toBeGreaterThan(0);
    const csvRows = csvParse(readFileSync(join(dist(), 'claims.csv'), 'utf8').replace(/\r\n/g, '\n'));
    expect(csvRows).toHaveLength(feed.dataFeedElement.length);
    csvRows.forEach((row, i) => {
      expect(row.claimant).toBe(claimants[i]);
      expect(row.claim).toBe(feed.dataFeedElement[i]?.claimReviewed);
    });
    for (const review of feed.dataFeedElement) {
      const rel = new URL(review.url).pathname.slice(TEST_BASE_PATH.length);
      const text = readFileSync(join(dist(), rel, 'oembed.json'), 'utf8');
      expect(text, rel).not.toMatch(/[<>]/);
      const { html, title } = JSON.parse(text) as { html: string; title: string };
      expect(title, rel).toBe(review.claimReviewed);
      // Parsed as HTML, the snippet is one iframe with only its own attributes, titled by the claim as placed.
      const parsed = await tab.evaluate((snippet) => {
        const body = new DOMParser().parseFromString(snippet, 'text/html').body;
        const frame = body.firstElementChild;
        return { elements: body.querySelectorAll('*').length, tag: frame?.tagName, attributes: frame ? [...frame.attributes].map((a) => a.name) : [], title: frame?.getAttribute('title') };
      }, html);
      expect(parsed, rel).toEqual({ elements: 1, tag: 'IFRAME', attributes: ['src', 'title', 'width', 'height', 'loading', 'style'], title: `Fact check: ${review.claimReviewed}` });
    }
  });

  it('keeps the annotated originals anchorable with hostile text in them', async () => {
    const tab = await session.newTab({ viewport: viewport(1280) });
    for (const page of pages.filter((p) => p.kind === 'story')) {
      const id = page.path.slice(TEST_BASE_PATH.length).replace(/\/$/, '');
      const annotations = (JSON.parse(readFileSync(join(dist(), id, 'annotations.jsonld'), 'utf8')) as { first: { items: ExportedAnnotation[] } }).first.items;
      await tab.goto(session.server.url(`${page.path}original/`));
      expect(await elementText(tab, ORIGINAL_TEXT_ID), id).toContain(HOSTILE);
      const result = await anchorAnnotations(tab, annotations);
      expect(result.failures, id).toEqual([]);
      expect([result.quotes, result.positions], id).toEqual([annotations.length, annotations.length]);
    }
  });
});
