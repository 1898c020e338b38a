// Finds the components an MDX story uses (<Claim id>, <Cite source>, charts) with their literal props,
// so references can be checked without compiling the MDX.

export interface Usage {
  component: string;
  /** Literal props: strings, or lists of strings written as {["a", "b"]}. Other expressions are left out. */
  props: Record<string, string | string[]>;
  /** 1-based line in the MDX body. */
  line: number;
  /** The component whose opening and closing tags enclose this one, if any (e.g. the chart around an <Annotation>). */
  parent?: string;
}

const CLOSING_TAG = /<\/([A-Z][A-Za-z0-9]*)\s*>/g;
const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^<>"'{}]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)\/?>/g;
const PROP = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*\[([^\]]*)\]\s*\}|\{\s*"([^"]*)"\s*\}|\{\s*'([^']*)'\s*\})/g;
const LIST_ITEM = /"([^"]*)"|'([^']*)'/g;

/** Removes fenced code blocks and comments so examples in prose are not taken for usages. */
function blankOutCode(body: string): string {
  const keepLines = (match: string) => match.replace(/[^\n]/g, ' ');
  return body
    .replace(/```[\s\S]*?```/g, keepLines)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, keepLines)
    .replace(/`[^`\n]*`/g, keepLines);
}

export function findUsages(body: string): Usage[] {
  const source = blankOutCode(body);
  const usages: Usage[] = [];
  const closings = [...source.matchAll(CLOSING_TAG)];
  /** Components opened and not yet closed, innermost last. */
  const open: string[] = [];
  let nextClosing = 0;
  const closeBefore = (index: number) => {
    for (; nextClosing < closings.length && (closings[nextClosing]?.index ?? 0) < index; nextClosing++) {
      const name = closings[nextClosing]?.[1];
      const at = open.lastIndexOf(name ?? '');
      if (at >= 0) open.length = at;
    }
  };
  for (const tag of source.matchAll(TAG)) {
    closeBefore(tag.index);
    const component = tag[1] ?? '';
    const props: Usage['props'] = {};
    for (const prop of (tag[2] ?? '').matchAll(PROP)) {
      const name = prop[1] ?? '';
      const list = prop[4];
      if (list !== undefined) props[name] = [...list.matchAll(LIST_ITEM)].map((item) => item[1] ?? item[2] ?? '');
      else props[name] = prop[2] ?? prop[3] ?? prop[5] ?? prop[6] ?? '';
    }
    const line = source.slice(0, tag.index).split('\n').length;
    const parent = open.at(-1);
    usages.push(parent === undefined ? { component, props, line } : { component, props, line, parent });
    if (!tag[0].endsWith('/>')) open.push(component);
  }
  return usages;
}
