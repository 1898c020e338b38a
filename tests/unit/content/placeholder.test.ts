import { describe, expect, it } from 'vitest';
import { findPlaceholder, placeholder, PLACEHOLDER_URL } from '../../../src/lib/content/placeholder.ts';

describe('placeholder', () => {
  it('writes what goes in the field between [replace: and ]', () => {
    expect(placeholder('the headline')).toBe('[replace: the headline]');
  });
});

describe('findPlaceholder', () => {
  it('finds the first placeholder in a text, in any case', () => {
    expect(findPlaceholder('Intro. [replace: the explainer] and [replace: more]')).toBe('[replace: the explainer]');
    expect(findPlaceholder('[Replace: Name]')).toBe('[Replace: Name]');
  });

  it('finds the starter source address', () => {
    expect(findPlaceholder(PLACEHOLDER_URL)).toBe(PLACEHOLDER_URL);
  });

  it('finds nothing in real text, including brackets that are not placeholders', () => {
    expect(findPlaceholder('Sales [in millions] replace last year\'s.')).toBeUndefined();
    expect(findPlaceholder('https://example.org/report')).toBeUndefined();
  });
});
