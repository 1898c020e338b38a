import { describe, expect, it } from 'vitest';
import { withComponentsFirst } from '../../../src/lib/search/render-order.ts';

const path = (pathname: string, component: string) => ({ pathname, route: { component } });
const CLAIM = 'src/pages/[story]/claims/[claim].astro';
const STORY = 'src/pages/[story]/index.astro';
const SOURCES = 'src/pages/sources.astro';

describe('withComponentsFirst', () => {
  it('moves the named components to the front and keeps the order inside each group', () => {
    const paths = [path('/a/claims/x/', CLAIM), path('/sources/', SOURCES), path('/a/claims/y/', CLAIM), path('/a/', STORY), path('/b/', STORY)];
    expect(withComponentsFirst(paths, new Set([STORY, SOURCES])).map((p) => p.pathname)).toEqual(['/sources/', '/a/', '/b/', '/a/claims/x/', '/a/claims/y/']);
  });
  it('keeps every path exactly once', () => {
    const paths = [path('/a/', STORY), path('/x/', CLAIM), path('/b/', STORY)];
    const ordered = withComponentsFirst(paths, new Set([STORY]));
    expect([...ordered].sort((p, q) => p.pathname.localeCompare(q.pathname))).toEqual([...paths].sort((p, q) => p.pathname.localeCompare(q.pathname)));
  });
  it('leaves the order alone when no component is named, or none matches', () => {
    const paths = [path('/x/', CLAIM), path('/a/', STORY)];
    expect(withComponentsFirst(paths, new Set())).toEqual(paths);
    expect(withComponentsFirst(paths, new Set(['src/pages/other.astro']))).toEqual(paths);
  });
});
