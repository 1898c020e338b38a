// Story Markdown/MDX: wraps runs of Chinese characters in <span lang="zh"> so screen readers pronounce them
// and browsers pick a suitable font, unless an ancestor already declares a language. A Sätteri hast plugin.
import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const HAN_RUN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff01-\uff60]*/gu;
const SKIPPED_TAGS = new Set(['code', 'pre', 'script', 'style']);

/** Splits one text node into text and `<span lang>` elements; returns the node alone when it has no Han. */
export function splitHanText(node: Text, lang = 'zh'): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(HAN_RUN)) {
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push({ type: 'element', tagName: 'span', properties: { lang }, children: [{ type: 'text', value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/** Text is left alone inside code and inside any element that declares its own language. */
export function shouldMarkLanguage(ancestors: ReadonlyArray<Pick<Element, 'tagName' | 'properties'>>): boolean {
  return !ancestors.some((a) => SKIPPED_TAGS.has(a.tagName) || a.properties?.lang !== undefined || a.properties?.xmlLang !== undefined);
}

export function langSpansPlugin(lang = 'zh'): HastPluginDefinition {
  return {
    name: 'marginalia:lang-spans',
    text(node, ctx) {
      const parts = splitHanText(node as Text, lang);
      if (parts.length === 1) return;
      const ancestors: Array<Pick<Element, 'tagName' | 'properties'>> = [];
      for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) ancestors.push(parent);
      if (shouldMarkLanguage(ancestors)) ctx.replaceNode(node, parts);
    },
  };
}
