// Story Markdown/MDX: wraps runs of Chinese characters in <span lang="zh"> so screen readers pronounce them
// and browsers pick a suitable font, unless an ancestor already declares a language. A Sätteri hast plugin.
import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { languageRuns } from './typography.ts';

const SKIPPED_TAGS = new Set(['code', 'pre', 'script', 'style']);

/** Splits one text node into text and `<span lang>` elements; returns the node alone when it has no Han. */
export function splitHanText(node: Text, lang = 'zh'): ElementContent[] {
  const runs = languageRuns(node.value, lang);
  if (runs.length === 1 && runs[0]?.lang === undefined) return [node];
  return runs.map((run): ElementContent =>
    run.lang ? { type: 'element', tagName: 'span', properties: { lang: run.lang }, children: [{ type: 'text', value: run.text }] } : { type: 'text', value: run.text },
  );
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
