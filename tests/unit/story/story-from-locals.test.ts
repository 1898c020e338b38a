import { describe, expect, it } from 'vitest';
import { requireStory, storyWithProps, storyWorld } from '../../../src/lib/story/story-from-locals.ts';
import { term } from '../integrity/make-bundle.ts';
import { demoContext } from './make-context.ts';

const story = demoContext();

describe('requireStory', () => {
  it("gives the page's story context", () => {
    expect(requireStory({ story }, 'Claim')).toBe(story);
  });

  it('throws naming the component when the page set no story', () => {
    expect(() => requireStory({}, 'ClaimsSummary')).toThrow('<ClaimsSummary> can only be used inside a story (the page must set Astro.locals.story)');
  });
});

describe('storyWorld', () => {
  const world = storyWorld(story);

  it('is the world of the story it was made from', () => {
    expect(world.storyId).toBe('demo');
  });

  it("knows the story's own claims only", () => {
    expect([world.exists('claim', 'sales'), world.exists('claim', 'elsewhere')]).toEqual([true, false]);
    expect([...world.known('claim')]).toEqual(['sales', 'future']);
  });

  it("knows the site's sources, datasets, glossary terms and ratings", () => {
    expect([...world.known('source')]).toEqual(['stats', 'news']);
    expect([...world.known('dataset')]).toEqual(['sales']);
    expect([...world.known('term')]).toEqual(['widget']);
    expect([...world.known('verdict')]).toEqual(['true', 'misleading', 'false', 'opinion']);
    expect([world.exists('source', 'stats'), world.exists('dataset', 'sales'), world.exists('term', 'widget'), world.exists('verdict', 'opinion')]).toEqual([true, true, true, true]);
  });

  it("knows only the glossary terms of this story, not those scoped to another", () => {
    const scoped = storyWorld(demoContext({ glossary: [term(0, 'widget'), term(1, 'theirs', { stories: ['other'] })] }));
    expect([scoped.exists('term', 'widget'), scoped.exists('term', 'theirs')]).toEqual([true, false]);
  });

  it('answers for an id of one kind only as that kind', () => {
    expect([world.exists('source', 'sales'), world.exists('dataset', 'stats')]).toEqual([false, false]);
  });

  it('gives the columns of a dataset with its metadata file, and none for a dataset it lacks', () => {
    expect(world.columns('sales')).toEqual({ file: 'content/datasets/sales.yaml', columns: story.datasets.get('sales')?.table.columns });
    expect(world.columns('nope')).toBeUndefined();
  });

  it('can be asked again and again: the known ids are not used up', () => {
    expect([world.exists('claim', 'future'), world.exists('claim', 'future'), [...world.known('claim')].length, [...world.known('claim')].length]).toEqual([true, true, 2, 2]);
  });
});

describe('storyWithProps', () => {
  it('gives the story when the props pass the checks', () => {
    expect(storyWithProps({ story }, 'Claim', { id: 'sales' })).toBe(story);
  });

  it('throws naming the story file, the tag and the fix when a prop does not', () => {
    expect(() => storyWithProps({ story }, 'Claim', { id: 'ghost' })).toThrow(
      'content/stories/demo/index.mdx › <Claim id="ghost">: no claim "ghost" in content/claims/demo/ (known: sales, future). Fix: fix the id, or add content/claims/demo/ghost.yaml',
    );
  });

  it('checks the columns a chart names against the dataset', () => {
    expect(() => storyWithProps({ story }, 'BarChart', { dataset: 'sales', label: 'region', value: 'region' })).toThrow(
      'content/stories/demo/index.mdx › <BarChart value="region">: column "region" of dataset "sales" has the wrong type',
    );
  });

  it('checks a Scrolly against the props of the chart it names', () => {
    expect(storyWithProps({ story }, 'Scrolly', { chart: 'line', dataset: 'sales', x: 'year', y: 'units' })).toBe(story);
    expect(() => storyWithProps({ story }, 'Scrolly', { chart: 'line', dataset: 'sales', label: 'region', value: 'units' })).toThrow('<Scrolly label>: unknown prop "label"');
  });

  it("ignores the data-astro-* attributes Astro adds to a component's props", () => {
    expect(storyWithProps({ story }, 'Verdict', { id: 'true', 'data-astro-cid-x1y2': '' })).toBe(story);
  });

  it('throws as requireStory does when the page set no story', () => {
    expect(() => storyWithProps({}, 'Claim', { id: 'sales' })).toThrow('<Claim> can only be used inside a story');
  });
});
