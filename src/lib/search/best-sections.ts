// Which sections of a search result to list under it. Pagefind cuts a page at headings that have an id (in a story:
// its sections and every claim card) and lists the sections holding the query's words in page order; a reader
// wants the best matches, so they are ranked by the sum of Pagefind's scores for the words they hold.

export interface ScoredSection {
  /** Missing for the text before the page's first heading with an id: that is the page itself, not a section. */
  anchor?: unknown;
  weighted_locations: ReadonlyArray<{ balanced_score: number }>;
}

export function bestSections<S extends ScoredSection>(sections: readonly S[], max: number): S[] {
  return sections
    .filter((s) => s.anchor !== undefined)
    .map((section, order) => ({ section, order, score: section.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, Math.max(0, max))
    .map(({ section }) => section);
}
