// Warnings for content nobody sees: sources never cited, claims never shown, datasets never drawn or used.
import type { ContentBundle } from '../content/bundle.ts';
import { STORY_COMPONENTS } from '../story-components.ts';
import { findUsages } from '../content/mdx-usages.ts';
import { warning, type Problem } from './problem.ts';

export function checkUnused(bundle: ContentBundle): Problem[] {
  const citedSources = new Set<string>();
  const shownClaims = new Set<string>();
  const usedDatasets = new Set<string>();
  for (const story of bundle.stories) {
    for (const usage of findUsages(story.body)) {
      const spec = STORY_COMPONENTS[usage.component];
      const prop = (name: string | undefined) => (name ? usage.props[name] : undefined);
      const source = prop(spec?.sourceProp);
      const claim = prop(spec?.claimProp);
      const dataset = prop(spec?.datasetProp);
      if (typeof source === 'string') citedSources.add(source);
      if (typeof claim === 'string') shownClaims.add(`${story.id}/${claim}`);
      if (typeof dataset === 'string') usedDatasets.add(dataset);
    }
  }
  for (const claim of bundle.claims) {
    if (!shownClaims.has(claim.id)) continue;
    claim.data.evidence.forEach((e) => citedSources.add(e.source));
    claim.data.figures.forEach((f) => usedDatasets.add(f.compute.dataset));
  }
  for (const dataset of bundle.datasets) {
    if (!usedDatasets.has(dataset.id)) continue;
    dataset.data.sources.forEach((id) => citedSources.add(id));
  }
  bundle.glossary.forEach((term) => term.data.sources.forEach((id) => citedSources.add(id)));

  const problems: Problem[] = [];
  for (const source of bundle.sources) {
    if (!citedSources.has(source.id)) problems.push(warning(source.file, '', 'is never cited', 'cite it from a claim\'s evidence, a dataset or <Cite source="…" />, or delete it'));
  }
  for (const claim of bundle.claims) {
    if (!shownClaims.has(claim.id)) problems.push(warning(claim.file, '', 'is never shown', `add <Claim id="${claim.slug}" /> to content/stories/${claim.story}/index.mdx`));
  }
  for (const dataset of bundle.datasets) {
    if (!usedDatasets.has(dataset.id)) problems.push(warning(dataset.file, '', 'is never drawn or used in a figure check', 'use it in a chart or a claim\'s figures, or delete it'));
  }
  return problems;
}
