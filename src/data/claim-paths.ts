// getStaticPaths of every per-claim route (the claim page, its embed page, its oEmbed response and its card).
import { allStories, siteInfo, storyCacheKey, storyContext, type StoryCollectionEntry } from './collections.ts';

export interface ClaimRouteProps {
  story: StoryCollectionEntry;
  claimSlug: string;
}

/** One path per claim of every story: the claims each story's context holds. Each carries its story's cache key, so an
 * incremental build renders a claim's routes again only when its story (or the site) changed. */
export async function claimPaths() {
  const stories = await allStories();
  const pages = await Promise.all(
    stories.map(async (story) => {
      const [context, cacheKey] = await Promise.all([storyContext(story), storyCacheKey(story)]);
      return [...context.claims.values()].map((claim) => ({ params: { story: story.id, claim: claim.slug }, props: { story, claimSlug: claim.slug } satisfies ClaimRouteProps, cacheKey }));
    }),
  );
  return pages.flat();
}

/** What every per-claim route renders from: the claim, its story's context and the site. */
export async function claimOfRoute({ story, claimSlug }: ClaimRouteProps) {
  const [context, site] = await Promise.all([storyContext(story), siteInfo()]);
  const claim = context.claims.get(claimSlug);
  if (!claim) throw new Error(`no claim ${claimSlug}`);
  return { context, site, claim };
}
