// A small StoryContext for tests of what reads one (chart figures, component props, structured data), built by
// buildStoryContext from the in-memory entries of tests/unit/integrity/make-bundle.ts.
import type { ClaimEntry, DatasetEntry, ListItem } from '../../../src/lib/content/bundle.ts';
import type { GlossaryTerm, StoryData } from '../../../src/lib/content/schema.ts';
import { buildStoryContext, type StoryContext } from '../../../src/lib/story/story-context.ts';
import { claim, original, salesDataset, scale, source, story, term } from '../integrity/make-bundle.ts';

export interface ContextParts {
  body?: string;
  story?: Partial<StoryData>;
  claims?: ClaimEntry[];
  datasets?: DatasetEntry[];
  glossary?: ListItem<GlossaryTerm>[];
}

/**
 * Story "demo" with claims demo/sales (rated true, citing stats) and demo/future (rated opinion, citing news), a
 * claim of another story, sources stats and news, the sales dataset, the fixture's scale and the term "widget".
 */
export function demoContext(parts: ContextParts = {}): StoryContext {
  const body = parts.body ?? '<Claim id="sales" />';
  const entry = story('demo', body, parts.story);
  return buildStoryContext({
    storyId: 'demo',
    story: entry.data,
    original: original('demo', 'Widget sales reached 140 million. The future is bright.'),
    body,
    claims: parts.claims ?? [
      claim('demo', 'sales'),
      claim('demo', 'future', { quote: 'The future is bright.', claimReviewed: 'The future is bright', verdict: 'opinion', evidence: [{ source: 'news', excerpt: 'bright' }] }),
      claim('other', 'elsewhere'),
    ],
    sources: [source('stats'), source('news')],
    verdicts: scale().map((item) => item.data),
    datasets: parts.datasets ?? [salesDataset()],
    glossary: (parts.glossary ?? [term(0, 'widget')]).map((item) => item.data),
  });
}
