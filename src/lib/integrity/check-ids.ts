// Ids inside list files (verdicts.yaml, glossary.yaml) must be unique; glossary words may mark only one term.
import type { ContentBundle, ListItem } from '../content/bundle.ts';
import type { GlossaryTerm } from '../content/schema.ts';
import { error, type Problem } from '../content/problem.ts';

function duplicates<T>(items: readonly ListItem<T>[], what: string): Problem[] {
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  for (const item of items) {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, item.index);
    else problems.push(error(item.file, `[${item.index}].id`, `duplicate ${what} id "${item.id}" (also at [${first}])`, 'give each entry its own id'));
  }
  return problems;
}

export function checkIds(bundle: ContentBundle): Problem[] {
  const problems = [...duplicates(bundle.verdicts, 'verdict'), ...duplicates(bundle.glossary, 'glossary')];
  const ordinals = new Map<number, string>();
  for (const verdict of bundle.verdicts) {
    const { ordinal } = verdict.data;
    if (ordinal === null) continue;
    const other = ordinals.get(ordinal);
    if (other) problems.push(error(verdict.file, `[${verdict.index}].ordinal`, `${ordinal} is already the ordinal of "${other}"`, 'give each rating on the scale its own position'));
    else ordinals.set(ordinal, verdict.id);
  }
  // A word may mark only one term in any story: two terms can share it only when no story has both.
  const termsOfWord = new Map<string, Array<ListItem<GlossaryTerm>>>();
  const overlap = (a: GlossaryTerm, b: GlossaryTerm) => a.stories.length === 0 || b.stories.length === 0 || a.stories.some((s) => b.stories.includes(s));
  for (const term of bundle.glossary) {
    const words = term.data.matches.length ? term.data.matches : [term.data.term];
    words.forEach((word, i) => {
      const key = word.toLowerCase();
      const others = termsOfWord.get(key) ?? [];
      const owner = others.find((other) => other.id !== term.id && overlap(other.data, term.data));
      if (owner) problems.push(error(term.file, `[${term.index}].matches[${i}]`, `"${word}" already marks the term "${owner.id}"`, 'a word can mark only one glossary term in a story: remove it here, or give the two terms different `stories:`'));
      else termsOfWord.set(key, [...others, term]);
    });
  }
  return problems;
}
