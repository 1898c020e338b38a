// The fact-check machinery on the built site: ClaimReview JSON-LD per claim shown, resolving URLs, claim pages, citations.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/integrity/check-content.ts';
import type { ContentBundle } from '../../src/lib/content/bundle.ts';
import { findUsages } from '../../src/lib/content/story-mdx.ts';
import { attributeValues, ids, jsonLdBlocks, readPage } from './html-doc.ts';
import { basePath, contentDir, distDir, siteUrl } from './site-env.ts';

type Node = Record<string, unknown>;
const graphOf = (block: unknown): Node[] => ((block as { '@graph'?: Node[] })['@graph'] ?? []);

let bundle: ContentBundle;
beforeAll(() => {
  bundle = checkContent(process.cwd(), contentDir()).bundle;
});

/** Local path of an absolute URL on the test site, or undefined for other origins. */
function localPath(url: string): string | undefined {
  const parsed = new URL(url);
  return parsed.origin === siteUrl() ? parsed.pathname : undefined;
}

function pageExists(path: string): boolean {
  const rel = path.slice(basePath().length);
  return existsSync(join(distDir(), rel, rel.endsWith('/') || rel === '' ? 'index.html' : ''));
}

describe('story pages', () => {
  it('carry one ClaimReview per claim shown, and an Article', () => {
    for (const story of bundle.stories) {
      const html = readPage(distDir(), basePath(), `${basePath()}${story.id}/`);
      const nodes = jsonLdBlocks(html).flatMap(graphOf);
      const shown = findUsages(story.body).filter((u) => u.component === 'Claim').map((u) => u.props.id);
      const reviews = nodes.filter((n) => n['@type'] === 'ClaimReview');
      expect(reviews).toHaveLength(shown.length);
      expect(attributeValues(html, 'article', 'data-claim', 'claim-card')).toEqual(shown);
      const articleNode = nodes.find((n) => n['@type'] === 'Article');
      expect(articleNode?.headline).toBe(story.data.title);
      expect(articleNode?.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('point every JSON-LD url at a page in the build', () => {
    for (const story of bundle.stories) {
      const html = readPage(distDir(), basePath(), `${basePath()}${story.id}/`);
      const nodes = jsonLdBlocks(html).flatMap(graphOf);
      const urls = nodes.map((n) => n.url).filter((u): u is string => typeof u === 'string');
      expect(urls.length).toBeGreaterThan(1);
      for (const url of urls) {
        const path = localPath(url);
        expect(path, `${url} is on ${siteUrl()}`).toBeDefined();
        expect(pageExists(path ?? ''), `${url} resolves to a built page`).toBe(true);
      }
    }
  });

  it('rate with numbers only on the scale, and always with the label', () => {
    const scale = new Map(bundle.verdicts.map((v) => [v.data.label, v.data.ordinal]));
    for (const story of bundle.stories) {
      const nodes = jsonLdBlocks(readPage(distDir(), basePath(), `${basePath()}${story.id}/`)).flatMap(graphOf);
      for (const review of nodes.filter((n) => n['@type'] === 'ClaimReview')) {
        const rating = review.reviewRating as Node;
        const ordinal = scale.get(String(rating.alternateName));
        expect(ordinal, `${String(rating.alternateName)} is a rating on the scale`).not.toBeUndefined();
        if (ordinal === null) expect(rating.ratingValue).toBeUndefined();
        else expect(rating.ratingValue).toBe(ordinal);
        expect(String(review.claimReviewed).length).toBeLessThan(75);
      }
    }
  });

  it('number citations and link each to an entry in the references', () => {
    for (const story of bundle.stories) {
      const html = readPage(distDir(), basePath(), `${basePath()}${story.id}/`);
      const targets = ids(html);
      const hrefs = attributeValues(html, 'a', 'href', 'class="cite"');
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(targets.has(href.replace(/^#/, '')), href).toBe(true);
    }
  });
});

describe('claim pages', () => {
  it('exist for every claim, each with its own ClaimReview whose url is the page itself', () => {
    for (const claim of bundle.claims) {
      const path = `${basePath()}${claim.story}/claims/${claim.slug}/`;
      const nodes = jsonLdBlocks(readPage(distDir(), basePath(), path)).flatMap(graphOf);
      const reviews = nodes.filter((n) => n['@type'] === 'ClaimReview');
      expect(reviews).toHaveLength(1);
      expect(localPath(String(reviews[0]?.url))).toBe(path);
      expect(reviews[0]?.claimReviewed).toBe(claim.data.claimReviewed);
    }
  });
});
