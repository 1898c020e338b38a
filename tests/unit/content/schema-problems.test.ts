import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { claimSchema, sourceSchema, verdictSchema } from '../../../src/lib/content/schema.ts';
import type { Problem } from '../../../src/lib/content/problem.ts';
import { schemaProblems } from '../../../src/lib/content/schema-problems.ts';

const FILE = 'content/sources/stats.yaml';
const SOURCE = { title: 'Stats', publisher: 'Office', url: 'https://example.org/', accessed: '2026-11-25', kind: 'news' };
const CLAIM = {
  quote: 'q',
  claimant: 'c',
  restatement: 'r',
  claimReviewed: 'cr',
  verdict: 'true',
  summary: 's',
  explanation: 'e',
  evidence: [{ source: 'stats', excerpt: 'x' }],
};

function problemsOf(schema: z.ZodType, data: unknown, prefix: PropertyKey[] = [], file = FILE): Problem[] {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the data to be invalid');
  return schemaProblems(file, schema, data, result.error.issues, prefix);
}

describe('schemaProblems', () => {
  it('says a missing field is required and how to add it', () => {
    const { publisher: _, ...data } = SOURCE;
    expect(problemsOf(sourceSchema, data)).toEqual([{ severity: 'error', file: FILE, field: 'publisher', message: 'is required but missing', fix: 'add `publisher:` with text' }]);
  });

  it('names a missing field inside a list entry by its path', () => {
    const data = { ...CLAIM, evidence: [{ source: 'stats', excerpt: 'x' }, { source: 'news' }] };
    expect(problemsOf(claimSchema, data, [], 'c.yaml')).toEqual([{ severity: 'error', file: 'c.yaml', field: 'evidence[1].excerpt', message: 'is required but missing', fix: 'add `excerpt:` with text' }]);
  });

  it('says what type was expected and what was found', () => {
    expect(problemsOf(sourceSchema, { ...SOURCE, title: ['a', 'b'] })).toEqual([{ severity: 'error', file: FILE, field: 'title', message: 'must be text, not a list', fix: 'write text' }]);
  });

  it('describes an empty YAML value as nothing (null)', () => {
    expect(problemsOf(sourceSchema, { ...SOURCE, title: null }).map((p) => p.message)).toEqual(['must be text, not nothing (null)']);
  });

  it('hints to quote a value YAML read as a boolean', () => {
    expect(problemsOf(sourceSchema, { ...SOURCE, publisher: false })).toEqual([
      { severity: 'error', file: FILE, field: 'publisher', message: 'must be text, not boolean false', fix: 'YAML reads false as boolean; write it in quotes: "false"' },
    ]);
  });

  it('hints to quote a value YAML read as a number', () => {
    expect(problemsOf(sourceSchema, { ...SOURCE, title: 2021 })[0]?.fix).toBe('YAML reads 2021 as number; write it in quotes: "2021"');
  });

  it('gives no quoting hint when a number was expected', () => {
    const verdict = { id: 'true', label: 'True', ordinal: 'high', tone: 'true', icon: 'check', meaning: 'm' };
    expect(problemsOf(verdictSchema, verdict, [0], 'content/verdicts.yaml')).toEqual([
      { severity: 'error', file: 'content/verdicts.yaml', field: '[0].ordinal', message: 'must be a number, not text "high"', fix: 'write the number in digits, with a dot for decimals and no quotes, e.g. 191.2' },
    ]);
  });

  it('lists the allowed values of an enum', () => {
    expect(problemsOf(sourceSchema, { ...SOURCE, kind: 'blog' })).toEqual([
      { severity: 'error', file: FILE, field: 'kind', message: 'text "blog" is not allowed', fix: 'use one of: primary-data, filing, press-release, analyst-report, news, repost, reference, speech, other' },
    ]);
  });

  it('names an unknown key and lists the allowed fields', () => {
    expect(problemsOf(sourceSchema, { ...SOURCE, titel: 'x' })).toEqual([
      { severity: 'error', file: FILE, field: 'titel', message: 'unknown field "titel"', fix: 'check the spelling; allowed fields are title, publisher, author, date, url, accessed, archived, kind, language, notes' },
    ]);
  });

  it('says what replaces a field of an earlier version (archiveUrl became archived: url and date)', () => {
    expect(problemsOf(sourceSchema, { ...SOURCE, archiveUrl: 'https://web.archive.org/web/2021/https://example.org/' })).toEqual([
      { severity: 'error', file: FILE, field: 'archiveUrl', message: 'the field "archiveUrl" is no longer used', fix: 'write the snapshot as `archived:` with `url:` (its address) and `date:` (the day it was captured, YYYY-MM-DD) on the two lines below, indented by two spaces' },
    ]);
  });

  it('names the field of an archived copy whose date is not the one in its address, with the date to write', () => {
    const archived = { url: 'https://web.archive.org/web/20210510123456/https://example.org/report', date: '2021-06-01' };
    expect(problemsOf(sourceSchema, { ...SOURCE, archived })).toEqual([
      { severity: 'error', file: FILE, field: 'archived.date', message: 'text "2021-06-01" is not the day in the snapshot\'s address (2021-05-10)', fix: 'write date: 2021-05-10, the capture day the address names, or copy the address of the snapshot you meant' },
    ]);
  });

  it('lists the fields allowed in a nested entry for an unknown key there', () => {
    const data = { ...CLAIM, evidence: [{ source: 'stats', excerpt: 'x', page: 3 }] };
    expect(problemsOf(claimSchema, data, [], 'c.yaml')).toEqual([
      { severity: 'error', file: 'c.yaml', field: 'evidence[0].page', message: 'unknown field "page"', fix: 'check the spelling; allowed fields are source, excerpt, locator, note' },
    ]);
  });

  it('lists the fields allowed inside a list with a default value', () => {
    const compute = { dataset: 'sales', column: 'units', op: 'value', of: [{ region: 'global' }], colum: 'x' };
    const figure = { label: 'l', stated: 1, statedText: 's', unit: 'u', compute, tolerance: { relative: 0.05 }, assessment: 'accurate' };
    expect(problemsOf(claimSchema, { ...CLAIM, figures: [figure] }, [], 'c.yaml')).toEqual([
      { severity: 'error', file: 'c.yaml', field: 'figures[0].compute.colum', message: 'unknown field "colum"', fix: 'check the spelling; allowed fields are dataset, column, op, of, scale' },
    ]);
  });

  it('names several unknown keys together', () => {
    expect(problemsOf(sourceSchema, { ...SOURCE, a: 1, b: 2 }).map((p) => [p.field, p.message])).toEqual([['a', 'unknown fields "a", "b"']]);
  });

  it('puts a list prefix before the field path', () => {
    const verdict = { id: 'true', label: 'True', ordinal: 3, tone: 'true', icon: 'tick', meaning: 'm' };
    expect(problemsOf(verdictSchema, verdict, [2], 'content/verdicts.yaml')[0]?.field).toBe('[2].icon');
  });

  it('reports a refinement failure with the value and the rule', () => {
    expect(problemsOf(sourceSchema, { ...SOURCE, url: 'javascript:alert(1)' })).toEqual([
      { severity: 'error', file: FILE, field: 'url', message: 'text "javascript:alert(1)" must be a full web address starting with https:// or http://', fix: "copy the full address from the browser's address bar, starting with https://" },
    ]);
  });

  it('shortens a long value in the message', () => {
    const url = `ftp://${'a'.repeat(50)}`;
    expect(problemsOf(sourceSchema, { ...SOURCE, url })[0]?.message).toBe(`text "${url.slice(0, 40)}…" must be a full web address starting with https:// or http://`);
  });

  it('reports an empty list by the schema\'s own message', () => {
    expect(problemsOf(claimSchema, { ...CLAIM, evidence: [] }, [], 'c.yaml')).toEqual([{ severity: 'error', file: 'c.yaml', field: 'evidence', message: 'needs at least one piece of evidence', fix: 'add one or more, one per line starting with "- "' }]);
  });

  it('reports empty text as "must not be empty"', () => {
    expect(problemsOf(sourceSchema, { ...SOURCE, title: '   ' }).map((p) => [p.field, p.message])).toEqual([['title', 'must not be empty']]);
  });

  it('reports a number below its minimum as "must be >=0"', () => {
    const figure = { label: 'l', stated: 1, statedText: 's', unit: 'u', compute: { dataset: 'sales', column: 'units', op: 'value', of: [{}] }, tolerance: { relative: -0.05 }, assessment: 'accurate' };
    expect(problemsOf(claimSchema, { ...CLAIM, figures: [figure] }, [], 'c.yaml').map((p) => [p.field, p.message])).toEqual([['figures[0].tolerance.relative', 'must be >=0']]);
  });

  it('reports a tolerance that gives neither bound as a sentence', () => {
    const figure = { label: 'l', stated: 1, statedText: 's', unit: 'u', compute: { dataset: 'sales', column: 'units', op: 'value', of: [{}] }, tolerance: {}, assessment: 'accurate' };
    expect(problemsOf(claimSchema, { ...CLAIM, figures: [figure] }, [], 'c.yaml').map((p) => [p.field, p.message])).toEqual([
      ['figures[0].tolerance', 'a mapping must give `relative` (e.g. 0.05 for 5 %) or `absolute`'],
    ]);
  });

  it('reports a wrong slug with the expected form', () => {
    expect(problemsOf(claimSchema, { ...CLAIM, verdict: 'Mostly True' }, [], 'c.yaml').map((p) => [p.field, p.message])).toEqual([
      ['verdict', 'text "Mostly True" must be a lower-case slug (a-z, 0-9 and single hyphens), e.g. "canalys-2021"'],
    ]);
  });
});
