import type { z } from 'astro/zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  claimSchema,
  columnSchema,
  COLUMN_TYPES,
  correctionSchema,
  CORRECTION_KINDS,
  datasetMetaSchema,
  figureCheckSchema,
  FIGURE_ASSESSMENTS,
  FIGURE_BOUNDS,
  FIGURE_OPS,
  glossaryTermSchema,
  originalSchema,
  rowFilterSchema,
  siteSchema,
  sourceSchema,
  SOURCE_KINDS,
  storySchema,
  verdictSchema,
  VERDICT_ICONS,
  VERDICT_TONES,
  type ClaimData,
  type Correction,
  type FigureCheck,
  type OriginalData,
  type Source,
  type StoryData,
  type Verdict,
} from '../../../src/lib/content/schema.ts';

/** Where and why a schema refuses the data, one line per issue: `path: message`. */
function refusals(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the data to be refused');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const VERDICT = { id: 'mostly-true', label: 'Mostly true', ordinal: 5, tone: 'mostly-true', icon: 'check-partial', meaning: 'Accurate, with a caveat.' };
const SOURCE = { title: 'Shipments 2021', publisher: 'Canalys', url: 'https://example.org/report', accessed: '2026-11-25', kind: 'analyst-report' };
const CLAIM = {
  quote: 'sales reached 140 million',
  claimant: 'Author',
  restatement: 'Sales reached 140 million.',
  claimReviewed: 'Sales reached 140 million',
  verdict: 'mostly-true',
  summary: 'Close.',
  explanation: 'Because.',
  evidence: [{ source: 'canalys-2021', excerpt: '139 million' }],
};
const FIGURE = {
  label: 'Sales outside China',
  stated: 140,
  statedText: 'more than 140 million',
  unit: 'million units',
  compute: { dataset: 'sales', column: 'units', op: 'difference', of: [{ region: 'global' }, { region: 'china' }] },
  tolerance: { relative: 0.05 },
  assessment: 'accurate',
};
const ORIGINAL = { title: 'An article', language: 'zh', machineTranslated: true, outlet: 'unknown', author: 'unknown', published: 'unknown' };
const STORY = { title: 'A story', dek: 'Dek.', authors: ['Desk'], published: '2026-11-01', original: 'demo', summary: 'Summary.' };
const SITE = { name: 'Marginalia', tagline: 'Checks', publisher: { name: 'Desk', description: 'A desk.', funding: 'None.', contact: 'Write.', correctionsPolicy: 'Logged.' } };

describe('the fixed word lists', () => {
  it('name the verdict icons and tones the styles draw', () => {
    expect(VERDICT_ICONS).toEqual(['check', 'check-partial', 'half', 'cross-partial', 'cross', 'warning', 'question', 'speech', 'clock']);
    expect(VERDICT_TONES).toEqual(['true', 'mostly-true', 'mixed', 'misleading', 'mostly-false', 'false', 'neutral']);
  });

  it('name the kinds of source, column types, figure operations and correction kinds', () => {
    expect(SOURCE_KINDS).toEqual(['primary-data', 'filing', 'press-release', 'analyst-report', 'news', 'repost', 'reference', 'speech', 'other']);
    expect(COLUMN_TYPES).toEqual(['string', 'number', 'integer', 'date', 'boolean', 'source']);
    expect(FIGURE_OPS).toEqual(['value', 'sum', 'difference', 'ratio']);
    expect(FIGURE_BOUNDS).toEqual(['exact', 'lower', 'upper']);
    expect(FIGURE_ASSESSMENTS).toEqual(['accurate', 'inaccurate', 'unverified']);
    expect(CORRECTION_KINDS).toEqual(['correction', 'update', 'clarification']);
  });
});

describe('verdictSchema', () => {
  it('accepts a rating on the scale', () => {
    expect(verdictSchema.parse(VERDICT)).toEqual(VERDICT);
  });

  it('accepts a rating off the scale (ordinal null)', () => {
    expect(verdictSchema.parse({ ...VERDICT, ordinal: null }).ordinal).toBeNull();
  });

  it('reads the tones YAML turns into booleans, true and false, as their words', () => {
    expect(verdictSchema.parse({ ...VERDICT, id: 'true', tone: true }).tone).toBe('true');
    expect(verdictSchema.parse({ ...VERDICT, id: 'false', tone: false }).tone).toBe('false');
  });

  it('refuses an ordinal that is not a whole number', () => {
    expect(refusals(verdictSchema, { ...VERDICT, ordinal: 2.5 }).map((line) => line.split(':')[0])).toEqual(['ordinal']);
  });

  it('refuses an icon it cannot draw and a field it does not know', () => {
    expect(refusals(verdictSchema, { ...VERDICT, icon: 'star', colour: 'red' }).map((line) => line.split(':')[0])).toEqual(['icon', '']);
  });
});

describe('glossaryTermSchema', () => {
  it('defaults matches, sources and stories to none (a term of every story)', () => {
    expect(glossaryTermSchema.parse({ id: 'gms', term: 'GMS', definition: 'Google Mobile Services.' })).toEqual({ id: 'gms', term: 'GMS', definition: 'Google Mobile Services.', matches: [], sources: [], stories: [] });
  });

  it('refuses an empty definition', () => {
    expect(refusals(glossaryTermSchema, { id: 'gms', term: 'GMS', definition: '  ' })).toEqual(['definition: must not be empty']);
  });
});

describe('sourceSchema', () => {
  it('accepts a record with a date known only to the month', () => {
    expect(sourceSchema.parse({ ...SOURCE, date: '2022-02' })).toEqual({ ...SOURCE, date: '2022-02' });
  });

  it('needs the full date it was read on', () => {
    expect(refusals(sourceSchema, { ...SOURCE, accessed: '2026-11' })).toEqual(['accessed: is not written YYYY-MM-DD']);
  });

  it('refuses an address that is not http(s), the archived copy included', () => {
    expect(refusals(sourceSchema, { ...SOURCE, url: 'javascript:alert(1)', archived: { url: 'file:///etc/passwd', date: '2021-05-10' } })).toEqual([
      'url: must be a full web address starting with https:// or http://',
      'archived.url: must be a full web address starting with https:// or http://',
    ]);
  });

  it('accepts an archived copy with its capture day', () => {
    const archived = { url: 'https://web.archive.org/web/20210510123456/https://example.org/report', date: '2021-05-10' };
    expect(sourceSchema.parse({ ...SOURCE, archived })).toEqual({ ...SOURCE, archived });
  });

  it('needs both the address and the capture day of an archived copy, and nothing else', () => {
    expect(refusals(sourceSchema, { ...SOURCE, archived: { url: 'https://archive.ph/abcde' } })).toEqual(['archived.date: Invalid input: expected string, received undefined']);
    expect(refusals(sourceSchema, { ...SOURCE, archived: { url: 'https://archive.ph/abcde', date: '2021-05-10', note: 'x' } })).toEqual(['archived: Unrecognized key: "note"']);
  });

  it('refuses the live address given as its own archived copy', () => {
    expect(refusals(sourceSchema, { ...SOURCE, archived: { url: SOURCE.url, date: '2021-05-10' } })).toEqual(['archived.url: is the live address, not a copy at a web archive']);
  });

  it('refuses an archived copy of the original article whose date is not the day in its address', () => {
    const archived = { url: 'https://web.archive.org/web/20220601000000/http://example.cn/a', date: '2022-06-02' };
    expect(refusals(originalSchema, { ...ORIGINAL, url: 'http://example.cn/a', archived })).toEqual(["archived.date: is not the day in the snapshot's address (2022-06-01)"]);
  });

  it('refuses a kind of source it does not know', () => {
    expect(refusals(sourceSchema, { ...SOURCE, kind: 'blog' })[0]).toMatch(/^kind: /);
  });
});

describe('columnSchema and datasetMetaSchema', () => {
  const META = { title: 'Sales', description: 'Units.', columns: [{ name: 'units', type: 'number', unit: 'million units' }], sources: ['canalys-2021'] };

  it('accept a dataset with typed columns and a source', () => {
    expect(datasetMetaSchema.parse(META)).toEqual(META);
  });

  it('refuse a column type the CSV reader does not know', () => {
    expect(refusals(columnSchema, { name: 'units', type: 'float' })[0]).toMatch(/^type: /);
  });

  it('need at least one column and one source', () => {
    expect(refusals(datasetMetaSchema, { ...META, columns: [], sources: [] })).toEqual(['columns: must list at least one column', 'sources: must name at least one source']);
  });
});

describe('claimSchema', () => {
  it('defaults figures and topics to none', () => {
    const parsed = claimSchema.parse(CLAIM);
    expect([parsed.figures, parsed.topics]).toEqual([[], []]);
  });

  it('reads a verdict YAML turned into a boolean as its word', () => {
    expect(claimSchema.parse({ ...CLAIM, verdict: true }).verdict).toBe('true');
  });

  it('needs at least one piece of evidence', () => {
    expect(refusals(claimSchema, { ...CLAIM, evidence: [] })).toEqual(['evidence: needs at least one piece of evidence']);
  });

  it('refuses a verdict id that is not a slug', () => {
    expect(refusals(claimSchema, { ...CLAIM, verdict: 'Mostly True' })).toEqual(['verdict: must be a lower-case slug (a-z, 0-9 and single hyphens), e.g. "canalys-2021"']);
  });
});

describe('figureCheckSchema', () => {
  it('multiplies the computed figure by 1 unless told otherwise', () => {
    expect(figureCheckSchema.parse(FIGURE).compute?.scale).toBe(1);
  });

  it('reads the stated figure as the figure itself unless it is a floor or a ceiling', () => {
    expect(figureCheckSchema.parse(FIGURE).bound).toBe('exact');
    expect(figureCheckSchema.parse({ ...FIGURE, bound: 'lower' }).bound).toBe('lower');
    expect(refusals(figureCheckSchema, { ...FIGURE, bound: 'about' })[0]).toMatch(/^bound: /);
  });

  it('needs compute to check a figure as accurate or inaccurate', () => {
    const { compute: _compute, tolerance: _tolerance, ...stated } = FIGURE;
    expect(refusals(figureCheckSchema, stated)).toEqual(['compute: is required to check a figure against the data']);
  });

  it('needs a tolerance with compute', () => {
    const { tolerance: _tolerance, ...untolerant } = FIGURE;
    expect(refusals(figureCheckSchema, untolerant)).toEqual(['tolerance: is required with compute']);
  });

  it('accepts an unverified figure without compute, when a note says why', () => {
    const { compute: _compute, tolerance: _tolerance, ...stated } = FIGURE;
    expect(figureCheckSchema.parse({ ...stated, assessment: 'unverified', note: 'No source gives the figure.' })).toMatchObject({ assessment: 'unverified', note: 'No source gives the figure.' });
  });

  it('needs the note of an unverified figure to say something', () => {
    const { compute: _compute, tolerance: _tolerance, ...stated } = FIGURE;
    expect(refusals(figureCheckSchema, { ...stated, assessment: 'unverified', note: '  ' })).toEqual(['note: is required when the assessment is unverified']);
  });

  it('takes one or two row filters, no fewer and no more', () => {
    expect(refusals(figureCheckSchema, { ...FIGURE, compute: { ...FIGURE.compute, of: [] } })).toEqual(['compute.of: must have at least one row filter']);
    expect(refusals(figureCheckSchema, { ...FIGURE, compute: { ...FIGURE.compute, of: [{}, {}, {}] } })).toEqual(['compute.of: takes at most two row filters']);
  });

  it('needs a relative or an absolute tolerance', () => {
    expect(refusals(figureCheckSchema, { ...FIGURE, tolerance: {} })).toEqual(['tolerance: must give `relative` (e.g. 0.05 for 5 %) or `absolute`']);
  });

  it('refuses a negative tolerance', () => {
    expect(refusals(figureCheckSchema, { ...FIGURE, tolerance: { absolute: -1 } })[0]).toMatch(/^tolerance\.absolute: /);
  });

  it('knows only the assessments accurate and inaccurate', () => {
    expect(refusals(figureCheckSchema, { ...FIGURE, assessment: 'close' })[0]).toMatch(/^assessment: /);
  });
});

describe('rowFilterSchema', () => {
  it('matches columns on text, numbers and booleans', () => {
    expect(rowFilterSchema.parse({ region: 'china', year: 2021, online: true })).toEqual({ region: 'china', year: 2021, online: true });
  });

  it('refuses an empty value (null)', () => {
    expect(refusals(rowFilterSchema, { region: null })[0]).toMatch(/^region: /);
  });
});

describe('originalSchema', () => {
  it('accepts an article whose date is unknown', () => {
    expect(originalSchema.parse(ORIGINAL)).toEqual(ORIGINAL);
  });

  it('accepts a date known to the year', () => {
    expect(originalSchema.parse({ ...ORIGINAL, published: 2022 }).published).toBe('2022');
  });

  it('refuses a date that does not exist and a language code of one letter', () => {
    expect(refusals(originalSchema, { ...ORIGINAL, published: '2022-02-30', language: 'z' }).map((line) => line.split(':')[0])).toEqual(['language', 'published']);
    expect(refusals(originalSchema, { ...ORIGINAL, published: '2022-02-30' })).toEqual(['published: is not a date: February 2022 has 28 days']);
  });
});

describe('storySchema and correctionSchema', () => {
  it('defaults the corrections and the glossary terms it excludes to none', () => {
    const parsed = storySchema.parse(STORY);
    expect([parsed.corrections, parsed.excludeTerms]).toEqual([[], []]);
  });

  it('needs at least one author', () => {
    expect(refusals(storySchema, { ...STORY, authors: [] })).toEqual(['authors: needs at least one author']);
  });

  it('reads a correction with the ratings before and after', () => {
    const correction = { date: '2026-11-02', kind: 'correction', text: 'Changed the rating.', claim: 'overseas', verdictBefore: 'false', verdictAfter: 'true' };
    expect(correctionSchema.parse(correction)).toEqual(correction);
  });

  it('refuses a kind of correction it does not know', () => {
    expect(refusals(correctionSchema, { date: '2026-11-02', kind: 'erratum', text: 'x' })[0]).toMatch(/^kind: /);
  });
});

describe('siteSchema', () => {
  it('defaults the language to English', () => {
    expect(siteSchema.parse(SITE).language).toBe('en');
  });

  it('refuses a field the publisher block does not know', () => {
    expect(refusals(siteSchema, { ...SITE, publisher: { ...SITE.publisher, phone: '123' } })[0]).toMatch(/^publisher: /);
  });
});

describe('inferred types', () => {
  it('type each field as the schema reads it', () => {
    expectTypeOf<Verdict['ordinal']>().toEqualTypeOf<number | null>();
    expectTypeOf<Verdict['tone']>().toEqualTypeOf<(typeof VERDICT_TONES)[number]>();
    expectTypeOf<Source['date']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Source['kind']>().toEqualTypeOf<(typeof SOURCE_KINDS)[number]>();
    expectTypeOf<OriginalData['published']>().toEqualTypeOf<string>();
  });

  it('make defaulted fields present after parsing, and optional ones optional', () => {
    expectTypeOf<FigureCheck['compute']>().toExtend<object | undefined>();
    expectTypeOf<undefined>().toExtend<FigureCheck['compute']>();
    expectTypeOf<ClaimData['figures']>().toEqualTypeOf<FigureCheck[]>();
    expectTypeOf<NonNullable<FigureCheck['compute']>['scale']>().toEqualTypeOf<number>();
    expectTypeOf<FigureCheck['bound']>().toEqualTypeOf<(typeof FIGURE_BOUNDS)[number]>();
    expectTypeOf<StoryData['excludeTerms']>().toEqualTypeOf<string[]>();
    expectTypeOf<StoryData['corrections']>().toEqualTypeOf<Correction[]>();
  });
});
