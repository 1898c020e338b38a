// RSS feed of the fact checks, newest first: title, link, date, and the dek with how many claims got which rating.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allStories, siteInfo, storyContext } from '../data/collections.ts';
import { countByVerdict } from '../lib/verdicts/verdict-counts.ts';
import { storyFeedItems } from '../lib/publishing/feeds.ts';
import { absolute, paths } from '../lib/publishing/site-routes.ts';

export const GET: APIRoute = async () => {
  const [stories, site] = await Promise.all([allStories(), siteInfo()]);
  const feedStories = await Promise.all(
    stories.map(async (story) => {
      const context = await storyContext(story);
      return { id: story.id, data: story.data, counts: countByVerdict(context.verdicts, context.claimOrder) };
    }),
  );
  return rss({
    title: `${site.name}: fact checks`,
    description: site.tagline,
    site: absolute(paths.home()),
    items: storyFeedItems(feedStories, { routes: paths, absolute }),
    customData: `<language>${site.language}</language>`,
    trailingSlash: true,
  });
};
