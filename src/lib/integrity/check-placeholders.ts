// Scaffold placeholders left in content: "[replace: …]" in any field, story or article text, and the starter
// source's address. A warning while editing (the story can be previewed); the build refuses them (blocksBuild).
import type { ContentBundle } from '../content/bundle.ts';
import { findPlaceholder } from '../content/placeholder.ts';
import { fieldPath, warning, type Problem } from '../content/problem.ts';

/** Every text value inside `data`, with its field path. */
function texts(data: unknown, path: PropertyKey[] = []): Array<{ field: string; text: string }> {
  if (typeof data === 'string') return [{ field: fieldPath(path), text: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => texts(item, [...path, i]));
  if (data !== null && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => texts(value, [...path, key]));
  return [];
}

function placeholderProblem(file: string, field: string, found: string): Problem {
  const what = found.startsWith('[') ? `the placeholder "${found}"` : `the placeholder address ${found}`;
  return { ...warning(file, field, `still holds ${what}`, 'write the real text (or address) before publishing: the build refuses placeholders'), blocksBuild: true };
}

/** The line (1-based, counted from `firstLine`) of the first placeholder in a body, with the placeholder. */
function inBody(body: string, firstLine: number): { line: number; found: string } | undefined {
  const lines = body.split('\n');
  for (const [i, line] of lines.entries()) {
    const found = findPlaceholder(line);
    if (found) return { line: firstLine + i, found };
  }
  return undefined;
}

export function checkPlaceholders(bundle: ContentBundle): Problem[] {
  const problems: Problem[] = [];
  const fields = (file: string, data: unknown, prefix: PropertyKey[] = []) => {
    for (const { field, text } of texts(data, prefix)) {
      const found = findPlaceholder(text);
      if (found) problems.push(placeholderProblem(file, field, found));
    }
  };
  for (const entry of [...bundle.sources, ...bundle.claims, ...bundle.datasets, ...(bundle.site ? [bundle.site] : [])]) fields(entry.file, entry.data);
  for (const item of [...bundle.verdicts, ...bundle.glossary]) fields(item.file, item.data, [item.index]);
  for (const original of bundle.originals) {
    fields(original.file, original.data);
    const body = inBody(original.body, 1);
    if (body) problems.push(placeholderProblem(original.file, 'body', body.found));
  }
  for (const story of bundle.stories) {
    fields(story.file, story.data);
    const body = inBody(story.body, story.bodyLine);
    if (body) problems.push(placeholderProblem(story.file, `line ${body.line}`, body.found));
  }
  return problems;
}
