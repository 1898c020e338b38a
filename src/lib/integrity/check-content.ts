// Every integrity rule over a parsed bundle. Pure: the same function runs in the build and in `npm run check:content`.
import type { ContentBundle } from '../content/bundle.ts';
import { readContent } from '../content/read-content.ts';
import { checkClaims } from './check-claims.ts';
import { checkDatasets } from './check-datasets.ts';
import { checkIds } from './check-ids.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { checkReferences } from './check-references.ts';
import { checkStoryUsages } from './check-story-usages.ts';
import { checkUnused } from './check-unused.ts';
import { forBuild, type Problem } from '../content/problem.ts';

export function checkBundle(bundle: ContentBundle): Problem[] {
  return [...checkIds(bundle), ...checkReferences(bundle), ...checkStoryUsages(bundle), ...checkClaims(bundle), ...checkDatasets(bundle), ...checkPlaceholders(bundle), ...checkUnused(bundle)];
}

export interface CheckOptions {
  /** 'edit' (check:content, dev): placeholders are warnings; 'build': they are errors. Default 'edit'. */
  purpose?: 'edit' | 'build';
}

/** Reads content/ under `root` (or `contentPath`) and runs every rule: parse problems and integrity problems together. */
export function checkContent(root: string, contentPath?: string, options: CheckOptions = {}): { bundle: ContentBundle; problems: Problem[] } {
  const { bundle, problems } = readContent(root, contentPath);
  const all = [...problems, ...checkBundle(bundle)];
  return { bundle, problems: options.purpose === 'build' ? forBuild(all) : all };
}
