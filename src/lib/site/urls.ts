// Every internal link and absolute URL is built here, from the base path and site, never by hand-joining strings.

/** Joins path segments under `base` with exactly one slash between them and a trailing slash for pages. */
export function joinPath(base: string, ...segments: string[]): string {
  const parts = segments.flatMap((s) => s.split('/')).filter((s) => s !== '');
  const root = base.endsWith('/') ? base : `${base}/`;
  if (parts.length === 0) return root;
  const last = parts.at(-1) ?? '';
  const isFile = /\.[a-z0-9]+$/i.test(last);
  return `${root}${parts.map(encodeURIComponent).join('/')}${isFile ? '' : '/'}`;
}

/** An absolute URL for a site path (already including the base). */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/** The routes of the site, so pages and components agree on where things live. */
export function routes(base: string) {
  const to = (...segments: string[]) => joinPath(base, ...segments);
  return {
    home: () => to(),
    story: (story: string) => to(story),
    claim: (story: string, claim: string) => to(story, 'claims', claim),
    original: (story: string) => to(story, 'original'),
    annotations: (story: string) => to(story, 'annotations.jsonld'),
    sources: () => to('sources'),
    source: (id: string) => `${to('sources')}#source-${id}`,
    data: () => to('data'),
    datasetCsv: (id: string) => to('data', `${id}.csv`),
    methodology: () => to('methodology'),
    corrections: () => to('corrections'),
    about: () => to('about'),
    charts: () => to('charts'),
    search: () => to('search'),
    asset: (path: string) => to(path),
  };
}
export type Routes = ReturnType<typeof routes>;
