// The editor's workbench in `npm run dev`: a dev toolbar app (src/scripts/workbench-app.ts) and the two requests it
// makes of the dev server. Dev only: the toolbar and these routes exist only while `astro dev` runs, so nothing of
// it reaches dist/.
//   GET  /__marginalia/page-problems?path=…  the content problems of the page at that path
//   POST /__marginalia/claims                 a new claim file from words selected in the annotated original
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { readContent } from '../lib/content/read-content.ts';
import { claimFromSelection } from '../lib/dev/claim-from-selection.ts';
import { problemsForStory } from '../lib/dev/page-problems.ts';
import { contentSnapshot, writePlan } from '../lib/dev/scaffold-files.ts';
import { claimSlugFor, planClaim } from '../lib/dev/scaffold.ts';
import { checkContent } from '../lib/integrity/check-content.ts';

const PAGE_PROBLEMS = '/__marginalia/page-problems';
const CLAIMS = '/__marginalia/claims';

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return JSON.parse(text || '{}');
}

/** The story a page path belongs to: its first segment after the base, when a story has that id. */
function storyOfPath(path: string, base: string, stories: ReadonlySet<string>): string | undefined {
  const local = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  const first = local.split('/')[0] ?? '';
  return stories.has(first) ? first : undefined;
}

export interface CreatedClaim {
  ok: true;
  /** Files written, repository-relative. */
  files: string[];
  slug: string;
  quote: string;
}

/** Writes a claim for the selected words into content/claims/<story>/ and shows it in the story. */
export function createClaim(root: string, dir: string, request: { story?: unknown; selection?: unknown; near?: unknown; slug?: unknown }): CreatedClaim | { ok: false; message: string } {
  const { bundle } = readContent(root, dir);
  const story = bundle.stories.find((s) => s.id === request.story);
  if (!story) return { ok: false, message: `no story "${String(request.story)}" could be read; fix its problems first` };
  const original = bundle.originals.find((o) => o.id === story.data.original);
  if (!original) return { ok: false, message: `the story's original "${story.data.original}" could not be read` };
  if (typeof request.selection !== 'string') return { ok: false, message: 'select the words of the claim in the article first' };
  const quote = claimFromSelection(original.body, request.selection, typeof request.near === 'number' ? request.near : undefined);
  if (!quote.ok) return quote;
  const taken = new Set(bundle.claims.filter((c) => c.story === story.id).map((c) => c.slug));
  const slug = typeof request.slug === 'string' && request.slug.trim() !== '' ? request.slug.trim() : claimSlugFor(quote.quote, taken);
  const snapshot = contentSnapshot(root, dir, bundle, story.id);
  const plan = planClaim(story.id, slug, snapshot, quote.quote, { prefix: quote.prefix, suffix: quote.suffix });
  if (!plan.ok) return { ok: false, message: plan.message };
  return { ok: true, files: writePlan(root, plan), slug, quote: quote.quote };
}

export const workbench = {
  /** The toolbar app; its script runs only in the dev server's pages. */
  app: {
    id: 'marginalia-workbench',
    name: 'Content workbench',
    icon: 'file-search' as const,
    entrypoint: fileURLToPath(new URL('../scripts/workbench-app.ts', import.meta.url)),
  },

  handles(req: IncomingMessage): boolean {
    const path = (req.url ?? '').split('?')[0];
    return path === PAGE_PROBLEMS || path === CLAIMS;
  },

  async handle(req: IncomingMessage, res: ServerResponse, root: string, dir: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://dev.local');
    if (url.pathname === PAGE_PROBLEMS) {
      const { bundle, problems } = checkContent(root, dir, { purpose: 'edit' });
      const story = storyOfPath(url.searchParams.get('path') ?? '/', base, bundle.declared.stories);
      send(res, 200, { story: story ?? null, problems: problemsForStory(problems, bundle, story) });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { ok: false, message: 'POST a selection to create a claim' });
      return;
    }
    const created = createClaim(root, dir, (await readBody(req)) as Record<string, unknown>);
    if (created.ok) logger.info(`workbench: created ${created.files.join(', ')}`);
    send(res, created.ok ? 201 : 400, created);
  },
};
