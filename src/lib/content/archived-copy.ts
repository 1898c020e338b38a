// The `archived` field of a source or an original: a web-archive snapshot of the page and the day it was captured,
// so a reader can still read what we cited when the live page changes or disappears.
import { z } from 'astro/zod';
import { isoDate, webUrl } from './fields.ts';

/** A Wayback Machine snapshot address names its capture time: https://web.archive.org/web/20210510123456/… */
const WAYBACK_SNAPSHOT = /^https?:\/\/web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})\d{0,6}(?:[a-z]{2}_)?\//i;

/** The capture day (YYYY-MM-DD) a Wayback Machine snapshot address carries, or undefined for other addresses. */
export function snapshotDate(url: string): string | undefined {
  const parts = WAYBACK_SNAPSHOT.exec(url);
  return parts ? `${parts[1]}-${parts[2]}-${parts[3]}` : undefined;
}

export const archivedCopySchema = z
  .strictObject({
    /** Address of the snapshot at a web archive (web.archive.org, archive.today, perma.cc…). */
    url: webUrl,
    /** The day the archive captured the page, YYYY-MM-DD. */
    date: isoDate,
  })
  .superRefine((copy, ctx) => {
    const captured = typeof copy.url === 'string' ? snapshotDate(copy.url) : undefined;
    if (captured && typeof copy.date === 'string' && captured !== copy.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `is not the day in the snapshot's address (${captured})`,
        params: { fix: `write date: ${captured}, the capture day the address names, or copy the address of the snapshot you meant` },
      });
    }
  });
export type ArchivedCopy = z.infer<typeof archivedCopySchema>;

/** True when a page's `archived` copy is its live address itself: that is no copy that outlives the page. */
export function archivedIsItself(page: { url?: string | undefined; archived?: ArchivedCopy | undefined }): boolean {
  return page.url !== undefined && page.archived !== undefined && page.archived.url === page.url;
}
