// Checks a component's props against its declaration: required props, unknown props, value types, ids that must
// exist and dataset columns. The content checks run it on the props written in MDX, the components on the props
// they receive, so a story that passes the checks renders and one that would not render fails them.
import type { ColumnMeta } from '../content/table.ts';
import { EXPRESSION } from '../content/story-mdx.ts';
import { editDistance, suggest } from '../content/suggest.ts';
import { whereColumns } from '../datasets/row-filter.ts';
import type { ComponentSpec, PropSpec, RefKind } from './prop-spec.ts';

/** What is wrong with one prop (or with the component when `prop` is absent), in the editor's words. */
export interface PropProblem {
  /** The prop at fault. */
  prop?: string;
  /** The value at fault, as written (one item of a list). */
  value?: string;
  message: string;
  fix: string;
}

/** A dataset as the prop checks see it. */
export interface DatasetColumns {
  /** Repository-relative path of its metadata file, named in fixes. */
  file: string;
  columns: readonly ColumnMeta[];
}

/** The content props may name. */
export interface PropWorld {
  /** The story the component is written in (claims are the story's own). */
  storyId: string;
  /** True when an entry exists, even one that failed to load (its own problems are reported, not this one). */
  exists(kind: RefKind, id: string): boolean;
  /** Ids that loaded, offered as suggestions. */
  known(kind: RefKind): Iterable<string>;
  /** Columns of a dataset that loaded; undefined when it is missing or did not load. */
  columns(dataset: string): DatasetColumns | undefined;
  /** A more precise reason than "no such id", when the world knows one (a glossary term of other stories). */
  whyMissing?(kind: RefKind, id: string): Omit<PropProblem, 'prop' | 'value'> | undefined;
}

/** A world with no content, for components whose props name none (Step, Annotation). */
export const NO_CONTENT: PropWorld = { storyId: '', exists: () => false, known: () => [], columns: () => undefined };

/** `<Claim id="x">` — how problems name the place. */
export function tagOf(component: string, prop?: string, value?: string): string {
  if (prop === undefined) return `<${component}>`;
  return value === undefined ? `<${component} ${prop}>` : `<${component} ${prop}="${value}">`;
}

/** How a missing id is reported, by kind. */
export function missingRef(kind: RefKind, id: string, world: Pick<PropWorld, 'storyId' | 'known'>): Omit<PropProblem, 'prop' | 'value'> {
  const known = suggest(id, world.known(kind));
  switch (kind) {
    case 'claim':
      return { message: `no claim "${id}" in content/claims/${world.storyId}/ (${known})`, fix: `fix the id, or add content/claims/${world.storyId}/${id}.yaml` };
    case 'source':
      return { message: `no source "${id}" (${known})`, fix: `fix the id, or add content/sources/${id}.yaml` };
    case 'dataset':
      return { message: `no dataset "${id}" (${known})`, fix: `fix the id, or add content/datasets/${id}.csv with its .yaml` };
    case 'term':
      return { message: `no glossary term "${id}" (${known})`, fix: 'add it to content/glossary.yaml or fix the id' };
    case 'verdict':
      return { message: `"${id}" is not on the rating scale (${suggest(id, world.known(kind), 10)})`, fix: 'use an id from content/verdicts.yaml' };
  }
}

const isKey = (value: unknown): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** A value written as one item or a list, as a list. */
function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/** The dataset a component's column props refer to: the value of its dataset prop. */
function datasetProp(spec: ComponentSpec): string | undefined {
  return Object.entries(spec.props).find(([, prop]) => prop.kind === 'ref' && prop.to === 'dataset')?.[0];
}

