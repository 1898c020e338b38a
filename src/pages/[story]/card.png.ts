// The story's social card (og:image): 1200×630 PNG with the title, the site name and how many claims got which rating.
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths, siteInfo, storyContext, type StoryEntry } from '../../data/collections.ts';
import { countByVerdict } from '../../lib/claims-summary.ts';
import { tallies } from '../../lib/feeds.ts';
import { renderCardPng } from '../../lib/site/render-card.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const story = props.story as StoryEntry;
  const [context, site] = await Promise.all([storyContext(story), siteInfo()]);
  const png = renderCardPng({ title: story.data.title, siteName: site.name, counts: tallies(countByVerdict(context.verdicts, context.claimOrder)) });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
