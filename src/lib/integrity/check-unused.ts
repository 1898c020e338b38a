// Warnings for content nobody sees: sources never cited, claims never shown, datasets never drawn or used. A story
// that could not be read may use anything, so while one is broken these warnings wait rather than mislead.
import type { ContentBundle } from '../content/bundle.ts';
import { warning, type Problem } from '../content/problem.ts';
import { componentUsages } from '../content/story-mdx.ts';
import type { RefKind } from '../registry/prop-spec.ts';
import { effectiveSpec, isStoryComponent } from '../registry/story-components.ts';

/** Ids each story's MDX names, by kind (claims as "story/slug"). */
function namedIds(bundle: ContentBundle): Record<RefKind, Set<string>> {
  const named: Record<RefKind, Set<string>> = { claim: new Set(), source: new Set(), dataset: new Set(), term: new Set(), verdict: new Set() };
  for (const story of bundle.stories) {
    for (const usage of componentUsages(story.mdx)) {
      if (!isStoryComponent(usage.component)) continue;
      const props = usage.props as Record<string, unknown>;
      for (const [name, prop] of Object.entries(effectiveSpec(usage.component, props).props)) {
        const value = props[name];
        if (prop.kind !== 'ref' || typeof value !== 'string') continue;
        named[prop.to].add(prop.to === 'claim' ? `${story.id}/${value}` : value);
      }
    }
  }
  return named;
}

export function checkUnused(bundle: ContentBundle): Problem[] {
  const unreadable = new Set([...bundle.declared.stories].filter((id) => !bundle.stories.some((s) => s.id === id && !s.mdx.syntaxError)));
  const named = namedIds(bundle);
  const citedSources = named.source;
  const usedDatasets = named.dataset;
  for (const claim of bundle.claims) {
    if (!named.claim.has(claim.id)) continue;
    claim.data.evidence.forEach((e) => citedSources.add(e.source));
    claim.data.figures.forEach((f) => f.compute && usedDatasets.add(f.compute.dataset));
  }
  // A dataset's sources are cited by the dataset itself, drawn or not (an unused dataset has its own warning).
  for (const dataset of bundle.datasets) dataset.data.sources.forEach((id) => citedSources.add(id));
  bundle.glossary.forEach((term) => term.data.sources.forEach((id) => citedSources.add(id)));

  // While a story cannot be read, what it cites and draws is unknown: only claims of the other stories are judged.
  const judged = unreadable.size === 0;
  const problems: Problem[] = [];
  for (const source of bundle.sources) {
    if (judged && !citedSources.has(source.id)) problems.push(warning(source.file, '', 'is never cited', 'cite it from a claim\'s evidence, a dataset or <Cite source="…" />, or delete it'));
  }
  for (const claim of bundle.claims) {
    if (!named.claim.has(claim.id) && !unreadable.has(claim.story)) problems.push(warning(claim.file, '', 'is never shown', `add <Claim id="${claim.slug}" /> to content/stories/${claim.story}/index.mdx`));
  }
  for (const dataset of bundle.datasets) {
    if (judged && !usedDatasets.has(dataset.id)) problems.push(warning(dataset.file, '', 'is never drawn or used in a figure check', 'use it in a chart or a claim\'s figures, or delete it'));
  }
  return problems;
}
