import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../src/lib/integrity/check-references.ts';
import { bundleOf, claim, dataset, original, scale, source, story, term } from './make-bundle.ts';

const STORY = 'content/stories/demo/index.mdx';
const CLAIM = 'content/claims/demo/sales.yaml';

/** A complete, consistent bundle: story demo, its original, one claim citing "stats", one source. */
function valid() {
  return {
    stories: [story('demo', '<Claim id="sales" />')],
    originals: [original('demo', 'sales reached 140 million')],
    claims: [claim('demo', 'sales')],
    sources: [source('stats')],
    verdicts: scale(),
  };
}

describe('checkReferences', () => {
  it('accepts a bundle whose references all resolve', () => {
    expect(checkReferences(bundleOf(valid()))).toEqual([]);
  });

  it('reports evidence naming an unknown source, with the closest known ids and the fix', () => {
    const parts = { ...valid(), sources: [source('stats'), source('news')], claims: [claim('demo', 'sales', { evidence: [{ source: 'stats', excerpt: 'a' }, { source: 'stat', excerpt: 'b' }] })] };
    expect(checkReferences(bundleOf(parts))).toEqual([
      { severity: 'error', file: CLAIM, field: 'evidence[1].source', message: 'no source "stat" (known: stats, news)', fix: 'fix the id, or add content/sources/stat.yaml' },
    ]);
  });

  it('does not call a source missing when its file exists but is invalid', () => {
    const parts = { ...valid(), sources: [], declared: { sources: ['stats'] } };
    expect(checkReferences(bundleOf(parts))).toEqual([]);
  });

  it('says "there are none yet" when no source exists', () => {
    const parts = { ...valid(), sources: [] };
    expect(checkReferences(bundleOf(parts)).map((p) => p.message)).toEqual(['no source "stats" (there are none yet)']);
  });

  it('reports a claim verdict that is not on the rating scale', () => {
    const parts = { ...valid(), claims: [claim('demo', 'sales', { verdict: 'mostly-true' })] };
    expect(checkReferences(bundleOf(parts))).toEqual([
      { severity: 'error', file: CLAIM, field: 'verdict', message: '"mostly-true" is not on the rating scale (known: true, misleading, false, opinion)', fix: 'use an id from content/verdicts.yaml' },
    ]);
  });

  it('reports a claim whose folder has no story', () => {
    const parts = { ...valid(), claims: [claim('demo', 'sales'), claim('dmeo', 'lost')] };
    expect(checkReferences(bundleOf(parts))).toEqual([
      {
        severity: 'error',
        file: 'content/claims/dmeo/lost.yaml',
        field: '',
        message: 'belongs to story folder "dmeo", but there is no content/stories/dmeo/index.mdx',
        fix: "move the claim into a story's folder (known: demo)",
      },
    ]);
  });

  it('reports a glossary source that does not exist', () => {
    const parts = { ...valid(), glossary: [term(0, 'widget'), term(1, 'gadget', { sources: ['stats', 'wiki'] })] };
    expect(checkReferences(bundleOf(parts))).toEqual([
      { severity: 'error', file: 'content/glossary.yaml', field: '[1].sources[1]', message: 'no source "wiki" (known: stats)', fix: 'fix the id, or add content/sources/wiki.yaml' },
    ]);
  });

  it('reports a dataset source that does not exist', () => {
    const data = dataset('sales', [{ name: 'units', type: 'number' }], [{ units: 1 }], { sources: ['stats', 'ghost'] });
    const problems = checkReferences(bundleOf({ ...valid(), datasets: [data] }));
    expect(problems.map((p) => `${p.file} › ${p.field}: ${p.message}`)).toEqual([
      'content/datasets/sales.yaml › sources[1]: no source "ghost" (known: stats)',
      'content/datasets/sales.yaml › columns: names 2 sources but no column says which row comes from which',
    ]);
    expect(problems[1]?.fix).toBe('add a column with `type: source` giving each row its source id');
  });

  it('accepts a source column whose rows name sources the metadata lists', () => {
    const data = dataset('sales', [{ name: 'units', type: 'number' }, { name: 'source', type: 'source' }], [{ units: 1, source: 'stats' }, { units: 2, source: 'news' }], { sources: ['stats', 'news'] });
    expect(checkReferences(bundleOf({ ...valid(), sources: [source('stats'), source('news')], datasets: [data] }))).toEqual([]);
  });

  it('reports a CSV row naming an unknown source, by its line in the CSV', () => {
    const data = dataset('sales', [{ name: 'units', type: 'number' }, { name: 'source', type: 'source' }], [{ units: 1, source: 'stats' }, { units: 2, source: 'stas' }]);
    expect(checkReferences(bundleOf({ ...valid(), datasets: [data] }))).toEqual([
      { severity: 'error', file: 'content/datasets/sales.csv', field: 'line 3 › source', message: 'no source "stas" (known: stats)', fix: 'fix the id, or add content/sources/stas.yaml' },
    ]);
  });

  it('reports a CSV row citing a known source the metadata does not list', () => {
    const data = dataset('sales', [{ name: 'units', type: 'number' }, { name: 'source', type: 'source' }], [{ units: 1, source: 'news' }], { sources: ['stats'] });
    expect(checkReferences(bundleOf({ ...valid(), sources: [source('stats'), source('news')], datasets: [data] }))).toEqual([
      { severity: 'error', file: 'content/datasets/sales.yaml', field: 'sources', message: 'does not list "news", which line 2 of the CSV cites', fix: 'add "news" to `sources:`' },
    ]);
  });

  it('reports a CSV row with an empty source cell', () => {
    const data = dataset('sales', [{ name: 'units', type: 'number' }, { name: 'source', type: 'source' }], [{ units: 1, source: null }]);
    expect(checkReferences(bundleOf({ ...valid(), datasets: [data] }))).toEqual([
      { severity: 'error', file: 'content/datasets/sales.csv', field: 'line 2 › source', message: 'has no source', fix: 'name the source of every row' },
    ]);
  });

  it('reports a story naming an unknown original', () => {
    const parts = { ...valid(), stories: [story('demo', '', { original: 'dmeo' })] };
    expect(checkReferences(bundleOf(parts))).toEqual([
      { severity: 'error', file: STORY, field: 'original', message: 'no original "dmeo" (known: demo)', fix: 'add content/originals/dmeo.md or fix the id' },
    ]);
  });

  it('accepts a correction naming the story\'s claim and two verdicts on the scale', () => {
    const corrections = [{ date: '2026-11-02', kind: 'correction' as const, text: 'Changed.', claim: 'sales', verdictBefore: 'false', verdictAfter: 'true' }];
    expect(checkReferences(bundleOf({ ...valid(), stories: [story('demo', '', { corrections })] }))).toEqual([]);
  });

  it('reports a correction verdict that is not on the scale', () => {
    const corrections = [{ date: '2026-11-02', kind: 'correction' as const, text: 'Changed.', verdictBefore: 'false', verdictAfter: 'ture' }];
    expect(checkReferences(bundleOf({ ...valid(), stories: [story('demo', '', { corrections })] }))).toEqual([
      { severity: 'error', file: STORY, field: 'corrections[0].verdictAfter', message: '"ture" is not on the rating scale (known: true, false, opinion, misleading)', fix: 'use an id from content/verdicts.yaml' },
    ]);
  });

  it('reports a correction naming a claim of another story', () => {
    const corrections = [{ date: '2026-11-02', kind: 'update' as const, text: 'Changed.', claim: 'other' }];
    const parts = { ...valid(), claims: [claim('demo', 'sales'), claim('second', 'other')], stories: [story('demo', '', { corrections }), story('second', '', { original: 'demo' })] };
    expect(checkReferences(bundleOf(parts))).toEqual([
      { severity: 'error', file: STORY, field: 'corrections[0].claim', message: 'no claim "other" in content/claims/demo/ (known: sales)', fix: 'give the short id of a claim of this story, or leave `claim` out' },
    ]);
  });

  it('does not call a correction\'s claim missing when its file exists but is invalid', () => {
    const corrections = [{ date: '2026-11-02', kind: 'update' as const, text: 'Changed.', claim: 'broken' }];
    const parts = { ...valid(), stories: [story('demo', '', { corrections })], declared: { claims: ['demo/broken'] } };
    expect(checkReferences(bundleOf(parts))).toEqual([]);
  });

  it('reports a correction giving only one of verdictBefore and verdictAfter', () => {
    const corrections = [{ date: '2026-11-02', kind: 'correction' as const, text: 'Changed.', verdictBefore: 'false' }];
    expect(checkReferences(bundleOf({ ...valid(), stories: [story('demo', '', { corrections })] }))).toEqual([
      { severity: 'error', file: STORY, field: 'corrections[0]', message: 'gives only one of verdictBefore and verdictAfter', fix: 'give both when a rating changed, or neither' },
    ]);
  });
});
