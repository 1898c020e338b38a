// Every internal link and absolute URL is built here, from the base path and site, never by hand-joining strings.
import { correctionAnchor } from '../story/corrections.ts';

/** Joins path segments under `base` with exactly one slash between them and a trailing slash for pages. */
export function joinPath(base: string, ...segments: string[]): string {
  const parts = segments.flatMap((s) => s.split('/')).filter((s) => s !== '');
  const root = base.endsWith('/') ? base : `${base}/`;
  if (parts.length === 0) return root;
  const last = parts.at(-1) ?? '';
  const isFile = /\.[a-z0-9]+$/i.test(last);
  return `${root}${parts.map(encodeURIComponent).join('/')}${isFile ? '' : '/'}`;
}

/** A path with a #fragment pointing at an element id on that page. */
export function withFragment(path: string, id: string): string {
  return `${path}#${encodeURIComponent(id)}`;
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
    /** A claim's card inside its story. */
    claimInStory: (story: string, claim: string) => withFragment(to(story), `claim-${claim}`),
    /** The corrections log at the foot of a story. */
    storyCorrections: (story: string) => withFragment(to(story), 'corrections'),
    /** One correction in a story's log; `number` counts the story's corrections from 1 in the order written. */
    correction: (story: string, number: number) => withFragment(to(story), correctionAnchor(number)),
    /** The story's social card image (og:image). */
    card: (story: string) => to(story, 'card.png'),
    claim: (story: string, claim: string) => to(story, 'claims', claim),
    /** The claim's card alone, for other sites to show in an <iframe>. */
    claimEmbed: (story: string, claim: string) => to(story, 'claims', claim, 'embed'),
    /** The claim's oEmbed response (JSON), naming the embed page. */
    claimOembed: (story: string, claim: string) => to(story, 'claims', claim, 'oembed.json'),
    /** The claim's social card image (og:image of the claim page). */
    claimCard: (story: string, claim: string) => to(story, 'claims', claim, 'card.png'),
    original: (story: string) => to(story, 'original'),
    /** A claim's highlighted passage in the annotated original. */
    passage: (story: string, claim: string) => withFragment(to(story, 'original'), `passage-${claim}`),
    annotations: (story: string) => to(story, 'annotations.jsonld'),
    sources: () => to('sources'),
    source: (id: string) => withFragment(to('sources'), `source-${id}`),
    data: () => to('data'),
    datasetCsv: (id: string) => to('data', `${id}.csv`),
    methodology: () => to('methodology'),
    glossary: () => to('glossary'),
    /** One term's entry on the glossary page. */
    term: (id: string) => withFragment(to('glossary'), `term-${id}`),
    corrections: () => to('corrections'),
    about: () => to('about'),
    charts: () => to('charts'),
    search: () => to('search'),
    /** RSS feed of the stories. */
    feed: () => to('rss.xml'),
    /** Every claim's ClaimReview as a schema.org DataFeed (JSON-LD). */
    claimsFeed: () => to('claims.json'),
    /** Every claim as a row of CSV. */
    claimsCsv: () => to('claims.csv'),
    /** RSS feed of corrections, one item per correction. */
    correctionsFeed: () => to('corrections.xml'),
    /** The site's own social card, for pages that are not stories. */
    siteCard: () => to('card.png'),
    robots: () => to('robots.txt'),
    /** The sitemap index @astrojs/sitemap writes (it names sitemap-0.xml, … ). */
    sitemap: () => to('sitemap-index.xml'),
    /** Pagefind's search API, written into the build by src/integrations/search-index.ts. */
    pagefind: () => to('pagefind', 'pagefind.js'),
    asset: (path: string) => to(path),
  };
}
export type Routes = ReturnType<typeof routes>;
