// Writes a snapshot into a source file as its `archived:` field and changes nothing else in the file: comments,
// quoting, folded notes and key order stay as the editor wrote them. A text edit, checked by parsing before and after.
import { parse } from 'yaml';
import type { ArchivedCopy } from '../content/archived-copy.ts';

/** A YAML single-quoted scalar: the only escape is '' for '. */
const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The `archived:` block, with the line ending the file uses. */
function block(copy: ArchivedCopy, eol: string): string {
  return [`archived:`, `  url: ${quoted(copy.url)}`, `  date: ${quoted(copy.date)}`].join(eol) + eol;
}

/** Lines with their endings, so joining them gives back the text byte for byte. */
const linesOf = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** A top-level key line ("url: …"), not an indented line, a comment or a list item. */
const topLevelKey = (line: string) => /^[A-Za-z_][\w-]*\s*:/.exec(line)?.[0].replace(/\s*:$/, '');

/**
 * The file with `archived` set to `copy`: an existing top-level `archived:` block is replaced; otherwise the block
 * goes after `accessed:` (its neighbour in the documented order), or at the end. Throws if the result would read
 * differently from the file in anything but `archived`.
 */
export function withArchived(text: string, copy: ArchivedCopy): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = linesOf(text);
  const keyAt = lines.map(topLevelKey);
  const start = keyAt.indexOf('archived');
  let result: string;
  if (start >= 0) {
    // The old block is its key line and the indented lines under it.
    let end = start + 1;
    while (end < lines.length && /^[ \t]+\S/.test(lines[end] ?? '')) end++;
    result = [...lines.slice(0, start), block(copy, eol), ...lines.slice(end)].join('');
  } else {
    const accessed = keyAt.indexOf('accessed');
    // After `accessed:` and any lines that continue its value.
    let at = accessed >= 0 ? accessed + 1 : lines.length;
    while (accessed >= 0 && at < lines.length && /^\s+\S/.test(lines[at] ?? '')) at++;
    const before = lines.slice(0, at).join('');
    const joint = before === '' || before.endsWith('\n') ? '' : eol;
    result = before + joint + block(copy, eol) + lines.slice(at).join('');
  }
  const expected = { ...(parse(text) as Record<string, unknown>), archived: copy };
  if (!sameFields(result, expected)) throw new Error('writing archived: would change other fields of the file; add it by hand');
  return result;
}

/** True when `text` parses to exactly `expected` (key order aside). */
function sameFields(text: string, expected: Record<string, unknown>): boolean {
  try {
    return JSON.stringify(sortKeys(parse(text) as Record<string, unknown>)) === JSON.stringify(sortKeys(expected));
  } catch {
    return false;
  }
}

const sortKeys = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
