import { describe, expect, expectTypeOf, it } from 'vitest';
import { emptyBundle, type ClaimEntry, type ContentBundle, type DatasetEntry, type Entry, type ListItem, type OriginalEntry, type StoryEntry } from '../../../src/lib/content/bundle.ts';
import type { ClaimData, DatasetMeta, GlossaryTerm, OriginalData, SiteData, Source, StoryData, Verdict } from '../../../src/lib/content/schema.ts';
import type { StoryMdx } from '../../../src/lib/content/story-mdx.ts';
import type { DataTable } from '../../../src/lib/content/table.ts';

describe('emptyBundle', () => {
  it('holds no entries, no site and no declared ids', () => {
    expect(emptyBundle()).toEqual({
      stories: [],
      originals: [],
      claims: [],
      sources: [],
      datasets: [],
      verdicts: [],
      glossary: [],
      site: undefined,
      declared: { stories: new Set(), originals: new Set(), sources: new Set(), datasets: new Set(), claims: new Set(), verdicts: new Set() },
    });
  });

  it('is a fresh bundle each time, so one reader cannot fill another', () => {
    const first = emptyBundle();
    first.sources.push({ file: 'content/sources/a.yaml', id: 'a', data: {} as Source });
    first.declared.sources.add('a');
    expect(emptyBundle().sources).toEqual([]);
    expect(emptyBundle().declared.sources.size).toBe(0);
  });
});

describe('entry types', () => {
  it('carry the file, the id and the data the schema infers', () => {
    expectTypeOf<Entry<Source>>().toEqualTypeOf<{ file: string; id: string; data: Source }>();
    expectTypeOf<ContentBundle['sources']>().toEqualTypeOf<Entry<Source>[]>();
    expectTypeOf<ContentBundle['site']>().toEqualTypeOf<Entry<SiteData> | undefined>();
  });

  it('add what each kind of file holds besides its data', () => {
    expectTypeOf<StoryEntry>().toEqualTypeOf<{ file: string; id: string; data: StoryData; body: string; bodyLine: number; mdx: StoryMdx }>();
    expectTypeOf<OriginalEntry>().toEqualTypeOf<{ file: string; id: string; data: OriginalData; body: string }>();
    expectTypeOf<ClaimEntry>().toEqualTypeOf<{ file: string; id: string; data: ClaimData; story: string; slug: string }>();
    expectTypeOf<DatasetEntry>().toEqualTypeOf<{ file: string; id: string; data: DatasetMeta; csvFile: string; table: DataTable; rowLines: number[] }>();
    expectTypeOf<ListItem<Verdict>>().toEqualTypeOf<{ file: string; id: string; data: Verdict; index: number }>();
    expectTypeOf<ContentBundle['glossary']>().toEqualTypeOf<ListItem<GlossaryTerm>[]>();
  });

  it('declare ids as sets, one per kind of file', () => {
    expectTypeOf<ContentBundle['declared']>().toEqualTypeOf<{ stories: Set<string>; originals: Set<string>; sources: Set<string>; datasets: Set<string>; claims: Set<string>; verdicts: Set<string> }>();
  });
});
