import { describe, expect, it } from 'vitest';
import { EXPRESSION } from '../../../src/lib/content/story-mdx.ts';
import type { ColumnMeta } from '../../../src/lib/content/table.ts';
import { checkProps, describeProblem, missingRef, NO_CONTENT, tagOf, type PropProblem, type PropWorld } from '../../../src/lib/registry/check-props.ts';
import { defineComponent, type RefKind } from '../../../src/lib/registry/prop-spec.ts';

/** A component with one prop of every kind. */
const WIDGET = defineComponent({
  doc: 'A test component.',
  example: '<Widget dataset="sales" label="region" />',
  children: 'none',
  props: {
    dataset: { kind: 'ref', to: 'dataset', required: true, doc: 'Data.' },
    label: { kind: 'column', required: true, doc: 'Any column.' },
    value: { kind: 'column', types: ['number', 'integer'], list: true, doc: 'Number columns.' },
    x: { kind: 'column', types: ['date'], doc: 'One date column.' },
    title: { kind: 'text', doc: 'Text.' },
    sort: { kind: 'choice', values: ['none', 'asc', 'desc'], doc: 'Order.', default: 'table order' },
    mode: { kind: 'choice', values: ['a', 'b'], doc: 'No default.' },
    percent: { kind: 'boolean', doc: 'Flag.' },
    from: { kind: 'key', doc: 'One key.' },
    highlight: { kind: 'keys', doc: 'Keys.' },
    claim: { kind: 'ref', to: 'claim', doc: 'A claim.' },
    source: { kind: 'ref', to: 'source', doc: 'A source.' },
    term: { kind: 'ref', to: 'term', doc: 'A term.' },
    verdict: { kind: 'ref', to: 'verdict', doc: 'A rating.' },
    where: { kind: 'where', doc: 'Rows.' },
    annotations: { kind: 'annotations', doc: 'Callouts.' },
  },
});

const COLUMNS: ColumnMeta[] = [
  { name: 'region', type: 'string' },
  { name: 'year', type: 'integer' },
  { name: 'units', type: 'number' },
  { name: 'date', type: 'date' },
];

/** Loaded: claim sales, source stats, datasets sales and undated, term widget, verdict true. "broken" exists but did not load. */
const LOADED: Record<RefKind, string[]> = { claim: ['sales'], source: ['stats'], dataset: ['sales', 'undated'], term: ['widget'], verdict: ['true'] };
const world: PropWorld = {
  storyId: 'demo',
  exists: (kind, id) => LOADED[kind].includes(id) || (kind === 'dataset' && id === 'broken'),
  known: (kind) => LOADED[kind],
  columns: (id) =>
    id === 'sales' ? { file: 'content/datasets/sales.yaml', columns: COLUMNS } : id === 'undated' ? { file: 'content/datasets/undated.yaml', columns: COLUMNS.filter((c) => c.type !== 'date') } : undefined,
};

const BASE = { dataset: 'sales', label: 'region' };
/** The problems with BASE plus `extra`. */
const check = (extra: Record<string, unknown>, props: Record<string, unknown> = BASE) => checkProps('Widget', WIDGET, { ...props, ...extra }, world);
const only = (problem: PropProblem) => [problem];

describe('checkProps: text', () => {
  it('accepts text', () => {
    expect(check({ title: 'Sales' })).toEqual([]);
  });

  it('refuses a number, a list, an object or a boolean, saying which it got', () => {
    expect(check({ title: 42 })).toEqual(only({ prop: 'title', message: 'must be text, not 42', fix: 'write it in quotes: title="…"' }));
    expect(check({ title: ['a'] })[0]?.message).toBe('must be text, not a list');
    expect(check({ title: { a: 1 } })[0]?.message).toBe('must be text, not an object');
    expect(check({ title: true })[0]?.message).toBe('must be text, not true');
  });
});

