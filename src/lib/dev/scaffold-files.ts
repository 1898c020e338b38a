// The scaffolder on disk: what it needs to know of content/ (files that exist, sources, ratings, a story's claims and
// original), and writing the files it planned. Shared by `npm run new` and the dev workbench.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { ContentBundle } from '../content/bundle.ts';
import type { ClaimSnapshot, ScaffoldPlan } from './scaffold.ts';

/** The snapshot the planners take; `story` adds that story's text, original and claims. */
export function contentSnapshot(root: string, dir: string, bundle: ContentBundle, story?: string): ClaimSnapshot {
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const storyEntry = bundle.stories.find((s) => s.id === story);
  const storyPath = story ? join(dir, 'stories', story, 'index.mdx') : undefined;
  const originalId = storyEntry?.data.original ?? story;
  const claims = bundle.claims.filter((c) => c.story === story);
  return {
    contentDir: rel(dir) || 'content',
    exists: (path) => existsSync(join(root, path)),
    sources: [...bundle.declared.sources].sort(),
    verdicts: bundle.verdicts.map((v) => ({ id: v.id, label: v.data.label, ordinal: v.data.ordinal })),
    today: new Date().toISOString().slice(0, 10),
    storyText: storyPath && existsSync(storyPath) ? readFileSync(storyPath, 'utf8') : undefined,
    originalId,
    originalBody: bundle.originals.find((o) => o.id === originalId)?.body,
    takenQuotes: claims.map((c) => c.data.quote),
    storySources: claims.flatMap((c) => c.data.evidence.map((e) => e.source)),
  };
}

/** Writes a successful plan (new files refuse to overwrite); returns the paths written. */
export function writePlan(root: string, plan: Extract<ScaffoldPlan, { ok: true }>): string[] {
  for (const file of plan.create) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content, { flag: 'wx' });
  }
  for (const file of plan.update) writeFileSync(join(root, file.path), file.content);
  return [...plan.create, ...plan.update].map((file) => file.path);
}
