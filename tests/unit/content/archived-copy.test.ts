import { describe, expect, it } from 'vitest';
import { archivedCopySchema, archivedIsItself, snapshotDate } from '../../../src/lib/content/archived-copy.ts';

describe('snapshotDate', () => {
  it('reads the capture day from a Wayback Machine snapshot address', () => {
    expect(snapshotDate('https://web.archive.org/web/20210510123456/https://example.org/report')).toBe('2021-05-10');
  });
  it('reads it from a snapshot address with only the day, or with a mode suffix (id_)', () => {
    expect(snapshotDate('https://web.archive.org/web/20210510/https://example.org/')).toBe('2021-05-10');
    expect(snapshotDate('https://web.archive.org/web/20210510123456id_/https://example.org/')).toBe('2021-05-10');
  });
  it('finds no date in addresses of other archives, or in a Wayback address without a timestamp', () => {
    expect(snapshotDate('https://archive.ph/abcde')).toBeUndefined();
    expect(snapshotDate('https://web.archive.org/web/*/https://example.org/')).toBeUndefined();
  });
});

describe('archivedCopySchema', () => {
  it('accepts a snapshot of another archive, whose address carries no date', () => {
    expect(archivedCopySchema.parse({ url: 'https://perma.cc/ABCD-1234', date: '2021-05-10' })).toEqual({ url: 'https://perma.cc/ABCD-1234', date: '2021-05-10' });
  });
  it('refuses a capture day that is not a date', () => {
    expect(archivedCopySchema.safeParse({ url: 'https://perma.cc/ABCD-1234', date: '2021-02-30' }).success).toBe(false);
  });
});

describe('archivedIsItself', () => {
  it('is true only when the archived address is the live one', () => {
    expect(archivedIsItself({ url: 'https://a.example/', archived: { url: 'https://a.example/', date: '2021-05-10' } })).toBe(true);
    expect(archivedIsItself({ url: 'https://a.example/', archived: { url: 'https://perma.cc/X', date: '2021-05-10' } })).toBe(false);
    expect(archivedIsItself({ url: 'https://a.example/' })).toBe(false);
  });
});
