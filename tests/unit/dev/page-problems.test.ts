import { describe, expect, it } from 'vitest';
import { error, warning } from '../../../src/lib/content/problem.ts';
import { problemsForStory, storyFiles } from '../../../src/lib/dev/page-problems.ts';
import { bundleOf, claim, original, salesDataset, scale, source, story, term } from '../integrity/make-bundle.ts';

const bundle = bundleOf({
  stories: [story('demo', 'Sales<Cite source="news" />.\n\n<BarChart dataset="sales" label="region" value="units" />\n'), story('other', 'Text.')],
  originals: [original('demo', 'Body.'), original('other', 'Body.')],
  claims: [claim('demo', 'a', { evidence: [{ source: 'stats', excerpt: 'x' }] }), claim('other', 'b', { evidence: [{ source: 'far', excerpt: 'x' }] })],
  sources: [source('stats'), source('news'), source('far')],
  datasets: [salesDataset()],
  verdicts: scale(),
  glossary: [term(0, 'widget')],
});

describe('storyFiles', () => {
  it('lists the story, its original and claims, the sources and datasets it draws on, the glossary and the scale', () => {
    expect([...storyFiles(bundle, 'demo')].sort()).toEqual(
      [
        'content/claims/demo/a.yaml',
        'content/datasets/sales.csv',
        'content/datasets/sales.yaml',
        'content/glossary.yaml',
        'content/originals/demo.md',
        'content/sources/news.yaml',
        'content/sources/stats.yaml',
        'content/stories/demo/index.mdx',
        'content/verdicts.yaml',
      ].sort(),
    );
  });
});

describe('problemsForStory', () => {
  const problems = [
    error('content/claims/demo/a.yaml', 'verdict', 'is off the scale', 'fix it'),
    warning('content/sources/far.yaml', '', 'is never cited', 'cite it'),
    error('content/stories/broken/index.mdx', 'published', 'is not a date', 'fix it'),
  ];

  it('keeps the problems of the files the story draws on', () => {
    expect(problemsForStory(problems, bundle, 'demo').map((p) => p.file)).toEqual(['content/claims/demo/a.yaml']);
  });

  it('keeps every problem on pages of no story', () => {
    expect(problemsForStory(problems, bundle, undefined)).toHaveLength(3);
  });

  it('keeps a story that did not load to the problems of its own folders', () => {
    const withBroken = { ...bundle, declared: { ...bundle.declared, stories: new Set([...bundle.declared.stories, 'broken']) } };
    expect(problemsForStory(problems, withBroken, 'broken').map((p) => p.file)).toEqual(['content/stories/broken/index.mdx']);
  });
});
