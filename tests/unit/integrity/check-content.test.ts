import { afterEach, describe, expect, it } from 'vitest';
import { checkBundle, checkContent } from '../../../src/lib/integrity/check-content.ts';
import { checkClaims } from '../../../src/lib/integrity/check-claims.ts';
import { checkIds } from '../../../src/lib/integrity/check-ids.ts';
import { checkPlaceholders } from '../../../src/lib/integrity/check-placeholders.ts';
import { checkReferences } from '../../../src/lib/integrity/check-references.ts';
import { checkStoryUsages } from '../../../src/lib/integrity/check-story-usages.ts';
import { checkUnused } from '../../../src/lib/integrity/check-unused.ts';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { FixtureCopy, removeCopies, VALID_ROOT } from '../../content/mutate-fixture.ts';
import { bundleOf, claim, original, scale, source, story, verdict } from './make-bundle.ts';

afterEach(removeCopies);

/**
 * A problem for each rule: a repeated verdict id, an unknown source, an unknown claim, a quote not found, a placeholder
 * left in, a source never cited.
 */
const broken = bundleOf({
  stories: [story('demo', '<Claim id="sales" />\n<Claim id="ghost" />')],
  originals: [original('demo', 'The article says nothing about sales.')],
  claims: [claim('demo', 'sales', { summary: '[replace: the verdict in one line]', evidence: [{ source: 'nowhere', excerpt: 'x' }] })],
  sources: [source('spare')],
  verdicts: [...scale(), verdict(4, 'true', 'True again', null)],
});

describe('checkBundle', () => {
  it('finds nothing in a bundle where everything fits', () => {
    const bundle = bundleOf({
      stories: [story('demo', '<Claim id="sales" />')],
      originals: [original('demo', 'Widget sales reached 140 million.')],
      claims: [claim('demo', 'sales')],
      sources: [source('stats')],
      verdicts: scale(),
    });
    expect(checkBundle(bundle)).toEqual([]);
  });

  it('runs every rule: ids, references, story usages, claims, placeholders, then unused content', () => {
    expect(checkBundle(broken)).toEqual([...checkIds(broken), ...checkReferences(broken), ...checkStoryUsages(broken), ...checkClaims(broken), ...checkPlaceholders(broken), ...checkUnused(broken)]);
  });

  it('reports a problem from each rule on the broken bundle', () => {
    const rules = [checkIds, checkReferences, checkStoryUsages, checkClaims, checkPlaceholders, checkUnused];
    expect(rules.map((rule) => rule(broken).length > 0)).toEqual([true, true, true, true, true, true]);
  });
});

describe('checkContent', () => {
  it('reads the content and finds nothing in the valid fixture', () => {
    const { bundle, problems } = checkContent(VALID_ROOT);
    expect(problems).toEqual([]);
    expect(bundle).toEqual(readContent(VALID_ROOT).bundle);
  });

  it('reads the content folder it is given instead of <root>/content', () => {
    const copy = new FixtureCopy();
    copy.rename('content', 'other');
    expect(checkContent(copy.root).problems.map((p) => p.message)).toEqual(['folder not found']);
    expect(checkContent(copy.root, copy.path('other')).problems).toEqual([]);
  });

  it('reports a placeholder as a warning while editing, by default', () => {
    const copy = new FixtureCopy().replace('content/claims/demo/future.yaml', 'summary: A prediction, not a checkable fact.', 'summary: "[replace: the verdict in one line]"');
    const problems = checkContent(copy.root).problems;
    expect(problems.map((p) => `${p.severity} ${p.file} › ${p.field}`)).toEqual(['warning content/claims/demo/future.yaml › summary']);
    expect(checkContent(copy.root, undefined, { purpose: 'edit' }).problems).toEqual(problems);
  });

  it('refuses a placeholder as an error for the build, leaving other warnings warnings', () => {
    const copy = new FixtureCopy()
      .replace('content/claims/demo/future.yaml', 'summary: A prediction, not a checkable fact.', 'summary: "[replace: the verdict in one line]"')
      .write('content/sources/spare.yaml', 'title: Spare\npublisher: Office\nurl: https://example.org/spare\naccessed: 2026-11-25\nkind: news\n');
    expect(checkContent(copy.root, undefined, { purpose: 'build' }).problems.map((p) => `${p.severity} ${p.file}`)).toEqual(['error content/claims/demo/future.yaml', 'warning content/sources/spare.yaml']);
  });

  it('reports what could not be read first, then what the rules find', () => {
    const copy = new FixtureCopy().write('content/sources/Bad_Name.yaml', 'title: x\n').replace('content/stories/demo/index.mdx', '<Claim id="future" />', '<Claim id="ghost" />');
    const { bundle, problems } = checkContent(copy.root);
    const read = readContent(copy.root).problems;
    expect(read.map((p) => p.file)).toEqual(['content/sources/Bad_Name.yaml']);
    expect(problems).toEqual([...read, ...checkBundle(bundle)]);
    expect(problems.map((p) => `${p.severity} ${p.file}`)).toEqual([
      'error content/sources/Bad_Name.yaml',
      'error content/stories/demo/index.mdx',
      'warning content/claims/demo/future.yaml',
    ]);
  });
});
