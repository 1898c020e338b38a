import { describe, expect, it } from 'vitest';
import { checkUnused } from '../../../src/lib/integrity/check-unused.ts';
import { bundleOf, claim, figure, salesDataset, source, story, term } from './make-bundle.ts';

describe('checkUnused', () => {
  it('is silent when every source, claim and dataset is used', () => {
    const bundle = bundleOf({
      stories: [story('demo', '<Cite source="news" />\n<Claim id="sales" />\n<BarChart dataset="sales" />')],
      claims: [claim('demo', 'sales', { evidence: [{ source: 'stats', excerpt: 'x' }] })],
      sources: [source('stats'), source('news')],
      datasets: [salesDataset()],
    });
    expect(checkUnused(bundle)).toEqual([]);
  });

  it('warns about a source nothing cites', () => {
    const bundle = bundleOf({ stories: [story('demo', '<Claim id="sales" />')], claims: [claim('demo', 'sales')], sources: [source('stats'), source('spare')] });
    expect(checkUnused(bundle)).toEqual([
      { severity: 'warning', file: 'content/sources/spare.yaml', field: '', message: 'is never cited', fix: 'cite it from a claim\'s evidence, a dataset or <Cite source="…" />, or delete it' },
    ]);
  });

  it('warns about a claim no story shows, and does not count its evidence as cited', () => {
    const bundle = bundleOf({ stories: [story('demo', 'No claims here.')], claims: [claim('demo', 'sales')], sources: [source('stats')] });
    expect(checkUnused(bundle)).toEqual([
      { severity: 'warning', file: 'content/sources/stats.yaml', field: '', message: 'is never cited', fix: 'cite it from a claim\'s evidence, a dataset or <Cite source="…" />, or delete it' },
      { severity: 'warning', file: 'content/claims/demo/sales.yaml', field: '', message: 'is never shown', fix: 'add <Claim id="sales" /> to content/stories/demo/index.mdx' },
    ]);
  });

  it('counts a claim as shown only by its own story', () => {
    const bundle = bundleOf({ stories: [story('demo', ''), story('other', '<Claim id="sales" />')], claims: [claim('demo', 'sales'), claim('other', 'sales')], sources: [source('stats')] });
    expect(checkUnused(bundle).map((p) => p.file)).toEqual(['content/claims/demo/sales.yaml']);
  });

  it('warns about a dataset no chart or figure check uses, and counts the sources it lists as cited', () => {
    const bundle = bundleOf({ stories: [story('demo', '')], sources: [source('stats')], datasets: [salesDataset('spare')] });
    expect(checkUnused(bundle)).toEqual([
      { severity: 'warning', file: 'content/datasets/spare.yaml', field: '', message: 'is never drawn or used in a figure check', fix: "use it in a chart or a claim's figures, or delete it" },
    ]);
  });

  it('waits while a story cannot be read: no warning about sources, datasets or that story\'s claims', () => {
    const bundle = bundleOf({
      stories: [story('demo', 'Fine.'), story('broken', '<Claim id="a">')],
      claims: [claim('broken', 'a'), claim('demo', 'b')],
      sources: [source('stats')],
      datasets: [salesDataset('spare')],
      declared: { stories: ['gone'] },
    });
    expect(checkUnused(bundle).map((p) => [p.file, p.message])).toEqual([['content/claims/demo/b.yaml', 'is never shown']]);
  });

  it('counts a dataset used by a shown claim\'s figure check, and the dataset\'s sources as cited', () => {
    const bundle = bundleOf({
      stories: [story('demo', '<Claim id="sales" />')],
      claims: [claim('demo', 'sales', { evidence: [{ source: 'news', excerpt: 'x' }], figures: [figure()] })],
      sources: [source('stats'), source('news')],
      datasets: [salesDataset()],
    });
    expect(checkUnused(bundle)).toEqual([]);
  });

  it('counts glossary sources as cited', () => {
    const bundle = bundleOf({ sources: [source('wiki')], glossary: [term(0, 'widget', { sources: ['wiki'] })] });
    expect(checkUnused(bundle)).toEqual([]);
  });

  it('does not count usages inside code blocks', () => {
    const bundle = bundleOf({ stories: [story('demo', '```\n<Cite source="stats" />\n```')], sources: [source('stats')] });
    expect(checkUnused(bundle).map((p) => p.message)).toEqual(['is never cited']);
  });
});