describe('checkProps: choice', () => {
  it('accepts one of the values', () => {
    expect(check({ sort: 'desc' })).toEqual([]);
  });

  it('refuses another word, listing the values and naming the default', () => {
    expect(check({ sort: 'up' })).toEqual(only({ prop: 'sort', value: 'up', message: 'must be one of "none", "asc", "desc"', fix: 'write sort="none", or leave it out for table order' }));
  });

  it('refuses a value that is not text, without quoting it', () => {
    expect(check({ sort: 1 })).toEqual(only({ prop: 'sort', message: 'must be one of "none", "asc", "desc"', fix: 'write sort="none", or leave it out for table order' }));
  });

  it('names no default when the choice has none', () => {
    expect(check({ mode: 'c' })[0]?.fix).toBe('write mode="a", or leave it out');
  });

  it('matches the case of the values exactly', () => {
    expect(check({ sort: 'Desc' })).toHaveLength(1);
  });
});

describe('checkProps: boolean', () => {
  it('accepts true and false', () => {
    expect([check({ percent: true }), check({ percent: false })]).toEqual([[], []]);
  });

  it('refuses the words "true" and "yes"', () => {
    expect(check({ percent: 'yes' })).toEqual(only({ prop: 'percent', message: 'must be true or false, not "yes"', fix: 'write percent alone for true, or percent={false}' }));
    expect(check({ percent: 'true' })[0]?.message).toBe('must be true or false, not "true"');
  });
});

describe('checkProps: key', () => {
  it('accepts text and numbers', () => {
    expect([check({ from: '2020-05' }), check({ from: 2020 })]).toEqual([[], []]);
  });

  it('refuses a list, an object and a number that is not finite', () => {
    expect(check({ from: ['a'] })).toEqual(only({ prop: 'from', message: 'must be one key (text or a number), not a list', fix: 'write from="…" or from={2020}' }));
    expect(check({ from: { at: 1 } })[0]?.message).toBe('must be one key (text or a number), not an object');
    expect(check({ from: Number.POSITIVE_INFINITY })[0]?.message).toBe('must be one key (text or a number), not Infinity');
  });
});

describe('checkProps: keys', () => {
  it('accepts one key or a list of text and numbers', () => {
    expect([check({ highlight: 'china' }), check({ highlight: 2020 }), check({ highlight: ['china', 2020] }), check({ highlight: [] })]).toEqual([[], [], [], []]);
  });

  it('refuses a list holding anything else', () => {
    expect(check({ highlight: ['china', { at: 1 }] })).toEqual(only({ prop: 'highlight', message: 'must be a key or a list of keys, not a list', fix: 'write highlight="…", or highlight={["…", "…"]} for several' }));
  });

  it('refuses a boolean', () => {
    expect(check({ highlight: true })[0]?.message).toBe('must be a key or a list of keys, not true');
  });
});

describe('checkProps: ref', () => {
  it('accepts an id that exists, of every kind', () => {
    expect(check({ claim: 'sales', source: 'stats', term: 'widget', verdict: 'true' })).toEqual([]);
  });

  it('accepts an id whose file exists but did not load: its own problems are reported there', () => {
    expect(check({ dataset: 'broken' })).toEqual([]);
  });

  it('refuses an empty id or one that is not text, naming what it must be', () => {
    expect(check({ claim: '' })).toEqual(only({ prop: 'claim', message: 'must be the id of a claim', fix: 'write claim="…"' }));
    expect(check({ term: 7 })).toEqual(only({ prop: 'term', message: 'must be the id of a glossary term', fix: 'write term="…"' }));
  });

  it("refuses a claim the story does not have, naming the story's folder", () => {
    expect(check({ claim: 'slaes' })).toEqual(only({ prop: 'claim', value: 'slaes', message: 'no claim "slaes" in content/claims/demo/ (known: sales)', fix: 'fix the id, or add content/claims/demo/slaes.yaml' }));
  });

  it('refuses an unknown source, dataset, term and rating, each with its fix', () => {
    expect(check({ source: 'nope' })).toEqual(only({ prop: 'source', value: 'nope', message: 'no source "nope" (known: stats)', fix: 'fix the id, or add content/sources/nope.yaml' }));
    expect(check({ dataset: 'nope' })).toEqual(only({ prop: 'dataset', value: 'nope', message: 'no dataset "nope" (known: sales, undated)', fix: 'fix the id, or add content/datasets/nope.csv with its .yaml' }));
    expect(check({ term: 'nope' })).toEqual(only({ prop: 'term', value: 'nope', message: 'no glossary term "nope" (known: widget)', fix: 'add it to content/glossary.yaml or fix the id' }));
    expect(check({ verdict: 'nope' })).toEqual(only({ prop: 'verdict', value: 'nope', message: '"nope" is not on the rating scale (known: true)', fix: 'use an id from content/verdicts.yaml' }));
  });
});

