import { describe, expect, it } from 'vitest';
import { EXPRESSION } from '../../../src/lib/content/story-mdx.ts';
import { buildStoryContext, shownClaims, type StoryInputs } from '../../../src/lib/story/story-context.ts';
import { claim, figure, original, salesDataset, scale, source, story, term } from '../integrity/make-bundle.ts';

const sales = claim('demo', 'sales', { evidence: [{ source: 'stats', excerpt: 'x' }], figures: [figure()] });
const future = claim('demo', 'future', { verdict: 'opinion', evidence: [{ source: 'news', excerpt: 'y' }, { source: 'stats', excerpt: 'z' }] });
const elsewhere = claim('other', 'elsewhere');

function inputs(body: string, overrides: Partial<StoryInputs> = {}): StoryInputs {
  return {
    storyId: 'demo',
    story: story('demo', body).data,
    original: original('demo', 'Sales reached 140 million.'),
    body,
    claims: [sales, future, elsewhere],
    sources: [source('stats'), source('news'), source('report')],
    verdicts: scale().map((item) => item.data),
    datasets: [salesDataset()],
    glossary: [term(0, 'widget').data],
    ...overrides,
  };
}

describe('buildStoryContext: claims', () => {
  it("keeps the story's own claims, by short id", () => {
    expect([...buildStoryContext(inputs('')).claims.keys()]).toEqual(['sales', 'future']);
  });

  it('gives each claim its rating from the scale', () => {
    const context = buildStoryContext(inputs(''));
    expect([context.claims.get('sales')?.verdict.label, context.claims.get('future')?.verdict.label]).toEqual(['True', 'Opinion']);
  });

  it('keeps the claim entry as read', () => {
    const context = buildStoryContext(inputs(''));
    expect(context.claims.get('sales')).toMatchObject({ file: sales.file, id: 'demo/sales', story: 'demo', slug: 'sales', data: sales.data });
  });

  it('computes each figure check from its dataset', () => {
    const [checked] = buildStoryContext(inputs('')).claims.get('sales')?.figures ?? [];
    expect(checked?.check).toBe(sales.data.figures[0]);
    expect(checked?.result).toMatchObject({ ok: true, rowsUsed: 2, agrees: true });
    expect(checked?.result?.ok && checked.result.computed).toBeCloseTo(139.2, 10);
  });

  it('gives a figure check naming a dataset the site lacks a failed result, not an error', () => {
    const lost = claim('demo', 'sales', { figures: [figure({ compute: { dataset: 'gone' } })] });
    const [checked] = buildStoryContext(inputs('', { claims: [lost] })).claims.get('sales')?.figures ?? [];
    expect(checked?.result).toEqual({ ok: false, field: 'compute.dataset', message: 'no dataset "gone"', fix: 'fix the id' });
  });

  it('computes nothing for an unverified figure without data', () => {
    const { compute: _compute, tolerance: _tolerance, ...stated } = figure({ assessment: 'unverified' });
    const unverified = claim('demo', 'sales', { figures: [{ ...stated, note: 'No source gives it.' }] });
    expect(buildStoryContext(inputs('', { claims: [unverified] })).claims.get('sales')?.figures).toEqual([{ check: { ...stated, note: 'No source gives it.' } }]);
  });

  it('throws naming the file and the field for a rating not on the scale (the checks report it first)', () => {
    const unrated = claim('demo', 'sales', { verdict: 'pants-on-fire' });
    expect(() => buildStoryContext(inputs('', { claims: [unrated] }))).toThrow('content/claims/demo/sales.yaml › verdict: "pants-on-fire" is not on the rating scale');
  });

  it("does not look at the ratings of other stories' claims", () => {
    const other = claim('other', 'x', { verdict: 'pants-on-fire' });
    expect(() => buildStoryContext(inputs('', { claims: [sales, other] }))).not.toThrow();
  });
});

