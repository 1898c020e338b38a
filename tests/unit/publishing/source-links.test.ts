import { describe, expect, it } from 'vitest';
import { isUnendorsed, linkRole, pageLinks } from '../../../src/lib/publishing/source-links.ts';

const REVIEWED = new Set(['http://aggregator.example/2022/06/01/article/']);
const ARCHIVED = { url: 'https://web.archive.org/web/20220601000000/http://aggregator.example/2022/06/01/article/', date: '2022-06-01' };

describe('linkRole', () => {
  it('names the article under review by its address, whatever its kind', () => {
    expect(linkRole({ url: 'http://aggregator.example/2022/06/01/article/', kind: 'other' }, REVIEWED)).toBe('reviewed');
  });
  it('names reposts by their kind', () => {
    expect(linkRole({ url: 'https://mirror.example/copy', kind: 'repost' }, REVIEWED)).toBe('repost');
  });
  it('takes every other source as cited', () => {
    expect(linkRole({ url: 'https://idc.example/release', kind: 'analyst-report' }, REVIEWED)).toBe('cited');
    expect(isUnendorsed('cited')).toBe(false);
    expect(isUnendorsed('repost')).toBe(true);
  });
});

describe('pageLinks', () => {
  it('links a cited page live, with its archived copy beside it, both noopener and followed', () => {
    expect(pageLinks({ url: 'https://idc.example/release', kind: 'news', archived: { ...ARCHIVED, url: 'https://web.archive.org/web/20210101000000/https://idc.example/release', date: '2021-01-01' } }, REVIEWED)).toEqual({
      role: 'cited',
      main: { href: 'https://idc.example/release', rel: 'noopener', archived: false },
      archivedCopy: { href: 'https://web.archive.org/web/20210101000000/https://idc.example/release', rel: 'noopener', date: '2021-01-01' },
      archivedDate: '2021-01-01',
    });
  });
  it('links a cited page live when no archived copy is recorded, with nothing beside it', () => {
    expect(pageLinks({ url: 'https://idc.example/release', kind: 'news' }, REVIEWED)).toEqual({ role: 'cited', main: { href: 'https://idc.example/release', rel: 'noopener', archived: false } });
  });
  it('links the article under review to its archived copy first, the live page beside it, all nofollow', () => {
    expect(pageLinks({ url: 'http://aggregator.example/2022/06/01/article/', kind: 'other', archived: ARCHIVED }, REVIEWED)).toEqual({
      role: 'reviewed',
      main: { href: ARCHIVED.url, rel: 'nofollow noopener', archived: true },
      livePage: { href: 'http://aggregator.example/2022/06/01/article/', rel: 'nofollow noopener' },
      archivedDate: '2022-06-01',
    });
  });
  it('links a repost without an archived copy live, but nofollow', () => {
    expect(pageLinks({ url: 'https://mirror.example/copy', kind: 'repost' }, REVIEWED)).toEqual({ role: 'repost', main: { href: 'https://mirror.example/copy', rel: 'nofollow noopener', archived: false } });
  });
});
