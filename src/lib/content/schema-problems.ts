// Turns Zod validation issues into editor-facing problems that name the field and the fix.
import type { z } from 'astro/zod';
import { error, fieldPath, type Problem } from './problem.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === 'object' ? 'a mapping' : `${typeof value} ${String(value)}`}`;
}

/** How to write a value of a type in YAML. */
const TYPE_FIXES: Record<string, string> = {
  array: 'write a list: one item per line, each starting with "- " (or [a, b] on one line)',
  object: 'write the fields on the lines below it, indented by two spaces',
  number: 'write the number in digits, with a dot for decimals and no quotes, e.g. 191.2',
  boolean: 'write true or false, without quotes',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  date: 'a date',
};

/** Fields content written for an earlier version may still have, and what replaces each. */
const RENAMED_FIELDS: Record<string, string> = {
  archiveUrl: 'write the snapshot as `archived:` with `url:` (its address) and `date:` (the day it was captured, YYYY-MM-DD) on the two lines below, indented by two spaces',
};

/** Known top-level fields of an object schema, to suggest when a key is unrecognised. */
function shapeKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown } }).def;
    if (!def) return [];
    if (def.type === 'array' && typeof key === 'number') current = def.element;
    else if (def.shape && typeof key === 'string') current = def.shape[key];
    else return [];
    while ((current as { def?: { innerType?: unknown } }).def?.innerType) current = (current as { def: { innerType: unknown } }).def.innerType;
  }
  const shape = (current as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}

export function schemaProblems(file: string, schema: z.ZodType, data: unknown, issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): Problem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const field = fieldPath(path);
    const value = valueAt(data, issue.path);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        if (value === undefined) return error(file, field, 'is required but missing', `add \`${String(issue.path.at(-1) ?? field)}:\` with ${expected}`);
        const quoteHint = issue.expected === 'string' && (typeof value === 'boolean' || typeof value === 'number') ? `YAML reads ${String(value)} as ${typeof value}; write it in quotes: "${String(value)}"` : undefined;
        return error(file, field, `must be ${expected}, not ${describeValue(value)}`, quoteHint ?? TYPE_FIXES[issue.expected] ?? `write ${expected}`);
      }
      case 'invalid_value':
        return error(file, field, `${describeValue(value)} is not allowed`, `use one of: ${issue.values.map(String).join(', ')}`);
      case 'unrecognized_keys': {
        const renamed = RENAMED_FIELDS[issue.keys[0] ?? ''];
        if (renamed) return error(file, fieldPath([...path, issue.keys[0] ?? '']), `the field "${issue.keys[0]}" is no longer used`, renamed);
        const known = shapeKeys(schema, issue.path);
        return error(file, fieldPath([...path, issue.keys[0] ?? '']), `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`, known.length ? `check the spelling; allowed fields are ${known.join(', ')}` : 'remove it (see docs/EDITING.md for the fields)');
      }
      case 'too_small':
        if (Array.isArray(value)) return error(file, field, issue.message, `add ${issue.minimum === 1 ? 'one' : issue.minimum} or more, one per line starting with "- "`);
        if (typeof value === 'string') return error(file, field, issue.message, 'write the text, or leave the field out if it is optional');
        return error(file, field, `${issue.message.replace(/^Too small: expected number to be /, 'must be ')}`, 'use a larger number');
      case 'too_big':
        return error(file, field, issue.message, Array.isArray(value) ? `give at most ${String(issue.maximum)}` : 'use a smaller value');
      case 'invalid_format':
        return error(file, field, `${describeValue(value)} ${issue.message}`, 'use lower-case letters a-z, digits and single hyphens, e.g. "canalys-2021"');
      case 'custom': {
        const fix = (issue.params as { fix?: string } | undefined)?.fix ?? 'see docs/EDITING.md for what this field takes';
        return error(file, field, value === undefined ? issue.message : `${describeValue(value)} ${issue.message}`, fix);
      }
      default:
        return error(file, field, value === undefined ? `${issue.message}` : `${describeValue(value)} ${issue.message}`, 'see docs/EDITING.md for what this field takes');
    }
  });
}
