// getStaticPaths of every per-claim route (the claim page, its embed page, its oEmbed response and its card).
import { allStories, storyContext, type StoryCollectionEntry } from './collections.ts';

export interface ClaimRouteProps {
  story: StoryCollectionEntry;
  claimSlug: string;
}

/** One path per claim of every story: the claims each story's context holds. */
export async function claimPaths() {
  const stories = await allStories();
  const pages = await Promise.all(
    stories.map(async (story) => {
      const context = await storyContext(story);
      return [...context.claims.values()].map((claim) => ({ params: { story: story.id, claim: claim.slug }, props: { story, claimSlug: claim.slug } satisfies ClaimRouteProps }));
    }),
  );
  return pages.flat();
}
