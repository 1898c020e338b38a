// RSS feed of corrections, updates and clarifications across all stories: one item per correction, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allStories, allVerdicts, siteInfo } from '../data/collections.ts';
import { correctionFeedItems } from '../lib/publishing/feeds.ts';
import { absolute, paths } from '../lib/publishing/site-routes.ts';

export const GET: APIRoute = async () => {
  const [stories, verdicts, site] = await Promise.all([allStories(), allVerdicts(), siteInfo()]);
  const label = (id: string) => verdicts.find((v) => v.id === id)?.label;
  return rss({
    title: `${site.name}: corrections`,
    description: `Every correction, update and clarification to the fact checks of ${site.name}, newest first.`,
    site: absolute(paths.corrections()),
    items: correctionFeedItems(stories, label, { routes: paths, absolute }),
    customData: `<language>${site.language}</language>`,
    trailingSlash: true,
  });
};
