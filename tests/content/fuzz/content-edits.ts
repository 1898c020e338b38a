// Random edits to a content folder, as fast-check arbitraries, for the content fuzzing tests: values of the wrong
// type, fields dropped or duplicated, unicode and control characters, huge values, byte-order marks, truncated and
// garbled files, files emptied or deleted. Each edit is data (so fast-check can print and shrink it) and is applied
// to a working copy of the content, which restore() puts back.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { readDocuments, type ContentDocument } from '../content-documents.ts';

export type Edit =
  | { kind: 'retype'; file: number; node: number; value: unknown }
  | { kind: 'drop'; file: number; node: number }
  | { kind: 'duplicate-line'; file: number; at: number }
  | { kind: 'insert'; file: number; at: number; text: string }
  | { kind: 'replace-string'; file: number; node: number; text: string }
  | { kind: 'bom'; file: number }
  | { kind: 'truncate'; file: number; at: number }
  | { kind: 'empty'; file: number }
  | { kind: 'delete'; file: number };

const CONTROL = fc.constantFrom('\u0000', '\u0007', '\b', '\u001b', '\u007f', '\u0085', '\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff', '\uffff', '\ud800', '\udfff', '\r', '\r\n', '\t');
const SYNTAX = fc.constantFrom(':', ': ', '- ', '{', '}', '[', ']', '"', "'", '#', '&', '*', '!', '|', '>', ',', '\n', '\n---\n', '<', '</', '<Claim', '{/*', '`', '\\', '%', '@');

/** Text that stresses parsers and renderers: any unicode (lone surrogates included), control characters, syntax. */
const awkwardText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(CONTROL, SYNTAX, fc.string({ unit: 'grapheme', maxLength: 4 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
  fc.constantFrom('x'.repeat(200_000), '字'.repeat(50_000), '\u0301'.repeat(5_000), '😀'.repeat(20_000)),
);

/** Values of every YAML type, and some no schema expects. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -1, 1.5, 2021, 1e21, Number.MAX_SAFE_INTEGER, true, false, null, '', ' ', [], {}, ['a', 'b'], { nested: { deeper: [1, { x: 'y' }] } }),
  fc.constantFrom(Array.from({ length: 10_000 }, (_, i) => i), Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i]))),
  awkwardText,
);

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('retype' as const), file: fc.nat(), node: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('drop' as const), file: fc.nat(), node: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), file: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), file: fc.nat(), at: fc.nat(), text: awkwardText }),
  fc.record({ kind: fc.constant('replace-string' as const), file: fc.nat(), node: fc.nat(), text: awkwardText }),
  fc.record({ kind: fc.constant('bom' as const), file: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), file: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('empty' as const), file: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), file: fc.nat() }),
);

/** One to three edits: a case. */
export const editsArb = fc.array(editArb, { minLength: 1, maxLength: 3 });

type Path = Array<string | number>;

/** Every node of a YAML value (objects, arrays and scalars), with its path; the root is not one. */
function nodePaths(value: unknown, path: Path = []): Path[] {
  const children: Path[] = Array.isArray(value)
    ? value.flatMap((item, i) => nodePaths(item, [...path, i]))
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => nodePaths(item, [...path, key]))
      : [];
  return path.length ? [path, ...children] : children;
}

const parentOf = (root: unknown, path: Path) => path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown> | unknown[];

/** A content folder to edit case after case: the original files are kept, and restore() writes them back. */
export class ContentWorkspace {
  readonly contentDir: string;
  readonly documents: ContentDocument[];
  private readonly touched = new Set<string>();

  constructor(contentDir: string) {
    this.contentDir = contentDir;
    this.documents = readDocuments(contentDir);
  }

  /** The files a case's edits change (relative paths), applied in order. */
  apply(edits: readonly Edit[]): string[] {
    const changed: string[] = [];
    for (const edit of edits) {
      const doc = this.documents[edit.file % this.documents.length]!;
      const file = join(this.contentDir, doc.path);
      this.touched.add(doc.path);
      changed.push(doc.path);
      if (edit.kind === 'delete') {
        rmSync(file, { force: true });
        continue;
      }
      const current = existsSync(file) ? readFileSync(file, 'utf8') : doc.text;
      writeFileSync(file, editText(doc, current, edit));
    }
    return [...new Set(changed)];
  }

  /** Puts back every file changed since the last restore. */
  restore(): void {
    for (const path of this.touched) {
      const doc = this.documents.find((d) => d.path === path)!;
      writeFileSync(join(this.contentDir, path), doc.text);
    }
    this.touched.clear();
  }
}

/** The file's new text after one edit. Structural edits re-serialise the YAML; text edits work on the characters. */
function editText(doc: ContentDocument, current: string, edit: Exclude<Edit, { kind: 'delete' }>): string {
  const at = (n: number) => (current.length === 0 ? 0 : n % (current.length + 1));
  switch (edit.kind) {
    case 'bom':
      return `\ufeff${current}`;
    case 'empty':
      return '';
    case 'truncate':
      return current.slice(0, at(edit.at));
    case 'insert':
      return current.slice(0, at(edit.at)) + edit.text + current.slice(at(edit.at));
    case 'duplicate-line': {
      const lines = current.split('\n');
      const i = edit.at % lines.length;
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    default:
      return editStructure(doc, current, edit);
  }
}

function editStructure(doc: ContentDocument, current: string, edit: Extract<Edit, { kind: 'retype' | 'drop' | 'replace-string' }>): string {
  const split = doc.kind === 'frontmatter' ? /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(current) : null;
  const yamlText = doc.kind === 'yaml' ? current : split?.[1];
  if (yamlText === undefined) return current + (edit.kind === 'replace-string' ? edit.text : '');
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch {
    return current; // an earlier edit already broke the YAML: leave it broken
  }
  const paths = nodePaths(data);
  if (paths.length === 0) return current;
  const path = paths[edit.node % paths.length]!;
  const parent = parentOf(data, path);
  const key = path[path.length - 1]!;
  if (edit.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string, unknown>)[key];
  } else if (edit.kind === 'retype') {
    (parent as Record<string | number, unknown>)[key] = edit.value;
  } else {
    const old = (parent as Record<string | number, unknown>)[key];
    (parent as Record<string | number, unknown>)[key] = typeof old === 'string' ? old.slice(0, 10) + edit.text + old.slice(10) : edit.text;
  }
  const yaml = stringify(data, { lineWidth: 0 });
  return doc.kind === 'yaml' ? yaml : `---\n${yaml}---\n${split?.[2] ?? ''}`;
}
