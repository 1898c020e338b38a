// The problems that concern one story's pages: those in its own files and in the sources, datasets, glossary and
// rating scale it draws on. The workbench lists these for the page the editor is looking at.
import type { ContentBundle } from '../content/bundle.ts';
import type { Problem } from '../content/problem.ts';
import { componentUsages } from '../content/story-mdx.ts';

/** Repository-relative files a story's pages are built from. */
export function storyFiles(bundle: ContentBundle, storyId: string): Set<string> {
  const files = new Set<string>();
  const story = bundle.stories.find((s) => s.id === storyId);
  const claims = bundle.claims.filter((c) => c.story === storyId);
  if (story) files.add(story.file);
  const original = story && bundle.originals.find((o) => o.id === story.data.original);
  if (original) files.add(original.file);
  const sources = new Set(claims.flatMap((c) => c.data.evidence.map((e) => e.source)));
  const datasets = new Set(claims.flatMap((c) => c.data.figures.flatMap((f) => (f.compute ? [f.compute.dataset] : []))));
  for (const usage of story ? componentUsages(story.mdx) : []) {
    if (typeof usage.props.source === 'string') sources.add(usage.props.source);
    if (typeof usage.props.dataset === 'string') datasets.add(usage.props.dataset);
  }
  for (const claim of claims) files.add(claim.file);
  for (const source of bundle.sources) if (sources.has(source.id)) files.add(source.file);
  for (const dataset of bundle.datasets) {
    if (datasets.has(dataset.id)) {
      files.add(dataset.file);
      files.add(dataset.csvFile);
    }
  }
  for (const item of [...bundle.glossary, ...bundle.verdicts]) files.add(item.file);
  return files;
}

/**
 * The problems of a story's pages; every problem for pages of no story. A story that did not load is known only by
 * its folder, so its problems are those of files in its folders.
 */
export function problemsForStory(problems: readonly Problem[], bundle: ContentBundle, storyId: string | undefined): Problem[] {
  if (storyId === undefined || !bundle.declared.stories.has(storyId)) return [...problems];
  const files = storyFiles(bundle, storyId);
  const own = (file: string) => files.has(file) || file.includes(`/stories/${storyId}/`) || file.includes(`/claims/${storyId}/`);
  return problems.filter((problem) => own(problem.file));
}
