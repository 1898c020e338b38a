// MDX source of a component usage, for the chart gallery: the same props object renders the chart
// and prints the snippet an editor can copy, so the two never disagree.

/** One element of a snippet: a component with props and children, or a line of text. */
export interface SnippetNode {
  component: string;
  props: Readonly<Record<string, unknown>>;
  children?: readonly (SnippetNode | string)[];
}

/** Longest single-line tag before its props go one per line. */
const MAX_LINE = 72;

function literal(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{ ${entries.map(([key, item]) => `${key}: ${literal(item)}`).join(', ')} }`;
  }
  return String(value);
}

/** One prop as MDX: name="text", bare name for true, name={…} otherwise; null when left out. */
export function propText(name: string, value: unknown): string | null {
  if (value === undefined || value === false || value === null) return null;
  if (value === true) return name;
  if (typeof value === 'string' && !value.includes('"') && !/[{}<>]/.test(value)) return `${name}="${value}"`;
  return `${name}={${literal(value)}}`;
}

function render(node: SnippetNode | string, indent: string): string[] {
  if (typeof node === 'string') return [`${indent}${node}`];
  const props = Object.entries(node.props).map(([name, value]) => propText(name, value)).filter((text): text is string => text !== null);
  const children = node.children ?? [];
  const close = children.length > 0 ? '>' : ' />';
  const oneLine = `${indent}<${node.component}${props.map((prop) => ` ${prop}`).join('')}${close}`;
  const open = oneLine.length <= MAX_LINE || props.length === 0
    ? [oneLine]
    : [`${indent}<${node.component}`, ...props.map((prop) => `${indent}  ${prop}`), `${indent}${children.length > 0 ? '>' : '/>'}`];
  if (children.length === 0) return open;
  return [...open, ...children.flatMap((child) => render(child, `${indent}  `)), `${indent}</${node.component}>`];
}

/** The MDX for `node`, props one per line when the tag would be long. */
export function mdxSnippet(node: SnippetNode): string {
  return render(node, '').join('\n');
}
