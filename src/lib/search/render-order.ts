// The order Astro renders pages in, with the pages the search index needs moved to the front. Pagefind indexes in its
// own process while Astro renders (src/integrations/search-index.ts); Astro would otherwise render the story pages
// last, leaving Pagefind seconds of work after the last page. Only the order changes: the same pages are rendered.

/** Moves the paths whose route component is in `first` to the front, keeping the order within both groups. */
export function withComponentsFirst<P extends { route: { component: string } }>(paths: readonly P[], first: ReadonlySet<string>): P[] {
  const early = paths.filter((p) => first.has(p.route.component));
  const late = paths.filter((p) => !first.has(p.route.component));
  return [...early, ...late];
}
