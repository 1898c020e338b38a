// How a source is linked: to the live page with its archived copy beside it, or — for the article under review and
// for reposts of misinformation — to the archived copy first, so that we do not send readers and search engines
// traffic to the pages that spread the claim (rel="nofollow": no endorsement passed on).
import type { ArchivedCopy } from '../content/archived-copy.ts';
import type { Source } from '../content/schema.ts';

/** cited: a page we rely on · reviewed: the article under review · repost: a copy on a site we do not vouch for. */
export type LinkRole = 'cited' | 'reviewed' | 'repost';

/** Kinds of source whose pages we link without amplifying them. */
const NOT_AMPLIFIED_KINDS: ReadonlySet<Source['kind']> = new Set(['repost']);

/** A page linked from ours: its address, and its snapshot at a web archive when one is recorded. */
export interface LinkedPage {
  url: string;
  kind?: Source['kind'] | undefined;
  archived?: ArchivedCopy | undefined;
}

/** The role of a linked page; `reviewedUrls` are the addresses of the articles under review (the originals). */
export function linkRole(page: LinkedPage, reviewedUrls: ReadonlySet<string>): LinkRole {
  if (reviewedUrls.has(page.url)) return 'reviewed';
  if (page.kind && NOT_AMPLIFIED_KINDS.has(page.kind)) return 'repost';
  return 'cited';
}

export interface PageLink {
  href: string;
  /** Value of the rel attribute: every link leaves the site (noopener); unendorsed ones add nofollow. */
  rel: string;
}

export interface PageLinks {
  role: LinkRole;
  /** The link on the title: the live page, or for unendorsed pages the archived copy when there is one. */
  main: PageLink & { archived: boolean };
  /** The archived copy beside a live title link; undefined when none is recorded or the title already links to it. */
  archivedCopy?: (PageLink & { date: string }) | undefined;
  /** The live page beside an archived title link. */
  livePage?: PageLink | undefined;
  /** The capture day of the archived copy, when there is one. */
  archivedDate?: string | undefined;
}

/** Links for one page under the link policy: which address the title links to, what sits beside it, and their rel. */
export function pageLinks(page: LinkedPage, reviewedUrls: ReadonlySet<string>): PageLinks {
  const role = linkRole(page, reviewedUrls);
  const rel = role === 'cited' ? 'noopener' : 'nofollow noopener';
  const { archived } = page;
  if (!archived) return { role, main: { href: page.url, rel, archived: false } };
  if (role === 'cited') return { role, main: { href: page.url, rel, archived: false }, archivedCopy: { href: archived.url, rel, date: archived.date }, archivedDate: archived.date };
  return { role, main: { href: archived.url, rel, archived: true }, livePage: { href: page.url, rel }, archivedDate: archived.date };
}

/** True when links to this page must carry rel="nofollow" and prefer its archived copy. */
export function isUnendorsed(role: LinkRole): boolean {
  return role !== 'cited';
}
