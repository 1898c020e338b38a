// A dataset's metadata against its CSV: reader labels (`values:`) only on text columns, and only for values the column
// holds, so a typo cannot leave "china" unlabelled while "chnia" gets a label.
import type { ContentBundle } from '../content/bundle.ts';
import { error, type Problem } from '../content/problem.ts';
import { suggest } from '../content/suggest.ts';

export function checkDatasets(bundle: ContentBundle): Problem[] {
  const problems: Problem[] = [];
  for (const dataset of bundle.datasets) {
    dataset.data.columns.forEach((column, i) => {
      if (!column.values) return;
      const field = `columns[${i}].values`;
      if (column.type !== 'string') {
        problems.push(error(dataset.file, field, `labels values of the ${column.type} column "${column.name}"`, 'give labels only to a column of type string; numbers, dates and sources are written out already'));
        return;
      }
      const held = [...new Set(dataset.table.rows.map((row) => row[column.name]).filter((cell): cell is string => typeof cell === 'string'))];
      for (const value of Object.keys(column.values)) {
        if (held.includes(value)) continue;
        problems.push(error(dataset.file, `${field}.${value}`, `no row of ${dataset.csvFile} has "${value}" in the column "${column.name}" (${suggest(value, held)})`, 'label a value the column holds, spelled as in the CSV'));
      }
    });
  }
  return problems;
}
