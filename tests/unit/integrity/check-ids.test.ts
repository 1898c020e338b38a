import { describe, expect, it } from 'vitest';
import { checkIds } from '../../../src/lib/integrity/check-ids.ts';
import { bundleOf, scale, term, verdict } from './make-bundle.ts';

describe('checkIds', () => {
  it('accepts distinct verdict ids, distinct ordinals and distinct glossary words', () => {
    const bundle = bundleOf({ verdicts: scale(), glossary: [term(0, 'widget', { matches: ['widgets'] }), term(1, 'gadget')] });
    expect(checkIds(bundle)).toEqual([]);
  });

  it('reports a repeated verdict id at the later entry, naming the first', () => {
    const bundle = bundleOf({ verdicts: [...scale(), verdict(4, 'misleading', 'Misleading too', null)] });
    expect(checkIds(bundle)).toEqual([
      { severity: 'error', file: 'content/verdicts.yaml', field: '[4].id', message: 'duplicate verdict id "misleading" (also at [1])', fix: 'give each entry its own id' },
    ]);
  });

  it('reports a repeated glossary id', () => {
    const bundle = bundleOf({ glossary: [term(0, 'widget'), term(1, 'gadget'), term(2, 'widget', { term: 'gizmo' })] });
    expect(checkIds(bundle)).toEqual([
      { severity: 'error', file: 'content/glossary.yaml', field: '[2].id', message: 'duplicate glossary id "widget" (also at [0])', fix: 'give each entry its own id' },
    ]);
  });

  it('reports each further repeat of an id against the first occurrence', () => {
    const bundle = bundleOf({ verdicts: [verdict(0, 'true', 'True', 1), verdict(1, 'true', 'Yes', 2), verdict(2, 'true', 'Right', 3)] });
    expect(checkIds(bundle).map((p) => `${p.field}: ${p.message}`)).toEqual(['[1].id: duplicate verdict id "true" (also at [0])', '[2].id: duplicate verdict id "true" (also at [0])']);
  });

  it('reports two ratings at the same ordinal', () => {
    const bundle = bundleOf({ verdicts: [verdict(0, 'true', 'True', 3), verdict(1, 'mostly-true', 'Mostly true', 3)] });
    expect(checkIds(bundle)).toEqual([
      { severity: 'error', file: 'content/verdicts.yaml', field: '[1].ordinal', message: '3 is already the ordinal of "true"', fix: 'give each rating on the scale its own position' },
    ]);
  });

  it('lets several ratings be off the scale (ordinal null)', () => {
    const bundle = bundleOf({ verdicts: [verdict(0, 'opinion', 'Opinion', null), verdict(1, 'unverifiable', 'Unverifiable', null)] });
    expect(checkIds(bundle)).toEqual([]);
  });

  it('treats ordinal 0 as a position on the scale', () => {
    const bundle = bundleOf({ verdicts: [verdict(0, 'false', 'False', 0), verdict(1, 'pants-on-fire', 'Pants on fire', 0)] });
    expect(checkIds(bundle).map((p) => p.message)).toEqual(['0 is already the ordinal of "false"']);
  });

  it('reports a word that already marks another term, case-insensitively', () => {
    const bundle = bundleOf({ glossary: [term(0, 'widget', { matches: ['widgets'] }), term(1, 'gadget', { matches: ['gadgets', 'Widgets'] })] });
    expect(checkIds(bundle)).toEqual([
      { severity: 'error', file: 'content/glossary.yaml', field: '[1].matches[1]', message: '"Widgets" already marks the term "widget"', fix: 'a word can mark only one glossary term in a story: remove it here, or give the two terms different `stories:`' },
    ]);
  });

  it('lets two terms share a word when no story has both', () => {
    const bundle = bundleOf({ glossary: [term(0, 'sales', { matches: ['sales'], stories: ['phones'] }), term(1, 'sales-cars', { matches: ['sales'], stories: ['cars'] })] });
    expect(checkIds(bundle)).toEqual([]);
  });

  it('reports a shared word when one of the terms marks every story', () => {
    const bundle = bundleOf({ glossary: [term(0, 'sales', { matches: ['sales'] }), term(1, 'sales-cars', { matches: ['sales'], stories: ['cars'] })] });
    expect(checkIds(bundle).map((p) => p.field)).toEqual(['[1].matches[0]']);
  });

  it('uses the term itself as its word when matches is empty', () => {
    const bundle = bundleOf({ glossary: [term(0, 'hongmeng', { term: 'Hongmeng' }), term(1, 'harmony', { matches: ['hongmeng'] })] });
    expect(checkIds(bundle).map((p) => `${p.field}: ${p.message}`)).toEqual(['[1].matches[0]: "hongmeng" already marks the term "hongmeng"']);
  });

  it('lets one term list the same word twice', () => {
    const bundle = bundleOf({ glossary: [term(0, 'widget', { matches: ['widget', 'Widget'] })] });
    expect(checkIds(bundle)).toEqual([]);
  });
});
