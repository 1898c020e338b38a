import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_INDEXED_PAGES } from '../../../src/lib/search/search-pages.ts';

const root = join(import.meta.dirname, '../../..');

describe('SEARCH_INDEXED_PAGES', () => {
  it('names exactly the page components that mark their content data-pagefind-body', () => {
    const pages = readdirSync(join(root, 'src/pages'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.astro'))
      .map((file) => `src/pages/${file.split('\\').join('/')}`);
    const marked = pages.filter((file) => readFileSync(join(root, file), 'utf8').includes('data-pagefind-body'));
    expect(marked.sort()).toEqual([...SEARCH_INDEXED_PAGES].sort());
  });
});
