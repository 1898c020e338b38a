// The "Source:" line under a chart: the sources of the rows actually drawn (when the dataset has a
// source column) and of the dataset as a whole, labelled by publisher, with the date added where
// one publisher appears twice.

import type { DataTable, Row } from '../content/table.ts';

/**
 * Ids of the sources behind a chart: those the drawn `rows` cite in the dataset's source column (in
 * row order), then the dataset's own sources that no row of the whole table cites (sources for the
 * dataset as a whole, such as a second outlet that confirms the figures). Without a source column,
 * the dataset's list.
 */
export function chartSourceIds(datasetSources: readonly string[], table: DataTable, rows: readonly Row[]): string[] {
  const column = table.columns.find((candidate) => candidate.type === 'source');
  if (!column) return [...datasetSources];
  const cited = (list: readonly Row[]) => list.map((row) => row[column.name]).filter((cell): cell is string => typeof cell === 'string' && cell !== '');
  const anyRow = new Set(cited(table.rows));
  return [...new Set([...cited(rows), ...datasetSources.filter((id) => !anyRow.has(id))])];
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
