import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinPath, routes, withFragment } from '../../../src/lib/publishing/urls.ts';

describe('joinPath', () => {
  it('puts pages under the base with a trailing slash', () => {
    expect(joinPath('/marginalia/', 'story', 'claims', 'x')).toBe('/marginalia/story/claims/x/');
  });
  it('works with a root base and with a base missing its trailing slash', () => {
    expect(joinPath('/', 'sources')).toBe('/sources/');
    expect(joinPath('/news', 'sources')).toBe('/news/sources/');
  });
  it('keeps files without a trailing slash', () => {
    expect(joinPath('/news/', 'data', 'x.csv')).toBe('/news/data/x.csv');
  });
  it('collapses stray slashes in segments', () => {
    expect(joinPath('/news/', '/a/', '//b')).toBe('/news/a/b/');
  });
  it('returns the base for no segments', () => {
    expect(joinPath('/news/')).toBe('/news/');
  });
});

describe('routes', () => {
  const r = routes('/news/');
  it('names every page under the base', () => {
    expect(r.claim('s', 'c')).toBe('/news/s/claims/c/');
    expect(r.original('s')).toBe('/news/s/original/');
    expect(r.annotations('s')).toBe('/news/s/annotations.jsonld');
    expect(r.source('idc')).toBe('/news/sources/#source-idc');
  });
  it("names a claim's embed page, its oEmbed response and its card beside the claim page", () => {
    expect(r.claimEmbed('s', 'c')).toBe('/news/s/claims/c/embed/');
    expect(r.claimOembed('s', 'c')).toBe('/news/s/claims/c/oembed.json');
    expect(r.claimCard('s', 'c')).toBe('/news/s/claims/c/card.png');
  });
  it('names fragments inside pages through the same helpers', () => {
    expect(r.claimInStory('s', 'c')).toBe('/news/s/#claim-c');
    expect(r.passage('s', 'c')).toBe('/news/s/original/#passage-c');
    expect(r.storyCorrections('s')).toBe('/news/s/#corrections');
    expect(r.correction('s', 2)).toBe('/news/s/#correction-2');
  });
  it('names the feeds, cards, robots.txt, sitemap and search index as files under the base', () => {
    expect(r.feed()).toBe('/news/rss.xml');
    expect(r.correctionsFeed()).toBe('/news/corrections.xml');
    expect(r.claimsFeed()).toBe('/news/claims.json');
    expect(r.claimsCsv()).toBe('/news/claims.csv');
    expect(r.card('s')).toBe('/news/s/card.png');
    expect(r.siteCard()).toBe('/news/card.png');
    expect(r.robots()).toBe('/news/robots.txt');
    expect(r.sitemap()).toBe('/news/sitemap-index.xml');
    expect(r.pagefind()).toBe('/news/pagefind/pagefind.js');
    expect(r.search()).toBe('/news/search/');
  });
});

describe('withFragment', () => {
  it('appends an encoded fragment', () => {
    expect(withFragment('/news/a/', 'claim-x y')).toBe('/news/a/#claim-x%20y');
  });
});

describe('absoluteUrl', () => {
  it('joins the site origin and a based path', () => {
    expect(absoluteUrl('https://example.org', '/news/s/')).toBe('https://example.org/news/s/');
  });
});
