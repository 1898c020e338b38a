import { describe, expect, it } from 'vitest';
import { indexedPageUrl } from '../../../src/lib/search/search-page-url.ts';

describe('indexedPageUrl', () => {
  it('keeps the path of a site served from the root', () => {
    expect(indexedPageUrl('http://localhost/xiaomi-harmonyos/', '/')).toBe('/xiaomi-harmonyos/');
    expect(indexedPageUrl('http://localhost/', '/')).toBe('/');
  });
  it('drops the base path, with or without its trailing slash', () => {
    expect(indexedPageUrl('http://localhost/news/xiaomi-harmonyos/', '/news/')).toBe('/xiaomi-harmonyos/');
    expect(indexedPageUrl('http://localhost/news/sources/', '/news')).toBe('/sources/');
    expect(indexedPageUrl('http://localhost/news/', '/news/')).toBe('/');
    expect(indexedPageUrl('http://localhost/news', '/news/')).toBe('/');
  });
  it('gives nothing for a page outside the base, even one whose name starts like it', () => {
    expect(indexedPageUrl('http://localhost/other/page/', '/news/')).toBeUndefined();
    expect(indexedPageUrl('http://localhost/newsroom/page/', '/news/')).toBeUndefined();
  });
  it('decodes percent-escapes so the stored URL reads as the path does', () => {
    expect(indexedPageUrl('http://localhost/news/caf%C3%A9/', '/news/')).toBe('/café/');
  });
});
