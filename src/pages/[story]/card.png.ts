// The story's social card (og:image): 1200×630 PNG with the title, the site name and how many claims got which rating.
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths, siteInfo, storyContext, type StoryCollectionEntry } from '../../data/collections.ts';
import { countByVerdict } from '../../lib/verdicts/verdict-counts.ts';
import { renderCardPng } from '../../lib/social-card/render-card.ts';

async function storyCard(story: StoryCollectionEntry): Promise<Uint8Array<ArrayBuffer>> {
  const [context, site] = await Promise.all([storyContext(story), siteInfo()]);
  return renderCardPng({ title: story.data.title, siteName: site.name, counts: countByVerdict(context.verdicts, context.claimOrder) });
}

// In a build every card is started here, before any page renders: they are drawn on libuv's thread pool while the
// main thread renders the other pages, and are ready (or nearly) when Astro reaches this route. The no-op catch only
// keeps a failure from counting as unhandled before GET awaits it; GET still throws it and fails the build.
export const getStaticPaths = (async () => {
  const paths = await storyPaths();
  if (!import.meta.env.PROD) return paths;
  return paths.map((path) => {
    const png = storyCard(path.props.story);
    png.catch(() => undefined);
    return { ...path, props: { ...path.props, png } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const started = props.png as Promise<Uint8Array<ArrayBuffer>> | undefined;
  const png = await (started ?? storyCard(props.story as StoryCollectionEntry));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
