// The "Source:" line under a chart: the sources of the rows actually drawn (when the dataset has a
// source column), labelled by publisher, with the date added where one publisher appears twice.

import type { DataTable, Row } from '../content/table.ts';

/** Ids of the sources behind `rows`: from the dataset's source column in row order, else the dataset's list. */
export function chartSourceIds(datasetSources: readonly string[], table: DataTable, rows: readonly Row[]): string[] {
  const column = table.columns.find((candidate) => candidate.type === 'source');
  if (!column) return [...datasetSources];
  const ids = rows.map((row) => row[column.name]).filter((cell): cell is string => typeof cell === 'string' && cell !== '');
  return ids.length > 0 ? [...new Set(ids)] : [...datasetSources];
}

export interface SourceLink {
  /** Link text: the publisher, plus the date when the publisher is listed more than once. */
  label: string;
  url: string;
  /** The source's title, for the link's tooltip. */
  title: string;
}

/** Link labels for a source line, e.g. "IDC (2021-02-01); IDC (2022-01-27); Reuters". */
export function sourceLinks(sources: readonly { publisher: string; date?: string | undefined; url: string; title: string }[]): SourceLink[] {
  const count = new Map<string, number>();
  for (const source of sources) count.set(source.publisher, (count.get(source.publisher) ?? 0) + 1);
  return sources.map((source) => {
    const repeated = (count.get(source.publisher) ?? 0) > 1 && source.date !== undefined;
    return { label: repeated ? `${source.publisher} (${source.date})` : source.publisher, url: source.url, title: source.title };
  });
}
