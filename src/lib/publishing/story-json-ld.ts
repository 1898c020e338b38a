// JSON-LD for a story page (Article + one ClaimReview per claim shown) and for a claim page (its ClaimReview).
import { article, claimReview, jsonLdGraph, lastModified, ratingBounds, type ClaimReviewNode, type Publisher } from './claim-review.ts';
import type { StoryClaim, StoryContext } from '../story/story-context.ts';
import { figureSentence } from '../story/figure-text.ts';
import { absoluteUrl, type Routes } from './urls.ts';

export interface JsonLdSite {
  /** Site origin, e.g. https://example.org. */
  origin: string;
  routes: Routes;
  publisher: Publisher;
}

function review(context: StoryContext, claim: StoryClaim, site: JsonLdSite) {
  return claimReview({
    claim: claim.data,
    verdict: claim.verdict,
    bounds: ratingBounds(context.verdicts),
    claimUrl: absoluteUrl(site.origin, site.routes.claim(context.storyId, claim.slug)),
    original: context.original.data,
    publisher: site.publisher,
    datePublished: context.story.published,
    reviewBody: [claim.data.summary, ...claim.figures.map(({ check, result }) => figureSentence(check, result))].join(' '),
  });
}

/** Article plus a ClaimReview for every claim the story shows. */
export function storyJsonLd(context: StoryContext, shownSlugs: ReadonlySet<string>, site: JsonLdSite) {
  const url = absoluteUrl(site.origin, site.routes.story(context.storyId));
  const reviews = context.claimOrder.filter((c) => shownSlugs.has(c.slug)).map((claim) => review(context, claim, site));
  return jsonLdGraph([article({ story: context.story, url, publisher: site.publisher, dateModified: lastModified(context.story) }), ...reviews]);
}

/** Every claim of the story with the ClaimReview its own page carries, in the order of the claim pages. */
export function claimReviews(context: StoryContext, site: JsonLdSite): { slug: string; review: ClaimReviewNode }[] {
  return [...context.claims.values()].map((claim) => ({ slug: claim.slug, review: review(context, claim, site) }));
}

export function claimJsonLd(context: StoryContext, claim: StoryClaim, site: JsonLdSite) {
  return jsonLdGraph([review(context, claim, site)]);
}
