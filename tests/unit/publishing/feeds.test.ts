import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/lib/content/schema.ts';
import { correctionFeedItems, dayToDate, storyFeedItems } from '../../../src/lib/publishing/feeds.ts';
import { counted, rating } from '../verdicts/fixtures.ts';
import { absoluteUrl, routes } from '../../../src/lib/publishing/urls.ts';

const site = { routes: routes('/news/'), absolute: (path: string) => absoluteUrl('https://example.org', path) };

describe('storyFeedItems', () => {
  const stories = [
    { id: 'older', data: { title: 'Older', dek: 'Dek one.', published: '2026-01-02' }, counts: [counted(rating('True'), 2)] },
    { id: 'newer', data: { title: 'Newer', dek: 'Dek two.', published: '2026-03-04' }, counts: [] },
  ];
  it('lists stories newest first with absolute links under the base, dates, and dek plus verdict counts', () => {
    const items = storyFeedItems(stories, site);
    expect(items.map((i) => i.link)).toEqual(['https://example.org/news/newer/', 'https://example.org/news/older/']);
    expect(items[1]).toMatchObject({ title: 'Older', description: 'Dek one. 2 claims checked: 2 True.' });
    expect(items[0]?.pubDate.toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });
});

describe('correctionFeedItems', () => {
  const c = (date: string, text: string, extra: Partial<Correction> = {}): Correction => ({ date, kind: 'correction', text, ...extra });
  const stories = [
    { id: 'a', data: { title: 'Story A', corrections: [c('2026-02-01', 'First fix'), c('2026-05-01', 'Rated again.', { kind: 'update', verdictBefore: 'true', verdictAfter: 'false' })] } },
    { id: 'b', data: { title: 'Story B', corrections: [c('2026-03-01', 'Typo in a figure')] } },
  ];
  const verdictLabel = (id: string) => ({ true: 'True', false: 'False' })[id];
  const items = correctionFeedItems(stories, verdictLabel, site);
  it('has one item per correction, newest first', () => {
    expect(items.map((i) => i.pubDate.toISOString().slice(0, 10))).toEqual(['2026-05-01', '2026-03-01', '2026-02-01']);
  });
  it('links each item to its own correction in the story log, so every item has its own URL', () => {
    expect(items.map((i) => i.link)).toEqual([
      'https://example.org/news/a/#correction-2',
      'https://example.org/news/b/#correction-1',
      'https://example.org/news/a/#correction-1',
    ]);
  });
  it('titles the item with the kind, date and story, and says how a rating changed', () => {
    expect(items[0]).toMatchObject({ title: 'Update (2026-05-01): Story A', description: 'Rated again. Rating changed from True to False.', categories: ['update'] });
    expect(items[2]?.description).toBe('First fix.');
  });
});

describe('dayToDate', () => {
  it('is midnight UTC of that day, whatever the time zone', () => {
    expect(dayToDate('2026-11-25').toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });
});
