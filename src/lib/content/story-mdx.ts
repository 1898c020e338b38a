// Reads a story's MDX with the parser the build compiles it with (Sätteri), once: the components it uses, with their
// literal props, line and enclosing component, or the syntax error that would stop the build.
import { mdxToMdast, type MdastNode } from 'satteri';
import { parseLiteral } from './literal.ts';

/** A prop value the checks cannot evaluate (an MDX expression that is not a literal): left to the render. */
export const EXPRESSION: unique symbol = Symbol('expression');

/** A prop as written: a literal value, or EXPRESSION when it is an expression the checks do not evaluate. */
export type PropValue = string | number | boolean | null | PropValue[] | { [key: string]: PropValue } | typeof EXPRESSION;

export interface Usage {
  /** The tag name, e.g. "Claim"; capitalised names are components, lower-case ones HTML. */
  component: string;
  /** Props by name; a prop written without a value (`percent`) is true. */
  props: Record<string, PropValue>;
  /** 1-based line in the MDX body. */
  line: number;
  /** The component whose tags enclose this one, if any (e.g. the chart around an <Annotation>). */
  parent?: string;
  /** Index in `usages` of that enclosing component. */
  parentIndex?: number;
  /** True when the tag has content between its opening and closing tags. */
  hasChildren: boolean;
}

export interface MdxSyntaxError {
  /** 1-based line and column in the MDX body. */
  line: number;
  column: number;
  /** The parser's own words, e.g. "Expected a closing tag for `<Claim>` (3:1) (mdx-jsx:unexpected-character)". */
  reason: string;
}

export interface StoryMdx {
  /** Every JSX tag, in reading order (components and HTML). */
  usages: Usage[];
  /** Set when the MDX does not parse; `usages` is then empty. */
  syntaxError?: MdxSyntaxError;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: JsxNode[];
  position?: { start: { line: number } };
}

function attributeValue(value: unknown): PropValue {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const expression = (value as { value?: unknown }).value;
  if (typeof expression !== 'string') return EXPRESSION;
  const literal = parseLiteral(expression);
  return literal.ok ? literal.value : EXPRESSION;
}

function propsOf(node: JsxNode): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name) props[attribute.name] = attributeValue(attribute.value);
  }
  return props;
}

function collect(node: JsxNode, usages: Usage[], parentIndex: number | undefined): void {
  let inner = parentIndex;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
    const parent = parentIndex === undefined ? undefined : usages[parentIndex];
    const usage: Usage = { component: node.name, props: propsOf(node), line: node.position?.start.line ?? 1, hasChildren: (node.children ?? []).length > 0 };
    if (parent && parentIndex !== undefined) Object.assign(usage, { parent: parent.component, parentIndex });
    usages.push(usage);
    // HTML tags are transparent: a component inside a <div> inside a chart is still inside the chart.
    if (/^[A-Z]/.test(node.name)) inner = usages.length - 1;
  }
  for (const child of node.children ?? []) collect(child, usages, inner);
}

/** Parses a story body (the MDX after the frontmatter). */
export function parseStoryMdx(body: string): StoryMdx {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: { frontmatter: false } });
  } catch (error) {
    const reason = (error as Error).message;
    const at = /^(\d+):(\d+):\s*/.exec(reason);
    return { usages: [], syntaxError: { line: Number(at?.[1] ?? 1), column: Number(at?.[2] ?? 1), reason: reason.slice(at?.[0].length ?? 0) } };
  }
  const usages: Usage[] = [];
  collect(tree as unknown as JsxNode, usages, undefined);
  return { usages };
}

/** The components a story uses (capitalised tags), in reading order. */
export function componentUsages(mdx: StoryMdx): Usage[] {
  return mdx.usages.filter((usage) => /^[A-Z]/.test(usage.component));
}

/** The components a story body uses, in reading order; none when it does not parse. */
export function findUsages(body: string): Usage[] {
  return componentUsages(parseStoryMdx(body));
}
