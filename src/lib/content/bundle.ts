// Everything in content/, parsed and validated, as the integrity checks and the loaders see it.
import type { ClaimData, DatasetMeta, GlossaryTerm, OriginalData, SiteData, Source, StoryData, Verdict } from './schema.ts';
import type { StoryMdx } from './story-mdx.ts';
import type { DataTable } from './table.ts';

/** An entry read from one file. */
export interface Entry<T> {
  /** Repository-relative path of the file, e.g. content/sources/canalys-2021.yaml. */
  file: string;
  id: string;
  data: T;
}

export interface StoryEntry extends Entry<StoryData> {
  /** MDX body without the frontmatter. */
  body: string;
  /** Line of the body's first line in the file, to report usages by line. */
  bodyLine: number;
  /** The body, parsed once: the components it uses, or its syntax error. */
  mdx: StoryMdx;
}

export interface OriginalEntry extends Entry<OriginalData> {
  /** The article text, verbatim. */
  body: string;
}

export interface ClaimEntry extends Entry<ClaimData> {
  /** Folder name: the story the claim belongs to. */
  story: string;
  /** File name without extension: the id used in `<Claim id>` inside the story. */
  slug: string;
}

export interface DatasetEntry extends Entry<DatasetMeta> {
  /** Path of the CSV beside the metadata file. */
  csvFile: string;
  table: DataTable;
  /** The CSV file's line of each row of the table, for reports. */
  rowLines: number[];
}

/** A list entry of verdicts.yaml or glossary.yaml, remembering its index for error paths. */
export interface ListItem<T> extends Entry<T> {
  index: number;
}

export interface ContentBundle {
  stories: StoryEntry[];
  originals: OriginalEntry[];
  claims: ClaimEntry[];
  sources: Entry<Source>[];
  datasets: DatasetEntry[];
  verdicts: ListItem<Verdict>[];
  glossary: ListItem<GlossaryTerm>[];
  site: Entry<SiteData> | undefined;
  /** Ids of every file found, valid or not, so a reference to an invalid file is not reported twice. */
  declared: {
    stories: Set<string>;
    originals: Set<string>;
    sources: Set<string>;
    datasets: Set<string>;
    /** `story/slug` of every claim file. */
    claims: Set<string>;
    /** Every `id` in verdicts.yaml, valid entry or not, so one broken rating is reported once, not on every claim that uses it. */
    verdicts: Set<string>;
  };
}

export function emptyBundle(): ContentBundle {
  return { stories: [], originals: [], claims: [], sources: [], datasets: [], verdicts: [], glossary: [], site: undefined, declared: { stories: new Set(), originals: new Set(), sources: new Set(), datasets: new Set(), claims: new Set(), verdicts: new Set() } };
}