describe('checkProps: column', () => {
  it('accepts a column of the dataset, of a declared type, one or a list', () => {
    expect(check({ value: 'units', x: 'date' })).toEqual([]);
    expect(check({ value: ['units', 'year'] })).toEqual([]);
  });

  it('refuses a column the dataset does not have, suggesting the closest', () => {
    expect(check({ label: 'regoin' })).toEqual(only({ prop: 'label', value: 'regoin', message: 'dataset "sales" has no column "regoin" (known: region, year, date, units)', fix: 'use a column declared in content/datasets/sales.yaml' }));
  });

  it('reports each unknown column of a list', () => {
    expect(check({ value: ['units', 'sales', 'cost'] }).map((p) => p.value)).toEqual(['sales', 'cost']);
  });

  it('refuses a column of the wrong type, listing those that fit', () => {
    expect(check({ value: 'region' })).toEqual(
      only({ prop: 'value', value: 'region', message: 'column "region" of dataset "sales" has the wrong type: it is string, and value needs a number or integer column', fix: 'use one of: year (integer), units (number)' }),
    );
  });

  it('says to declare a column of the type when none fits', () => {
    expect(check({ dataset: 'undated', x: 'year' })[0]?.fix).toBe('declare a date column in content/datasets/undated.yaml');
  });

  it('refuses a list where one column is taken', () => {
    expect(check({ x: ['date'] })).toEqual(only({ prop: 'x', message: 'takes one column here, not a list', fix: 'name one column: x="…"' }));
  });

  it('refuses an empty list', () => {
    expect(check({ value: [] })).toEqual(only({ prop: 'value', message: 'names no column', fix: 'name at least one: value="…"' }));
  });

  it('refuses a value that names no column, saying whether a list is allowed', () => {
    expect(check({ label: 3 })).toEqual(only({ prop: 'label', message: 'must name one column', fix: 'write label="column"' }));
    expect(check({ value: [3] })).toEqual(only({ prop: 'value', message: 'must name one column or a list of columns', fix: 'write value="column" or value={["a", "b"]}' }));
  });
});

describe('checkProps: where', () => {
  it('accepts conditions on columns of the dataset', () => {
    expect(check({ where: 'region=china&year!=2020' })).toEqual([]);
  });

  it('refuses text that is not a row filter', () => {
    expect(check({ where: 'china' })).toEqual(only({ prop: 'where', value: 'china', message: 'is not a row filter', fix: 'write where="column=value"; join several conditions with &' }));
  });

  it('refuses a filter on a column the dataset does not have, quoting the whole filter', () => {
    expect(check({ where: 'year=2021&regio=china' })).toEqual(
      only({ prop: 'where', value: 'year=2021&regio=china', message: 'dataset "sales" has no column "regio" to filter on (known: region, year, date, units)', fix: 'use a column declared in content/datasets/sales.yaml' }),
    );
  });

  it('refuses a value that is not text', () => {
    expect(check({ where: 2021 })).toEqual(only({ prop: 'where', message: 'must be text, not 2021', fix: 'write where="column=value"' }));
  });
});

