// The page components whose pages carry data-pagefind-body, i.e. what site search finds: stories (with their claim
// cards) and the sources page. A claim's own page repeats its card in the story and is left out. A unit test keeps
// this list and the data-pagefind-body attributes in src/pages in step.
export const SEARCH_INDEXED_PAGES = ['src/pages/[story]/index.astro', 'src/pages/sources.astro'] as const;
