// Every claim of every story with its ClaimReview, as its own page embeds it: what claims.json and claims.csv list.
import { allStories, siteInfo, storyContext } from './collections.ts';
import type { FeedClaim } from '../lib/publishing/claims-feed.ts';
import { claimReviews, type JsonLdSite } from '../lib/publishing/story-json-ld.ts';
import { absolute, paths, siteOrigin } from '../lib/publishing/site-routes.ts';

/** How this build's pages write their JSON-LD: its origin, its routes and the publisher of site.yaml. */
export async function jsonLdSite(): Promise<JsonLdSite> {
  const site = await siteInfo();
  return { origin: siteOrigin, routes: paths, publisher: { name: site.publisher.name, url: site.publisher.url } };
}

/** One entry per claim page, stories newest first (as the home page lists them), claims in their pages' order. */
export async function feedClaims(): Promise<FeedClaim[]> {
  const [stories, site] = await Promise.all([allStories(), jsonLdSite()]);
  const perStory = await Promise.all(
    stories.map(async (story) => {
      const context = await storyContext(story);
      return claimReviews(context, site).map(({ review }) => ({ review, storyUrl: absolute(paths.story(story.id)) }));
    }),
  );
  return perStory.flat();
}
