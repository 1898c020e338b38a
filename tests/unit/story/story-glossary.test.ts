import { describe, expect, it } from 'vitest';
import { termApplies, termsForStory } from '../../../src/lib/story/story-glossary.ts';

const term = (id: string, stories: string[] = []) => ({ id, stories });
const story = (excludeTerms: string[] = []) => ({ excludeTerms });

describe('termApplies', () => {
  it('applies a term that names no story to every story', () => {
    expect(termApplies(term('gms'), 'phones', story())).toBe(true);
    expect(termApplies(term('gms'), 'cars', story())).toBe(true);
  });

  it('applies a scoped term only to the stories it names', () => {
    expect(termApplies(term('millet', ['phones']), 'phones', story())).toBe(true);
    expect(termApplies(term('millet', ['phones']), 'cars', story())).toBe(false);
  });

  it('lets a story exclude a term that would otherwise apply', () => {
    expect(termApplies(term('sales'), 'cars', story(['sales']))).toBe(false);
    expect(termApplies(term('sales', ['cars']), 'cars', story(['sales']))).toBe(false);
  });
});

describe('termsForStory', () => {
  it('keeps the glossary order and drops the terms of other stories', () => {
    const glossary = [term('a'), term('b', ['cars']), term('c', ['phones']), term('d')];
    expect(termsForStory(glossary, 'phones', story(['d'])).map((t) => t.id)).toEqual(['a', 'c']);
  });
});
