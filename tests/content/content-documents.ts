// A content folder as editable documents, for tests that rewrite content wholesale (the hostile-content build, the
// fuzzer): YAML files and the frontmatter of stories and originals as data, bodies and CSV as text.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/parse-yaml.ts';

export type DocumentKind = 'yaml' | 'frontmatter' | 'csv' | 'text';

export interface ContentDocument {
  /** Path relative to the content folder, with forward slashes: "claims/demo/overseas.yaml". */
  path: string;
  kind: DocumentKind;
  /** Parsed YAML (the whole file, or the frontmatter); for a CSV, its rows (header first) as strings. */
  data?: unknown;
  /** The body after the frontmatter (stories, originals). */
  body?: string;
  /** The file as read: CSV and anything not YAML. */
  text: string;
}

export function readDocuments(contentDir: string): ContentDocument[] {
  const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  return files.map((path) => {
    const text = readFileSync(join(contentDir, path), 'utf8');
    if (/\.ya?ml$/.test(path)) return { path, kind: 'yaml', data: parse(text), text };
    if (/\.csv$/.test(path)) return { path, kind: 'csv', data: csvParseRows(text), text };
    if (/\.mdx?$/.test(path)) {
      const split = splitFrontmatter(text);
      if (split) return { path, kind: 'frontmatter', data: parse(split.frontmatter), body: split.body, text };
    }
    return { path, kind: 'text', text };
  });
}

/** The document's file text from its (edited) data, body or text. */
export function documentText(doc: ContentDocument): string {
  const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });
  if (doc.kind === 'yaml') return yaml(doc.data);
  if (doc.kind === 'frontmatter') return `---\n${yaml(doc.data)}---\n${doc.body ?? ''}`;
  if (doc.kind === 'csv') return `${csvFormatRows(doc.data as string[][])}\n`;
  return doc.text;
}

export function writeDocument(contentDir: string, doc: ContentDocument): void {
  writeFileSync(join(contentDir, doc.path), documentText(doc));
}

export type LeafPath = ReadonlyArray<string | number>;

/** Every string in a YAML value, with its path (keys and indexes). */
export function stringLeaves(value: unknown, path: LeafPath = []): Array<{ path: LeafPath; value: string }> {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

/** Sets the value at a path that exists. */
export function setAt(root: unknown, path: LeafPath, value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
  (parent as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}

/** The path as the content checks write it: evidence[0].source, [3].label. */
export function fieldName(path: LeafPath): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}
