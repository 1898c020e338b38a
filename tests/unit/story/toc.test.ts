import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../src/lib/story/toc.ts';

describe('tableOfContents', () => {
  it('lists second-level headings in order, then the extra sections', () => {
    const headings = [
      { depth: 2, slug: 'what-s-true', text: 'What’s true' },
      { depth: 3, slug: 'detail', text: 'Detail' },
      { depth: 2, slug: 'huawei', text: 'Huawei' },
    ];
    expect(tableOfContents(headings, [{ href: '#references-title', text: 'References' }])).toEqual([
      { href: '#what-s-true', text: 'What’s true' },
      { href: '#huawei', text: 'Huawei' },
      { href: '#references-title', text: 'References' },
    ]);
  });
  it('is empty for a story without headings', () => {
    expect(tableOfContents([])).toEqual([]);
  });
});
