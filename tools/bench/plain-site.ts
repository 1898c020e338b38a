// The benchmark's baseline: a minimal Astro + MDX project with the same text as the synthetic Marginalia site and
// none of its fact-check machinery (no content checks, schemas, claim cards, charts, citations, structured data,
// social cards or search index). One page per story rendering its MDX, one per original, one per claim with its
// text, and `otherPages` plain pages, so it builds as many pages as the Marginalia site. Pure: returns files.
import { stringify } from 'yaml';
import type { SyntheticContent } from './synthetic-content.ts';

export interface PlainSiteOptions {
  /** Extra pages beyond home, stories, originals and claims, to match the Marginalia build's page count. */
  otherPages: number;
  /** Astro cache folder, relative to the project root (kept inside it so parallel builds never share one). */
  cacheDir?: string;
}

/** Pages the plain site builds: home + per story (story, original, claims) + other pages. */
export function plainPageCount(content: Pick<SyntheticContent, 'stories'>, otherPages: number): number {
  return 1 + content.stories.reduce((n, s) => n + 2 + s.claims.length, 0) + otherPages;
}

/** The story's MDX with the fact-check components taken out and each claim shown as its quote and summary. */
export function plainStoryBody(body: string, claimText: (slug: string) => string | undefined): string {
  return body
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<Claim id="([^"]+)" \/>/g, (_, slug: string) => claimText(slug) ?? '')
    .replace(/^<(?:ClaimsSummary|References|BarChart|LineChart|StackedBar|Timeline)\b[^>]*\/>$/gm, '');
}

const ASTRO_CONFIG = (cacheDir: string) => `// Plain Astro + MDX: the benchmark's baseline. Only @astrojs/mdx.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  outDir: process.env.MARGINALIA_OUT_DIR || './dist',
  cacheDir: ${JSON.stringify(cacheDir)},
  integrations: [mdx()],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  stories: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/stories' }) }),
  originals: defineCollection({ loader: glob({ pattern: '*.md', base: './content/originals' }) }),
  claims: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: './content/claims', generateId: ({ entry }) => entry.replace(/\\.yaml$/, '') }) }),
};
`;

const LAYOUT = `---
interface Props { title: string }
const { title } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`;

const HOME = `---
import { getCollection } from 'astro:content';
import Page from '../layouts/Page.astro';
const stories = await getCollection('stories');
---
<Page title="Stories">
  <h1>Stories</h1>
  <ul>{stories.map((s) => <li><a href={\`/\${s.id}/\`}>{s.data.title}</a></li>)}</ul>
</Page>
`;

const STORY = `---
import { getCollection, render } from 'astro:content';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
  return (await getCollection('stories')).map((story) => ({ params: { story: story.id }, props: { story } }));
}
const { story } = Astro.props;
const { Content } = await render(story);
---
<Page title={story.data.title}>
  <article>
    <h1>{story.data.title}</h1>
    <Content />
  </article>
</Page>
`;

const ORIGINAL = `---
import { getCollection } from 'astro:content';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
  return (await getCollection('originals')).map((original) => ({ params: { story: original.id }, props: { original } }));
}
const { original } = Astro.props;
const paragraphs = (original.body ?? '').split(/\\n\\s*\\n/).filter((p) => p.trim());
---
<Page title={original.data.title}>
  <h1>{original.data.title}</h1>
  <article>{paragraphs.map((p) => <p>{p}</p>)}</article>
</Page>
`;

const CLAIM = `---
import { getCollection } from 'astro:content';
import Page from '../../../layouts/Page.astro';
export async function getStaticPaths() {
  return (await getCollection('claims')).map((claim) => {
    const [story, slug] = claim.id.split('/');
    return { params: { story, claim: slug }, props: { claim } };
  });
}
const { claim } = Astro.props;
const d = claim.data;
---
<Page title={d.claimReviewed}>
  <h1>{d.claimReviewed}</h1>
  <blockquote>{d.quote}</blockquote>
  <p>{d.restatement}</p>
  <p><strong>{d.summary}</strong></p>
  {d.explanation.split(/\\n\\s*\\n/).map((p) => <p>{p}</p>)}
  <ol>{d.evidence.map((e) => <li>{e.excerpt}{e.note && <> ({e.note})</>}</li>)}</ol>
</Page>
`;

const OTHER = (count: number) => `---
import Page from '../../layouts/Page.astro';
export function getStaticPaths() {
  return Array.from({ length: ${count} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<Page title={\`Page \${n}\`}>
  <h1>Page {n}</h1>
  <p>One of the site's other pages.</p>
</Page>
`;

/** Every file of the plain project, by path relative to its root (node_modules is linked in by the caller). */
export function plainSiteFiles(content: SyntheticContent, options: PlainSiteOptions): Map<string, string> {
  const files = new Map<string, string>();
  files.set('package.json', `${JSON.stringify({ name: 'plain-astro-bench', private: true, type: 'module' }, null, 2)}\n`);
  files.set('astro.config.mjs', ASTRO_CONFIG(options.cacheDir ?? './.astro-cache/'));
  files.set('src/content.config.ts', CONTENT_CONFIG);
  files.set('src/layouts/Page.astro', LAYOUT);
  files.set('src/pages/index.astro', HOME);
  files.set('src/pages/[story]/index.astro', STORY);
  files.set('src/pages/[story]/original.astro', ORIGINAL);
  files.set('src/pages/[story]/claims/[claim].astro', CLAIM);
  if (options.otherPages > 0) files.set('src/pages/more/[n].astro', OTHER(options.otherPages));
  for (const story of content.stories) {
    const claims = new Map(story.claims.map((c) => [c.slug, c.data]));
    const claimText = (slug: string) => {
      const claim = claims.get(slug);
      return claim ? `> ${claim.quote}\n>\n> ${claim.summary}` : undefined;
    };
    files.set(`content/stories/${story.id}.mdx`, `---\n${stringify({ title: story.data.title })}---\n${plainStoryBody(story.body, claimText)}`);
    files.set(`content/originals/${story.id}.md`, `---\n${stringify({ title: story.original.data.title })}---\n${story.original.body}`);
    for (const claim of story.claims) files.set(`content/claims/${story.id}/${claim.slug}.yaml`, stringify(claim.data, { lineWidth: 0 }));
  }
  return files;
}
