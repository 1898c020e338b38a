// The size-budget checker can fail: tests/fixtures/over-budget has a control page, a page over every budget and a
// page that needs a web font and calls other origins; checked against the real budget.json.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPageWeight, cssUrls, jsImports, measurePageWeight, readBudget, weightTable } from './gates/page-weight.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/over-budget');
const site = { distDir: FIXTURE, basePath: '/marginalia/', siteUrl: 'https://example.org' };
const budget = readBudget(resolve(import.meta.dirname, '../../budget.json'));

describe('page weight: the control page', () => {
  const weight = measurePageWeight(site, '/marginalia/', 'other');

  it('counts the HTML, linked and inline CSS, and scripts with their static imports; not JSON-LD', () => {
    expect(weight.files.css).toEqual(['/marginalia/_astro/site.css', 'inline']);
    expect(weight.files.js).toEqual(['/marginalia/_astro/site.js', '/marginalia/_astro/site-chunk.js', 'inline']);
    expect(weight.html).toBeGreaterThan(200);
    expect(weight.css).toBeGreaterThan(50);
    expect(weight.js).toBeGreaterThan(50);
    expect(weight.raw.js).toBeLessThan(300);
  });

  it('passes: within budget, system fonts, links to other sites are not requests', () => {
    expect(weight.fonts).toEqual([]);
    expect(weight.thirdParty).toEqual([]);
    expect(checkPageWeight(weight, budget)).toEqual([]);
  });
});

describe('page weight: the failures are reported', () => {
  it('a claim page over its HTML, CSS and JS budgets', () => {
    const weight = measurePageWeight(site, '/marginalia/heavy-claim/', 'claim');
    expect(weight.files.js).toEqual(['/marginalia/_astro/heavy.js', '/marginalia/_astro/heavy-chunk.js']);
    expect(checkPageWeight(weight, budget)).toEqual([
      expect.stringMatching(/^\/marginalia\/heavy-claim\/: HTML is 1\d\.\d KB gzip, over the claim budget of 12 KB$/),
      expect.stringMatching(/^\/marginalia\/heavy-claim\/: CSS is 1\d\.\d KB gzip, over the claim budget of 15 KB$/),
      expect.stringMatching(/^\/marginalia\/heavy-claim\/: JS is \d+\.\d KB gzip, over the claim budget of 8 KB$/),
    ]);
  });

  it('a page that needs a web font and requests files from other origins', () => {
    const weight = measurePageWeight(site, '/marginalia/web-font/', 'other');
    const failures = checkPageWeight(weight, budget);
    const at = '/marginalia/web-font/: ';
    expect(failures).toEqual([
      `${at}needs a web font (font preload /marginalia/_astro/font.woff2); text must be readable in system fonts`,
      `${at}needs a web font (@font-face in /marginalia/_astro/font.css); text must be readable in system fonts`,
      `${at}needs a web font (font file ./font.woff2 in /marginalia/_astro/font.css); text must be readable in system fonts`,
      `${at}third-party request from <link rel="stylesheet">: https://fonts.googleapis.com/css2?family=Roboto&display=swap`,
      `${at}third-party request from <script src>: https://cdn.example.net/analytics.js`,
      `${at}third-party request from <img src>: https://images.example.net/photo.jpg`,
      `${at}third-party request from <iframe src>: https://www.youtube-nocookie.com/embed/abc123`,
    ]);
    // The plain link to a source is not among them.
    expect(failures.join('\n')).not.toContain('www.example.com/source');
  });

  it('a page with no budget for its kind, and a missing file', () => {
    expect(checkPageWeight(measurePageWeight(site, '/marginalia/', 'gallery'), budget)).toEqual(['/marginalia/: no budget for pages of kind "gallery" (add it to budget.json)']);
    expect(checkPageWeight(measurePageWeight(site, '/marginalia/nowhere/', 'other'), budget)).toEqual(['/marginalia/nowhere/: references /marginalia/nowhere/, which is not in the build']);
  });

  it('prints a table of the figures', () => {
    const table = weightTable([measurePageWeight(site, '/marginalia/', 'other')], budget);
    expect(table.split('\n')[0]).toMatch(/^page\s+kind\s+HTML\s+CSS\s+JS\s+budget HTML\/CSS\/JS$/);
    expect(table).toContain('32/15/8 KB');
  });
});

describe('page weight: parsing helpers', () => {
  it('finds static imports in minified and formatted modules, not dynamic ones', () => {
    expect(jsImports('import{a as b}from"./x.js";import "./y.js";export{c}from\'./z.js\';const m=import("./lazy.js")')).toEqual(['./x.js', './y.js', './z.js']);
  });

  it('finds @import and url() targets in CSS, ignoring data: URLs', () => {
    expect(cssUrls('@import url("a.css");@import "b.css";.x{background:url(data:image/png;base64,AAA)}.y{background:url( \'c.png\' )}')).toEqual({ imports: ['a.css', 'b.css'], urls: ['a.css', 'c.png'] });
  });
});
