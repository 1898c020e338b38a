import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/lib/text/plural.ts';

describe('plural', () => {
  it('pluralises counts', () => {
    expect(plural(1, 'category', 'categories')).toBe('1 category');
    expect(plural(3, 'category', 'categories')).toBe('3 categories');
    expect(plural(2, 'event')).toBe('2 events');
  });

  it('uses the plural for zero', () => {
    expect(plural(0, 'row')).toBe('0 rows');
  });
});
