// Search page enhancement: loads Pagefind's index from the build and lists results as the reader types or submits.
// Only the search page loads this. Without it (or without the index) the page's links to stories and sources remain.

import { bestSections, type ScoredSection } from '../lib/search/best-sections.ts';

/** A section of a result page: Pagefind cuts pages at headings that have an id (claim cards, story sections). */
interface PagefindSubResult extends ScoredSection {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

const MAX_RESULTS = 20;
/** Sections listed under a page, best first: enough to point at the matching claims without burying the next page. */
const MAX_SECTIONS = 3;

const searchRoot = document.querySelector<HTMLElement>('[data-search]');
const form = searchRoot?.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusLine = searchRoot?.querySelector<HTMLElement>('[data-search-status]');
const list = searchRoot?.querySelector<HTMLOListElement>('[data-search-results]');
const notice = searchRoot?.querySelector<HTMLElement>('[data-search-notice]');

/** Pagefind excerpts are HTML with <mark> around the matches: keep the text and the marks, nothing else. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function linkWithExcerpt(item: HTMLLIElement, url: string, title: string, excerptHtml?: string): HTMLLIElement {
  const link = document.createElement('a');
  link.href = url;
  link.textContent = title;
  item.append(link);
  if (excerptHtml !== undefined) {
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(excerptHtml));
    item.append(excerpt);
  }
  return item;
}

function render(results: PagefindResultData[]): void {
  if (!list) return;
  list.replaceChildren(
    ...results.map((result) => {
      const sections = bestSections(result.sub_results ?? [], MAX_SECTIONS);
      // The page's own excerpt would repeat the best section's, so a page with sections shows only their excerpts.
      const item = linkWithExcerpt(document.createElement('li'), result.url, result.meta.title ?? result.url, sections.length ? undefined : result.excerpt);
      if (sections.length) {
        const nested = document.createElement('ul');
        nested.className = 'search-results__sections';
        nested.append(...sections.map((s) => linkWithExcerpt(document.createElement('li'), s.url, s.title, s.excerpt)));
        item.append(nested);
      }
      return item;
    }),
  );
  list.hidden = results.length === 0;
}

async function start(): Promise<void> {
  if (!searchRoot || !form || !input || !statusLine) return;
  const status = statusLine;
  let pagefind: PagefindApi;
  try {
    pagefind = (await import(/* @vite-ignore */ searchRoot.dataset.pagefind ?? '')) as PagefindApi;
    await pagefind.options({ baseUrl: searchRoot.dataset.base ?? '/', excerptLength: 24 });
  } catch {
    if (notice) {
      notice.textContent = 'Search is not available on this copy of the site (its search index is missing). Everything it would find can be reached from the lists below.';
      notice.classList.add('is-shown');
    }
    searchRoot.dataset.state = 'unavailable';
    return;
  }
  searchRoot.dataset.state = 'ready';

  let latest = 0;
  const run = async (query: string): Promise<void> => {
    const ticket = ++latest;
    const trimmed = query.trim();
    if (trimmed === '') {
      render([]);
      status.textContent = '';
      return;
    }
    const found = await pagefind.search(trimmed);
    const results = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return; // a newer query is under way
    render(results);
    const total = found?.results.length ?? 0;
    status.textContent = total === 0 ? `No results for “${trimmed}”.` : `${total} result${total === 1 ? '' : 's'} for “${trimmed}”${total > MAX_RESULTS ? `, the first ${MAX_RESULTS} shown` : ''}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });

  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    await run(initial);
  }
}

void start();

export {};
