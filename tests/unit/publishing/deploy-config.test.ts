import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, deployConfig, deployWarning, normaliseBase, normaliseSite } from '../../../src/lib/publishing/deploy-config.ts';

// Moved from urls.test.ts, assertions unchanged.
describe('deploy configuration', () => {
  it('defaults to the root of localhost', () => {
    expect(deployConfig({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });
  it('normalises BASE_PATH with or without slashes', () => {
    expect(normaliseBase('news')).toBe('/news/');
    expect(normaliseBase('/news')).toBe('/news/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
    expect(normaliseBase('  ')).toBe('/');
  });
  it('refuses a BASE_PATH with characters that break URLs', () => {
    expect(() => normaliseBase('/my site/')).toThrow(/BASE_PATH/);
  });
  it('keeps only the origin of SITE_URL and refuses non-web URLs', () => {
    expect(normaliseSite('https://example.org/')).toBe('https://example.org');
    expect(() => normaliseSite('ftp://example.org')).toThrow(/https:\/\//);
    expect(() => normaliseSite('example')).toThrow(/not a URL/);
  });
});

describe('normaliseBase', () => {
  it('is the root when BASE_PATH is not set', () => {
    expect(normaliseBase(undefined)).toBe('/');
  });

  it('is the root for "/" and for an empty value', () => {
    expect([normaliseBase('/'), normaliseBase('')]).toEqual(['/', '/']);
  });

  it('collapses repeated slashes at either end', () => {
    expect(normaliseBase('//news//')).toBe('/news/');
  });

  it('trims spaces around the value', () => {
    expect(normaliseBase(' /news/ ')).toBe('/news/');
  });

  it('keeps the URL-safe characters letters, digits, "-", "_", "." and "~"', () => {
    expect(normaliseBase('/fact-checks_2026/v1.0~beta/')).toBe('/fact-checks_2026/v1.0~beta/');
  });

  it('says which characters a base may hold, quoting the value given', () => {
    expect(() => normaliseBase('/news?page=1')).toThrow('BASE_PATH "/news?page=1" may only contain letters, digits, "-", "_", ".", "~" and "/"');
  });

  it('refuses characters that need escaping: #, % and non-ASCII letters', () => {
    for (const raw of ['/a#b/', '/a%20b/', '/nachrichten-über/']) expect(() => normaliseBase(raw)).toThrow(/^BASE_PATH /);
  });
});

describe('normaliseSite', () => {
  it('is localhost when SITE_URL is not set, empty or blank', () => {
    expect([normaliseSite(undefined), normaliseSite(''), normaliseSite('   ')]).toEqual([DEFAULT_SITE, DEFAULT_SITE, DEFAULT_SITE]);
    expect(DEFAULT_SITE).toBe('http://localhost:4321');
  });

  it('drops a path, a query and a fragment: the base path comes from BASE_PATH', () => {
    expect(normaliseSite('https://example.org/news/?a=1#top')).toBe('https://example.org');
  });

  it('keeps a port and lower-cases the host', () => {
    expect(normaliseSite('http://Example.ORG:8080')).toBe('http://example.org:8080');
  });

  it('trims spaces around the value', () => {
    expect(normaliseSite('  https://example.org  ')).toBe('https://example.org');
  });

  it('says what to give when the value is not a URL', () => {
    expect(() => normaliseSite('example.org')).toThrow('SITE_URL "example.org" is not a URL; give the address the site is served from, e.g. https://example.org');
  });

  it('says a URL must be a web address, quoting the value given', () => {
    expect(() => normaliseSite('file:///var/www')).toThrow('SITE_URL "file:///var/www" must start with https:// or http://');
  });
});

describe('deployWarning', () => {
  it('says where absolute links would point, and how to build for a published site, when SITE_URL is not set', () => {
    expect(deployWarning({})).toBe(
      'SITE_URL is not set, so canonical links, og:url and og:image, the RSS feeds, the sitemap and the structured data point to http://localhost:4321. ' +
        'Fine for a look on this machine; for a site you publish, build with SITE_URL=https://your.site (and BASE_PATH=/sub/path/ if it is served below the root).',
    );
  });

  it('warns for a blank SITE_URL too', () => {
    expect(deployWarning({ SITE_URL: '  ' })).toMatch(/^SITE_URL is not set/);
  });

  it('is silent when SITE_URL is set, whatever BASE_PATH says', () => {
    expect([deployWarning({ SITE_URL: 'https://example.org' }), deployWarning({ SITE_URL: 'https://example.org', BASE_PATH: '/news/' })]).toEqual([undefined, undefined]);
  });
});

describe('deployConfig', () => {
  it('reads SITE_URL and BASE_PATH from the environment given', () => {
    expect(deployConfig({ SITE_URL: 'https://example.org', BASE_PATH: '/news' })).toEqual({ site: 'https://example.org', base: '/news/' });
  });

  it("ignores Astro's and Vite's own variables, which tools set for their processes", () => {
    expect(deployConfig({ BASE_URL: '/other/', SITE: 'https://other.example' })).toEqual({ site: 'http://localhost:4321', base: '/' });
  });
});
