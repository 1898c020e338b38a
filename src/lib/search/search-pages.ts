// The page components whose pages carry data-pagefind-body, i.e. what site search finds: stories (with their claim
// cards), the annotated originals, and the sources, data, glossary, methodology and corrections pages. A claim's own
// page repeats its card in the story and is left out. A unit test keeps this list and the data-pagefind-body
// attributes in src/pages in step.
export const SEARCH_INDEXED_PAGES = [
  'src/pages/[story]/index.astro',
  'src/pages/[story]/original.astro',
  'src/pages/sources.astro',
  'src/pages/data/index.astro',
  'src/pages/glossary.astro',
  'src/pages/methodology.astro',
  'src/pages/corrections.astro',
] as const;
