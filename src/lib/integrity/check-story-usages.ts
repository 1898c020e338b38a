// What a story's MDX names must exist: components, its claims, sources, datasets and their columns, terms.
import type { ContentBundle, StoryEntry } from '../content/bundle.ts';
import { whereColumns } from '../charts/where.ts';
import { STORY_COMPONENTS } from '../story-components.ts';
import { findUsages, type Usage } from '../content/mdx-usages.ts';
import { error, type Problem } from './problem.ts';
import { suggest } from './similar.ts';

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function checkStoryUsages(bundle: ContentBundle): Problem[] {
  // Claim slugs by story, built once: looking them up per <Claim> made the check quadratic in the number of claims.
  const slugsByStory = new Map<string, string[]>();
  for (const claim of bundle.claims) {
    const slugs = slugsByStory.get(claim.story);
    if (slugs) slugs.push(claim.slug);
    else slugsByStory.set(claim.story, [claim.slug]);
  }
  return bundle.stories.flatMap((story) => {
    const slugs = slugsByStory.get(story.id) ?? [];
    return findUsages(story.body).flatMap((usage) => checkUsage(bundle, story, usage, slugs));
  });
}

function checkUsage(bundle: ContentBundle, story: StoryEntry, usage: Usage, slugs: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const line = story.bodyLine + usage.line - 1;
  const at = (prop?: string) => `line ${line} <${usage.component}${prop ? ` ${prop}` : ''}>`;
  const spec = STORY_COMPONENTS[usage.component];
  if (!spec) {
    problems.push(error(story.file, at(), `unknown component <${usage.component}>`, `use one of the story components (${suggest(usage.component, Object.keys(STORY_COMPONENTS))})`));
    return problems;
  }
  for (const prop of spec.required) {
    if (usage.props[prop] === undefined) problems.push(error(story.file, at(), `is missing the \`${prop}\` prop`, `write it as ${prop}="…"`));
  }
  if (spec.parents && !(usage.parent && spec.parents.includes(usage.parent))) {
    const inside = spec.parents.length === 1 ? `<${spec.parents[0]}>` : `a chart (${spec.parents.map((p) => `<${p}>`).join(', ')})`;
    const example = spec.parents[0] ?? '';
    const where = usage.parent ? `, not inside <${usage.parent}>` : '; here it would be ignored';
    problems.push(error(story.file, at(), `is only read inside ${inside}${where}`, `move it between the opening and closing tags, as in <${example} …><${usage.component} … /></${example}>`));
  }
  const one = (prop: string | undefined) => (prop ? usage.props[prop] : undefined);

  const claimId = one(spec.claimProp);
  if (typeof claimId === 'string') {
    if (!slugs.includes(claimId) && !bundle.declared.claims.has(`${story.id}/${claimId}`)) problems.push(error(story.file, at(`id="${claimId}"`), `no claim "${claimId}" in content/claims/${story.id}/ (${suggest(claimId, slugs)})`, `fix the id, or add content/claims/${story.id}/${claimId}.yaml`));
  }
  const sourceId = one(spec.sourceProp);
  if (typeof sourceId === 'string' && !bundle.declared.sources.has(sourceId)) {
    problems.push(error(story.file, at(`source="${sourceId}"`), `no source "${sourceId}" (${suggest(sourceId, bundle.declared.sources)})`, `fix the id, or add content/sources/${sourceId}.yaml`));
  }
  const termId = one(spec.termProp);
  if (typeof termId === 'string' && !bundle.glossary.some((t) => t.id === termId)) {
    problems.push(error(story.file, at(`id="${termId}"`), `no glossary term "${termId}" (${suggest(termId, bundle.glossary.map((t) => t.id))})`, 'add it to content/glossary.yaml or fix the id'));
  }
  const verdictId = one(spec.verdictProp);
  if (typeof verdictId === 'string' && !bundle.declared.verdicts.has(verdictId)) {
    problems.push(error(story.file, at(`id="${verdictId}"`), `"${verdictId}" is not on the rating scale (${suggest(verdictId, bundle.declared.verdicts)})`));
  }
  const datasetId = one(spec.datasetProp);
  if (typeof datasetId === 'string') {
    const dataset = bundle.datasets.find((d) => d.id === datasetId);
    if (!dataset) {
      // A dataset file that exists but is invalid has its own problems already; do not also call it missing.
      if (!bundle.declared.datasets.has(datasetId)) problems.push(error(story.file, at(`dataset="${datasetId}"`), `no dataset "${datasetId}" (${suggest(datasetId, bundle.datasets.map((d) => d.id))})`, `fix the id, or add content/datasets/${datasetId}.csv with its .yaml`));
    } else {
      const columns = dataset.data.columns.map((c) => c.name);
      for (const prop of spec.columnProps ?? []) {
        for (const name of asList(usage.props[prop])) {
          const column = dataset.data.columns.find((c) => c.name === name);
          if (!column) {
            problems.push(error(story.file, at(`${prop}="${name}"`), `dataset "${datasetId}" has no column "${name}" (${suggest(name, columns)})`, `use a column declared in ${dataset.file}`));
            continue;
          }
          const types = spec.columnTypes?.[prop];
          if (types && !types.includes(column.type)) {
            const fitting = dataset.data.columns.filter((c) => types.includes(c.type)).map((c) => `${c.name} (${c.type})`);
            const fix = fitting.length > 0 ? `use one of: ${fitting.join(', ')}` : `declare a ${types.join(' or ')} column in ${dataset.file}`;
            problems.push(error(story.file, at(`${prop}="${name}"`), `column "${name}" of dataset "${datasetId}" has the wrong type: it is ${column.type}, and ${prop} needs a ${types.join(' or ')} column`, fix));
          }
        }
      }
      const where = one(spec.whereProp);
      if (typeof where === 'string') {
        const names = whereColumns(where);
        if (names.length === 0) problems.push(error(story.file, at(`where="${where}"`), 'is not a row filter', 'write where="column=value"; join several conditions with &'));
        for (const name of names) {
          if (!columns.includes(name)) problems.push(error(story.file, at(`where="${where}"`), `dataset "${datasetId}" has no column "${name}" to filter on (${suggest(name, columns)})`, `use a column declared in ${dataset.file}`));
        }
      }
    }
  }
  return problems;
}
