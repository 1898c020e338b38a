// A claim's social card (og:image of its page): 1200×630 PNG with the claim, the site name and its rating.
import type { APIRoute, GetStaticPaths } from 'astro';
import { claimOfRoute, claimPaths, type ClaimRouteProps } from '../../../../data/claim-paths.ts';
import { drawCardAhead, renderCardPng, type CardContent } from '../../../../lib/social-card/render-card.ts';

async function claimCard(props: ClaimRouteProps): Promise<CardContent> {
  const { site, claim } = await claimOfRoute(props);
  return { title: claim.data.claimReviewed, siteName: site.name, counts: [], rating: claim.verdict };
}

// As for the story cards (src/pages/[story]/card.png.ts): in a build every card is started before any page renders,
// drawn on the thread pool while pages render; the no-op catch leaves the failure for GET to throw.
export const getStaticPaths = (async () => {
  const paths = await claimPaths();
  if (!import.meta.env.PROD) return paths;
  return paths.map((path) => {
    const drawn = claimCard(path.props).then(drawCardAhead);
    drawn.catch(() => undefined);
    return { ...path, props: { ...path.props, drawn } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  await (props.drawn as Promise<void> | undefined);
  const png = await renderCardPng(await claimCard(props as ClaimRouteProps));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