describe('checkProps: annotations', () => {
  it('accepts a list of callouts, at a text or number key', () => {
    expect(check({ annotations: [{ at: '2020', text: 'Peak' }, { at: 2021, text: 'Low' }] })).toEqual([]);
  });

  it('refuses one callout given alone, a callout without text, and one pointing at a list', () => {
    const problem = only({ prop: 'annotations', message: 'must be a list of callouts, each { at: "…", text: "…" }', fix: 'write annotations={[{ at: "2020", text: "Peak" }]}, or use <Annotation at="…" text="…" /> inside the chart' });
    expect(check({ annotations: { at: '2020', text: 'Peak' } })).toEqual(problem);
    expect(check({ annotations: [{ at: '2020' }] })).toEqual(problem);
    expect(check({ annotations: [{ at: ['2020'], text: 'Peak' }] })).toEqual(problem);
    expect(check({ annotations: [null] })).toEqual(problem);
  });
});

describe('checkProps: required props', () => {
  it('reports a missing required prop on the component, with no prop at fault', () => {
    expect(checkProps('Widget', WIDGET, { label: 'region' }, world)).toEqual(only({ message: 'is missing the `dataset` prop', fix: 'write it as dataset="…"' }));
  });

  it('offers the columns that would fit a missing column prop', () => {
    expect(checkProps('Widget', WIDGET, { dataset: 'sales' }, world)).toEqual(only({ message: 'is missing the `label` prop', fix: 'write it as label="…", naming a column of "sales": region, year, units, date' }));
  });

  it('counts a prop given as undefined as missing, and does not check it', () => {
    expect(check({ label: undefined, title: undefined })).toEqual(only({ message: 'is missing the `label` prop', fix: 'write it as label="…", naming a column of "sales": region, year, units, date' }));
  });
});

describe('checkProps: unknown props', () => {
  it('suggests the declared prop a misspelt one is closest to', () => {
    expect(check({ titel: 'Sales' })).toEqual(
      only({ prop: 'titel', message: 'unknown prop "titel"', fix: 'did you mean title? <Widget> takes dataset, label, value, x, title, sort, mode, percent, from, highlight, claim, source, term, verdict, where, annotations' }),
    );
  });

  it('ignores case when looking for the closest prop', () => {
    expect(check({ Percent: true })[0]?.fix).toMatch(/^did you mean percent\? /);
  });

  it('lists the props without a guess when nothing is close', () => {
    expect(check({ colour: 'red' })[0]?.fix).toBe('<Widget> takes dataset, label, value, x, title, sort, mode, percent, from, highlight, claim, source, term, verdict, where, annotations');
  });

  it('says a component takes no props when it declares none', () => {
    const bare = defineComponent({ doc: 'Bare.', example: '<Bare />', children: 'none', props: {} });
    expect(checkProps('Bare', bare, { id: 'x' }, NO_CONTENT)).toEqual(only({ prop: 'id', message: 'unknown prop "id"', fix: '<Bare> takes no props' }));
  });

  it("ignores Astro's own data-astro-* attributes, and no others", () => {
    expect(check({ 'data-astro-cid-abc123': '' })).toEqual([]);
    expect(check({ 'data-id': 'x' }).map((p) => p.message)).toEqual(['unknown prop "data-id"']);
  });

  it('reports unknown props first, then missing ones, then bad values', () => {
    expect(checkProps('Widget', WIDGET, { dataset: 'sales', sort: 'up', colour: 'red' }, world).map((p) => p.message)).toEqual(['unknown prop "colour"', 'is missing the `label` prop', 'must be one of "none", "asc", "desc"']);
  });
});

