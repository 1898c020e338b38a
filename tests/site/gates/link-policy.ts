// Gate (no browser): links to the pages we do not endorse — the articles under review and reposts — carry
// rel="nofollow", and where an archived copy is recorded the page links it before the live one; every link to a
// source leaves the site with rel="noopener".
import { isUnendorsed, linkRole, type LinkedPage } from '../../../src/lib/publishing/source-links.ts';

export interface PolicyPage {
  live: string;
  archived?: string | undefined;
  unendorsed: boolean;
}

/** The policy of every linked page, by each of its addresses (live and archived). */
export function linkPolicy(pages: readonly LinkedPage[], reviewedUrls: ReadonlySet<string>): Map<string, PolicyPage> {
  const byUrl = new Map<string, PolicyPage>();
  for (const page of pages) {
    const policy = { live: page.url, archived: page.archived?.url, unendorsed: isUnendorsed(linkRole(page, reviewedUrls)) };
    byUrl.set(page.url, policy);
    if (page.archived) byUrl.set(page.archived.url, policy);
  }
  return byUrl;
}

/** href and rel of every <a> with an href, in document order, outside scripts, styles and comments. */
function anchors(html: string): { href: string; rel: string[] }[] {
  const stripped = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  return [...stripped.matchAll(/<a\b[^>]*>/gi)].flatMap(([tag]) => {
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    if (href === undefined) return [];
    return [{ href: href.replace(/&amp;/g, '&'), rel: (/\srel="([^"]*)"/.exec(tag)?.[1] ?? '').split(/\s+/).filter(Boolean) }];
  });
}

/** Failures on one page's HTML, each "<label>: <href> <why>". */
export function checkLinkPolicy(label: string, html: string, policy: ReadonlyMap<string, PolicyPage>): string[] {
  const failures: string[] = [];
  let previous: string | undefined;
  for (const { href, rel } of anchors(html)) {
    const page = policy.get(href);
    if (page) {
      if (!rel.includes('noopener')) failures.push(`${label}: ${href} has no rel="noopener"`);
      if (page.unendorsed && !rel.includes('nofollow')) failures.push(`${label}: ${href} is not endorsed (the article under review or a repost) but has no rel="nofollow"`);
      if (page.unendorsed && page.archived && href === page.live && previous !== page.archived) failures.push(`${label}: ${href} is linked live without its archived copy ${page.archived} first`);
    }
    previous = href;
  }
  return failures;
}
