// The story's social card (og:image): 1200×630 PNG with the title, the site name and how many claims got which rating.
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths, siteInfo, storyContext, type StoryCollectionEntry } from '../../data/collections.ts';
import { countByVerdict } from '../../lib/verdicts/verdict-counts.ts';
import { drawCardAhead, renderCardPng, type CardContent } from '../../lib/social-card/render-card.ts';

async function storyCard(story: StoryCollectionEntry): Promise<CardContent> {
  const [context, site] = await Promise.all([storyContext(story), siteInfo()]);
  return { title: story.data.title, siteName: site.name, counts: countByVerdict(context.verdicts, context.claimOrder) };
}

// In a build every card is started here, before any page renders: they are drawn on libuv's thread pool into the card
// cache while the main thread renders the other pages, and are ready (or nearly) when Astro reaches this route, which
// reads the file back. The no-op catch only keeps a failure from counting as unhandled before GET awaits it; GET
// still throws it and fails the build.
export const getStaticPaths = (async () => {
  const paths = await storyPaths();
  if (!import.meta.env.PROD) return paths;
  return paths.map((path) => {
    const drawn = storyCard(path.props.story).then(drawCardAhead);
    drawn.catch(() => undefined);
    return { ...path, props: { ...path.props, drawn } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  await (props.drawn as Promise<void> | undefined);
  const png = await renderCardPng(await storyCard(props.story as StoryCollectionEntry));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
