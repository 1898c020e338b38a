// The items of the RSS feeds: new stories, with their verdict summary, and corrections.
// Pure: give it the stories, their verdict counts and the URL helpers; the endpoints hand the result to @astrojs/rss.
import type { Correction, StoryData } from '../content/schema.ts';
import { verdictSummaryText, type VerdictCount } from '../verdicts/verdict-counts.ts';
import { allCorrections } from '../story/corrections.ts';
import type { Routes } from './urls.ts';

export interface FeedItem {
  title: string;
  /** Absolute URL. */
  link: string;
  pubDate: Date;
  description: string;
  categories?: string[];
}

export interface FeedSite {
  routes: Routes;
  /** Absolute URL of a path built by `routes`. */
  absolute: (path: string) => string;
}

/** A date written YYYY-MM-DD as the start of that day in UTC, so the feed date never shifts with time zones. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export interface FeedStory {
  id: string;
  data: Pick<StoryData, 'title' | 'dek' | 'published'>;
  counts: readonly VerdictCount<unknown>[];
}

/** One item per story, newest first: title, link, publication date, and the dek followed by the verdict summary. */
export function storyFeedItems(stories: readonly FeedStory[], site: FeedSite): FeedItem[] {
  return [...stories]
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id))
    .map((story) => ({
      title: story.data.title,
      link: site.absolute(site.routes.story(story.id)),
      pubDate: dayToDate(story.data.published),
      description: `${story.data.dek} ${verdictSummaryText(story.counts)}`,
    }));
}

const KIND_LABEL: Record<Correction['kind'], string> = { correction: 'Correction', update: 'Update', clarification: 'Clarification' };

/** One item per correction across all stories, newest first; each links to the correction in its story's log. */
export function correctionFeedItems(
  stories: ReadonlyArray<{ id: string; data: { title: string; corrections: Correction[] } }>,
  verdictLabel: (id: string) => string | undefined,
  site: FeedSite,
): FeedItem[] {
  return allCorrections(stories).map((c) => {
    const before = c.verdictBefore ? verdictLabel(c.verdictBefore) : undefined;
    const after = c.verdictAfter ? verdictLabel(c.verdictAfter) : undefined;
    const change = before && after ? ` Rating changed from ${before} to ${after}.` : '';
    return {
      title: `${KIND_LABEL[c.kind]} (${c.date}): ${c.storyTitle}`,
      link: site.absolute(site.routes.correction(c.story, c.number)),
      pubDate: dayToDate(c.date),
      description: `${c.text}${/[.!?]$/.test(c.text.trim()) ? '' : '.'}${change}`,
      categories: [c.kind],
    };
  });
}