describe('buildStoryContext: order', () => {
  it('orders the claims as the story shows them, then those it does not show', () => {
    expect(buildStoryContext(inputs('<Claim id="future" />')).claimOrder.map((c) => c.slug)).toEqual(['future', 'sales']);
  });

  it('lists a claim shown twice once, where it first appears', () => {
    expect(buildStoryContext(inputs('<Claim id="future" />\n\n<Claim id="sales" />\n\n<Claim id="future" />')).claimOrder.map((c) => c.slug)).toEqual(['future', 'sales']);
  });

  it('passes over a <Claim> naming a claim the story does not have', () => {
    expect(buildStoryContext(inputs('<Claim id="elsewhere" />\n\n<Claim id="sales" />')).claimOrder.map((c) => c.slug)).toEqual(['sales', 'future']);
  });

  it('keeps the order the claims were read in when the story shows none', () => {
    expect(buildStoryContext(inputs('No claims.')).claimOrder.map((c) => c.slug)).toEqual(['sales', 'future']);
  });
});

describe('buildStoryContext: what the components look up', () => {
  const context = buildStoryContext(inputs('Text<Cite source="report" />.\n\n<Claim id="future" />\n\n<Claim id="sales" />\n\n<div>HTML</div>'));

  it('keeps the story, its id and its original', () => {
    expect([context.storyId, context.story.title, context.original.id]).toEqual(['demo', 'A story', 'demo']);
  });

  it("holds the glossary terms of every story and of this one, less those the story excludes", () => {
    const glossary = [term(0, 'widget').data, term(1, 'mine', { stories: ['demo'] }).data, term(2, 'theirs', { stories: ['other'] }).data, term(3, 'unwanted').data];
    const scoped = buildStoryContext(inputs('', { glossary, story: story('demo', '', { excludeTerms: ['unwanted'] }).data }));
    expect([...scoped.glossary.keys()]).toEqual(['widget', 'mine']);
  });

  it('holds the sources, datasets and glossary by id, and the scale in order', () => {
    expect([...context.sources.keys()]).toEqual(['stats', 'news', 'report']);
    expect([...context.datasets.keys()]).toEqual(['sales']);
    expect([...context.glossary.keys()]).toEqual(['widget']);
    expect(context.verdicts.map((v) => v.id)).toEqual(['true', 'misleading', 'false', 'opinion']);
  });

  it('numbers the citations in reading order, claims by their evidence', () => {
    expect(context.citations.order).toEqual(['report', 'news', 'stats']);
    expect(context.citations.numbers.get('stats')).toBe(3);
  });

  it('reads the components of the MDX once, HTML left out', () => {
    expect(context.usages.map((u) => [u.component, u.props])).toEqual([
      ['Cite', { source: 'report' }],
      ['Claim', { id: 'future' }],
      ['Claim', { id: 'sales' }],
    ]);
  });

  it('has no usages and no citations for a body that does not parse, keeping every claim', () => {
    const broken = buildStoryContext(inputs('<Claim id="sales">\n\nNever closed.'));
    expect([broken.usages, broken.citations.order, broken.claimOrder.map((c) => c.slug)]).toEqual([[], [], ['sales', 'future']]);
  });
});

describe('buildStoryContext: maps shared across stories', () => {
  it('uses the maps of sources and datasets it is given, so every story of a build shares one (not a copy each)', () => {
    const sources = new Map([source('stats'), source('news')].map((s) => [s.id, s]));
    const datasets = new Map([salesDataset()].map((d) => [d.id, d]));
    const first = buildStoryContext(inputs('', { sources, datasets }));
    const second = buildStoryContext(inputs('', { storyId: 'other', sources, datasets }));
    expect(first.sources).toBe(sources);
    expect(second.datasets).toBe(datasets);
    expect(first.claims.get('sales')?.figures[0]?.result).toEqual(buildStoryContext(inputs('')).claims.get('sales')?.figures[0]?.result);
  });
});

describe('shownClaims', () => {
  it('is the short ids of the claims the story shows', () => {
    expect(shownClaims(buildStoryContext(inputs('<Claim id="future" />\n\n<Claim id="future" />')))).toEqual(new Set(['future']));
  });

  it('counts the id as written, whether or not the claim exists', () => {
    expect(shownClaims(buildStoryContext(inputs('<Claim id="ghost" />')))).toEqual(new Set(['ghost']));
  });

  it('leaves out a claim whose id is an expression, and other components', () => {
    const context = buildStoryContext(inputs('<Claim id={slug} />\n\n<Verdict id="true" />'));
    expect(context.usages.map((u) => u.props.id)).toEqual([EXPRESSION, 'true']);
    expect(shownClaims(context)).toEqual(new Set());
  });
});