describe('checkProps: what it cannot evaluate', () => {
  it('skips values written as expressions, and counts them as given', () => {
    expect(check({ label: EXPRESSION, title: EXPRESSION, value: EXPRESSION })).toEqual([]);
  });

  it('skips column and filter checks when the dataset did not load', () => {
    expect(check({ dataset: 'broken', label: 'anything', value: 'whatever', where: 'nothing=1' })).toEqual([]);
  });

  it('still checks the shape of column props when the dataset did not load', () => {
    expect(check({ dataset: 'broken', value: [] })).toEqual(only({ prop: 'value', message: 'names no column', fix: 'name at least one: value="…"' }));
  });

  it('skips column checks when the dataset is an expression, and names no columns for a missing one', () => {
    expect(checkProps('Widget', WIDGET, { dataset: EXPRESSION, label: 'anything' }, world)).toEqual([]);
    expect(checkProps('Widget', WIDGET, { dataset: EXPRESSION }, world)).toEqual(only({ message: 'is missing the `label` prop', fix: 'write it as label="…"' }));
  });

  it('skips column checks when the dataset does not exist, reporting the dataset alone', () => {
    expect(check({ dataset: 'nope', label: 'anything' }).map((p) => p.prop)).toEqual(['dataset']);
  });
});

describe('checkProps: a world that knows why an id is missing', () => {
  const scoped: PropWorld = { ...world, whyMissing: (kind, id) => (kind === 'term' && id === 'theirs' ? { message: 'is a term of another story', fix: 'add this story to its stories:' } : undefined) };

  it("words a missing id the world's way when it has a reason", () => {
    expect(checkProps('Widget', WIDGET, { ...BASE, term: 'theirs' }, scoped)).toEqual(only({ prop: 'term', value: 'theirs', message: 'is a term of another story', fix: 'add this story to its stories:' }));
  });

  it('falls back to the usual wording when it has none', () => {
    expect(checkProps('Widget', WIDGET, { ...BASE, term: 'nope' }, scoped)).toEqual(check({ term: 'nope' }));
  });
});

describe('tagOf', () => {
  it('names the component, the prop and the value as far as they are known', () => {
    expect([tagOf('Claim'), tagOf('Claim', 'id'), tagOf('Claim', 'id', 'x')]).toEqual(['<Claim>', '<Claim id>', '<Claim id="x">']);
  });
});

describe('missingRef', () => {
  it('says there are none yet when nothing of the kind loaded', () => {
    expect(missingRef('source', 'x', NO_CONTENT)).toEqual({ message: 'no source "x" (there are none yet)', fix: 'fix the id, or add content/sources/x.yaml' });
  });

  it('lists up to ten ratings, the scale being short', () => {
    const scale = Array.from({ length: 12 }, (_, i) => `rating-${i}`);
    expect(missingRef('verdict', 'rating-x', { storyId: 'demo', known: () => scale }).message).toBe(
      '"rating-x" is not on the rating scale (known: rating-0, rating-1, rating-2, rating-3, rating-4, rating-5, rating-6, rating-7, rating-8, rating-9 …)',
    );
  });
});

describe('NO_CONTENT', () => {
  it('has nothing: no id exists, none is known, no dataset has columns', () => {
    expect([NO_CONTENT.exists('claim', 'x'), [...NO_CONTENT.known('source')], NO_CONTENT.columns('sales')]).toEqual([false, [], undefined]);
  });
});

describe('describeProblem', () => {
  it('words a problem as one line: tag, message, fix', () => {
    expect(describeProblem('Claim', { prop: 'id', value: 'x', message: 'no claim "x"', fix: 'fix the id' })).toBe('<Claim id="x">: no claim "x". Fix: fix the id');
  });

  it('names the component alone for a problem with no prop', () => {
    expect(describeProblem('Claim', { message: 'is missing the `id` prop', fix: 'write it as id="…"' })).toBe('<Claim>: is missing the `id` prop. Fix: write it as id="…"');
  });
});
