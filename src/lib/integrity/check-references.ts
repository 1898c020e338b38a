// Cross-references between entries: sources, verdicts, originals and claims named by id must exist.
import type { ContentBundle } from '../content/bundle.ts';
import { error, type Problem } from '../content/problem.ts';
import { suggest } from '../content/suggest.ts';

export function checkReferences(bundle: ContentBundle): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = bundle.declared.sources;
  const verdictIds = bundle.declared.verdicts;
  const originalIds = bundle.declared.originals;
  const storyIds = bundle.declared.stories;

  const needSource = (file: string, field: string, id: string) => {
    if (!sourceIds.has(id)) problems.push(error(file, field, `no source "${id}" (${suggest(id, sourceIds)})`, `fix the id, or add content/sources/${id}.yaml`));
  };
  const needVerdict = (file: string, field: string, id: string) => {
    if (!verdictIds.has(id)) problems.push(error(file, field, `"${id}" is not on the rating scale (${suggest(id, verdictIds, 10)})`, 'use an id from content/verdicts.yaml'));
  };

  for (const claim of bundle.claims) {
    claim.data.evidence.forEach((evidence, i) => needSource(claim.file, `evidence[${i}].source`, evidence.source));
    needVerdict(claim.file, 'verdict', claim.data.verdict);
    if (!storyIds.has(claim.story)) {
      problems.push(error(claim.file, '', `belongs to story folder "${claim.story}", but there is no content/stories/${claim.story}/index.mdx`, `move the claim into a story's folder (${suggest(claim.story, storyIds)})`));
    }
  }
  for (const term of bundle.glossary) {
    term.data.sources.forEach((id, i) => needSource(term.file, `[${term.index}].sources[${i}]`, id));
    term.data.stories.forEach((id, i) => {
      if (!storyIds.has(id)) problems.push(error(term.file, `[${term.index}].stories[${i}]`, `no story "${id}" (${suggest(id, storyIds)})`, 'give the folder name of a story in content/stories/'));
    });
  }
  const termIds = new Set(bundle.glossary.map((t) => t.id));
  for (const dataset of bundle.datasets) {
    dataset.data.sources.forEach((id, i) => needSource(dataset.file, `sources[${i}]`, id));
    const sourceColumns = dataset.data.columns.filter((c) => c.type === 'source').map((c) => c.name);
    dataset.table.rows.forEach((row, i) => {
      const line = dataset.rowLines[i] ?? i + 2;
      for (const column of sourceColumns) {
        const id = row[column];
        if (typeof id === 'string') {
          needSource(dataset.csvFile, `line ${line} › ${column}`, id);
          if (sourceIds.has(id) && !dataset.data.sources.includes(id)) problems.push(error(dataset.file, 'sources', `does not list "${id}", which line ${line} of the CSV cites`, `add "${id}" to \`sources:\``));
        } else if (sourceColumns.length > 0) problems.push(error(dataset.csvFile, `line ${line} › ${column}`, 'has no source', 'name the source of every row'));
      }
    });
    if (sourceColumns.length === 0 && dataset.data.sources.length > 1) {
      problems.push(error(dataset.file, 'columns', `names ${dataset.data.sources.length} sources but no column says which row comes from which`, 'add a column with `type: source` giving each row its source id'));
    }
  }
  for (const story of bundle.stories) {
    if (!originalIds.has(story.data.original)) {
      problems.push(error(story.file, 'original', `no original "${story.data.original}" (${suggest(story.data.original, originalIds)})`, `add content/originals/${story.data.original}.md or fix the id`));
    }
    story.data.excludeTerms.forEach((id, i) => {
      if (!termIds.has(id)) problems.push(error(story.file, `excludeTerms[${i}]`, `no glossary term "${id}" (${suggest(id, termIds)})`, 'give the id of a term in content/glossary.yaml'));
    });
    const claimSlugs = new Set(bundle.claims.filter((c) => c.story === story.id).map((c) => c.slug));
    story.data.corrections.forEach((correction, i) => {
      if (correction.verdictBefore) needVerdict(story.file, `corrections[${i}].verdictBefore`, correction.verdictBefore);
      if (correction.verdictAfter) needVerdict(story.file, `corrections[${i}].verdictAfter`, correction.verdictAfter);
      if (correction.claim && !claimSlugs.has(correction.claim) && !bundle.declared.claims.has(`${story.id}/${correction.claim}`)) problems.push(error(story.file, `corrections[${i}].claim`, `no claim "${correction.claim}" in content/claims/${story.id}/ (${suggest(correction.claim, claimSlugs)})`, 'give the short id of a claim of this story, or leave `claim` out'));
      if ((correction.verdictBefore === undefined) !== (correction.verdictAfter === undefined)) problems.push(error(story.file, `corrections[${i}]`, 'gives only one of verdictBefore and verdictAfter', 'give both when a rating changed, or neither'));
    });
  }
  return problems;
}