function checkValue(name: string, prop: PropSpec, value: unknown, world: PropWorld, dataset: { id: string; meta: DatasetColumns } | undefined): PropProblem[] {
  const problem = (message: string, fix: string, shown?: string): PropProblem => ({ prop: name, ...(shown !== undefined ? { value: shown } : {}), message, fix });
  switch (prop.kind) {
    case 'text':
      return typeof value === 'string' ? [] : [problem(`must be text, not ${describe(value)}`, `write it in quotes: ${name}="…"`)];
    case 'choice':
      if (typeof value === 'string' && prop.values.includes(value)) return [];
      return [problem(`must be one of ${prop.values.map((v) => `"${v}"`).join(', ')}`, `write ${name}="${prop.values[0] ?? ''}", or leave it out${prop.default ? ` for ${prop.default}` : ''}`, typeof value === 'string' ? value : undefined)];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [problem(`must be true or false, not ${describe(value)}`, `write ${name} alone for true, or ${name}={false}`)];
    case 'key':
      return isKey(value) ? [] : [problem(`must be one key (text or a number), not ${describe(value)}`, `write ${name}="…" or ${name}={2020}`)];
    case 'keys':
      return items(value).every(isKey) ? [] : [problem(`must be a key or a list of keys, not ${describe(value)}`, `write ${name}="…", or ${name}={["…", "…"]} for several`)];
    case 'ref': {
      if (typeof value !== 'string' || value === '') return [problem(`must be the id of a ${prop.to === 'term' ? 'glossary term' : prop.to}`, `write ${name}="…"`)];
      if (world.exists(prop.to, value)) return [];
      const missing = world.whyMissing?.(prop.to, value) ?? missingRef(prop.to, value, world);
      return [problem(missing.message, missing.fix, value)];
    }
    case 'column': {
      const names = items(value);
      if (!names.every((item) => typeof item === 'string')) return [problem(`must name ${prop.list ? 'one column or a list of columns' : 'one column'}`, `write ${name}="column"${prop.list ? ` or ${name}={["a", "b"]}` : ''}`)];
      if (Array.isArray(value) && !prop.list) return [problem('takes one column here, not a list', `name one column: ${name}="…"`)];
      if (Array.isArray(value) && value.length === 0) return [problem('names no column', `name at least one: ${name}="…"`)];
      if (!dataset) return [];
      return (names as string[]).flatMap((column) => columnProblems(name, column, prop, dataset));
    }
    case 'where': {
      if (typeof value !== 'string') return [problem(`must be text, not ${describe(value)}`, 'write where="column=value"')];
      const columns = whereColumns(value);
      if (columns.length === 0) return [problem('is not a row filter', 'write where="column=value"; join several conditions with &', value)];
      if (!dataset) return [];
      const known = dataset.meta.columns.map((c) => c.name);
      return columns
        .filter((column) => !known.includes(column))
        .map((column) => problem(`dataset "${dataset.id}" has no column "${column}" to filter on (${suggest(column, known)})`, `use a column declared in ${dataset.meta.file}`, value));
    }
    case 'annotations': {
      const valid = Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object' && isKey((item as { at?: unknown }).at) && typeof (item as { text?: unknown }).text === 'string');
      return valid ? [] : [problem('must be a list of callouts, each { at: "…", text: "…" }', `write ${name}={[{ at: "2020", text: "Peak" }]}, or use <Annotation at="…" text="…" /> inside the chart`)];
    }
  }
}

function columnProblems(name: string, column: string, prop: Extract<PropSpec, { kind: 'column' }>, dataset: { id: string; meta: DatasetColumns }): PropProblem[] {
  const { columns, file } = dataset.meta;
  const found = columns.find((c) => c.name === column);
  if (!found) return [{ prop: name, value: column, message: `dataset "${dataset.id}" has no column "${column}" (${suggest(column, columns.map((c) => c.name))})`, fix: `use a column declared in ${file}` }];
  const types = prop.types;
  if (!types || types.includes(found.type)) return [];
  const fitting = columns.filter((c) => types.includes(c.type)).map((c) => `${c.name} (${c.type})`);
  return [
    {
      prop: name,
      value: column,
      message: `column "${column}" of dataset "${dataset.id}" has the wrong type: it is ${found.type}, and ${name} needs a ${types.join(' or ')} column`,
      fix: fitting.length > 0 ? `use one of: ${fitting.join(', ')}` : `declare a ${types.join(' or ')} column in ${file}`,
    },
  ];
}

/**
 * Every problem with `props` as given to `component`. Values the checks cannot evaluate (EXPRESSION) are skipped;
 * Astro's own `data-astro-*` attributes are not the editor's and are ignored.
 */
export function checkProps(component: string, spec: ComponentSpec, props: Readonly<Record<string, unknown>>, world: PropWorld): PropProblem[] {
  const problems: PropProblem[] = [];
  const given = Object.entries(props).filter(([name, value]) => value !== undefined && !name.startsWith('data-astro-'));
  const declared = Object.keys(spec.props);
  for (const [name] of given) {
    if (!(name in spec.props)) {
      const closest = declared.map((known) => ({ known, distance: editDistance(name.toLowerCase(), known.toLowerCase()) })).sort((a, b) => a.distance - b.distance)[0];
      const meant = closest && closest.distance <= Math.max(2, name.length / 3) ? `did you mean ${closest.known}? ` : '';
      problems.push({ prop: name, message: `unknown prop "${name}"`, fix: `${meant}${tagOf(component)} takes ${declared.join(', ') || 'no props'}` });
    }
  }
  const datasetName = datasetProp(spec);
  const datasetId = datasetName ? props[datasetName] : undefined;
  const meta = typeof datasetId === 'string' ? world.columns(datasetId) : undefined;
  const dataset = typeof datasetId === 'string' && meta ? { id: datasetId, meta } : undefined;
  for (const [name, prop] of Object.entries(spec.props)) {
    if (!prop.required || props[name] !== undefined) continue;
    // A missing column prop is easier to fill in with the columns that would fit.
    const fitting = prop.kind === 'column' && dataset ? dataset.meta.columns.filter((c) => !prop.types || prop.types.includes(c.type)).map((c) => c.name) : [];
    const choose = fitting.length > 0 ? `, naming a column of "${dataset?.id}": ${fitting.join(', ')}` : '';
    problems.push({ message: `is missing the \`${name}\` prop`, fix: `write it as ${name}="…"${choose}` });
  }
  for (const [name, value] of given) {
    const prop = spec.props[name];
    if (!prop || value === EXPRESSION) continue;
    problems.push(...checkValue(name, prop, value, world, dataset));
  }
  return problems;
}

/** The problem as one line, for errors thrown while rendering: `<Claim id="x">: message. Fix: …`. */
export function describeProblem(component: string, problem: PropProblem): string {
  return `${tagOf(component, problem.prop, problem.value)}: ${problem.message}. Fix: ${problem.fix}`;
}
