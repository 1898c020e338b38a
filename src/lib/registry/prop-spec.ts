// How a story component's props are declared: what each prop holds, whether it is required, its default and one
// line for the editor. The TypeScript type of a component's props is inferred from its declaration (PropsOf), so
// the declaration is the one place a prop is described.
import type { ColumnType } from '../content/table.ts';

/** Content a prop can name by id. */
export type RefKind = 'claim' | 'source' | 'dataset' | 'term' | 'verdict';

/** What a prop holds. */
export type PropKind =
  /** Any text. */
  | { kind: 'text' }
  /** One of a fixed set of words. */
  | { kind: 'choice'; values: readonly string[] }
  /** true or false; written bare (`percent`) or as {true}/{false}. */
  | { kind: 'boolean' }
  /** One data key: a category, an x value, a date; numbers allowed ({2020}). */
  | { kind: 'key' }
  /** One data key or a list of them. */
  | { kind: 'keys' }
  /** The id of a claim, source, dataset, glossary term or verdict. */
  | { kind: 'ref'; to: RefKind }
  /** A column of the component's dataset, of one of `types` when given; `list` allows several ({["a", "b"]}). */
  | { kind: 'column'; types?: readonly ColumnType[]; list?: boolean }
  /** Row filters on the component's dataset: "column=value", several joined with &; "!=" keeps rows that differ. */
  | { kind: 'where' }
  /** Callouts: a list of { at, text }. */
  | { kind: 'annotations' };

export type PropSpec = PropKind & {
  /** One line for the editor: what the prop does. */
  doc: string;
  required?: boolean;
  /** What applies when the prop is left out, in words ("the dataset's title", "auto"). */
  default?: string;
};

/** What a component may hold between its tags. */
export type ChildrenSpec = 'none' | 'text' | 'annotations' | 'steps';

export interface ComponentSpec {
  /** One line for the editor: what the component shows. */
  doc: string;
  props: Readonly<Record<string, PropSpec>>;
  /** Components it must be written inside; outside them it would be ignored. */
  parents?: readonly string[];
  children: ChildrenSpec;
  /** Written as an example in the editing guide. */
  example: string;
}

/** Declares a component, keeping the literal prop declarations so PropsOf can infer their types. */
export function defineComponent<const P extends Readonly<Record<string, PropSpec>>>(spec: Omit<ComponentSpec, 'props'> & { props: P }): Omit<ComponentSpec, 'props'> & { props: P } {
  return spec;
}

/** A callout, as `<Annotation at="…" text="…" />` or an item of the `annotations` prop. */
export interface AnnotationProp {
  /** Key of the datum: a category (bars), "series@x" or x (lines), "category/part" (a stacked segment). */
  at: string | number;
  /** Short callout text. */
  text: string;
}

/** A data key as written: text, or a number written as {2020}. */
export type Key = string | number;

/** The value type a prop declaration admits. */
export type ValueOf<S extends PropSpec> = S extends { kind: 'choice'; values: readonly (infer V)[] }
  ? V
  : S extends { kind: 'boolean' }
    ? boolean
    : S extends { kind: 'key' }
      ? Key
      : S extends { kind: 'keys' }
        ? Key | readonly Key[]
        : S extends { kind: 'column'; list: true }
          ? string | readonly string[]
          : S extends { kind: 'annotations' }
            ? readonly AnnotationProp[]
            : string;

type RequiredKeys<P> = { [K in keyof P]: P[K] extends { required: true } ? K : never }[keyof P];

/** The props object a component declaration describes: required props present, the others optional. */
export type PropsOf<C extends { props: Readonly<Record<string, PropSpec>> }> = {
  -readonly [K in RequiredKeys<C['props']>]: ValueOf<C['props'][K]>;
} & {
  -readonly [K in Exclude<keyof C['props'], RequiredKeys<C['props']>>]?: ValueOf<C['props'][K]> | undefined;
};
