import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../src/lib/anchoring/anchor-quote.ts';
import { computeFigure, assessmentConflict, isComputed } from '../../../src/lib/story/figure-check.ts';
import { checkContent } from '../../../src/lib/integrity/check-content.ts';
import { findUsages } from '../../../src/lib/content/story-mdx.ts';
import { CLAIM_REVIEWED_MAX } from '../../../src/lib/integrity/check-claims.ts';
import { DATASET_SHAPES, countOccurrences, datasetTable, ROW_RANGES, syntheticContent } from '../../../tools/bench/synthetic-content.ts';
import { wordCount } from '../../../tools/bench/text.ts';

const content = syntheticContent({ stories: 4 });
const tmp: string[] = [];
afterAll(() => tmp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function writeContent(files: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-bench-test-'));
  tmp.push(dir);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('syntheticContent: shape of each story', () => {
  it('is deterministic: the same options give the same files', () => {
    const again = syntheticContent({ stories: 4 });
    expect([...again.files.entries()]).toEqual([...content.files.entries()]);
    const other = syntheticContent({ stories: 4, seed: 7 });
    expect(other.files.get('stories/story-001/index.mdx')).not.toBe(content.files.get('stories/story-001/index.mdx'));
  });

  it('writes an original of about 1,500 words and an explainer of similar length', () => {
    for (const story of content.stories) {
      expect(wordCount(story.original.body)).toBeGreaterThanOrEqual(1500);
      expect(wordCount(story.original.body)).toBeLessThan(1600);
      const prose = story.body.replace(/<[^>]+>/g, ' ');
      expect(wordCount(prose)).toBeGreaterThan(1300);
    }
  });

  it('has 15 claims, each shown once in the story, with evidence from the story\'s sources', () => {
    for (const story of content.stories) {
      expect(story.claims).toHaveLength(15);
      const shown = findUsages(story.body).filter((u) => u.component === 'Claim').map((u) => u.props.id);
      expect(shown).toEqual(story.claims.map((c) => c.slug));
      for (const claim of story.claims) {
        expect(claim.data.evidence.length).toBeGreaterThanOrEqual(2);
        for (const e of claim.data.evidence) expect(story.sources).toContain(e.source);
        expect(claim.data.claimReviewed.length).toBeLessThan(CLAIM_REVIEWED_MAX);
      }
    }
  });

  it('quotes exact words found exactly once in the original', () => {
    for (const story of content.stories) {
      for (const claim of story.claims) {
        expect(story.original.body.includes(claim.data.quote), claim.data.quote).toBe(true);
        expect(countOccurrences(story.original.body, claim.data.quote)).toBe(1);
        const anchored = anchorQuote(story.original.body, { exact: claim.data.quote });
        expect(anchored.ok && anchored.occurrences === 1 && anchored.resolvedBy === 'unique', claim.data.quote).toBe(true);
      }
    }
  });

  it('draws five charts, one of each kind, on datasets with the requested row counts (all within 20–200)', () => {
    for (const story of content.stories) {
      const charts = findUsages(story.body).filter((u) => ['BarChart', 'LineChart', 'StackedBar', 'Timeline'].includes(u.component));
      expect(charts.map((c) => c.props.dataset)).toEqual(DATASET_SHAPES.map((kind) => `${story.id}-${kind}`));
      for (const dataset of story.datasets) {
        const [min, max] = ROW_RANGES[dataset.kind];
        expect(dataset.rows.length, dataset.id).toBeGreaterThanOrEqual(min);
        expect(dataset.rows.length, dataset.id).toBeLessThanOrEqual(max);
        expect(dataset.rows.length).toBeGreaterThanOrEqual(20);
        expect(dataset.rows.length).toBeLessThanOrEqual(200);
        // The CSV holds a header and one line per row.
        expect(content.files.get(`datasets/${dataset.id}.csv`)?.trim().split('\n')).toHaveLength(dataset.rows.length + 1);
      }
    }
  });

  it('has three figure checks per story whose assessment agrees with the data', () => {
    const assessments = new Set<string>();
    for (const story of content.stories) {
      const figures = story.claims.flatMap((c) => c.data.figures.filter(isComputed).map((f) => ({ f, verdict: c.data.verdict })));
      expect(figures).toHaveLength(3);
      expect(new Set(figures.map(({ f }) => f.compute.op))).toEqual(new Set(['value', 'difference', 'ratio']));
      for (const { f, verdict } of figures) {
        const dataset = story.datasets.find((d) => d.id === f.compute.dataset);
        expect(dataset).toBeDefined();
        const result = computeFigure(f, datasetTable(dataset!));
        expect(result.ok).toBe(true);
        if (!result.ok) continue;
        expect(assessmentConflict(f, result)).toBeUndefined();
        expect(result.agrees).toBe(f.assessment === 'accurate');
        expect(f.assessment === 'accurate' ? ['true', 'mostly-true'] : ['false', 'mostly-false']).toContain(verdict);
        assessments.add(f.assessment);
      }
    }
    // Both kinds occur, so the benchmark exercises accurate and inaccurate figures.
    expect(assessments).toEqual(new Set(['accurate', 'inaccurate']));
  });

  it('draws on a shared pool of sources plus sources of its own', () => {
    const [a, b] = content.stories;
    const shared = a!.sources.filter((id) => b!.sources.includes(id));
    expect(shared.length).toBeGreaterThan(0);
    expect(a!.sources.some((id) => id.startsWith(`${a!.id}-`))).toBe(true);
    expect(new Set(content.sources.map((s) => s.id)).size).toBe(content.sources.length);
  });
});

describe('syntheticContent passes the content checks', () => {
  it.each([1, 2, 4])('with %i stories: 0 errors and 0 warnings', (stories) => {
    const generated = stories === 4 ? content : syntheticContent({ stories });
    const dir = writeContent(generated.files);
    const { bundle, problems } = checkContent(dir, dir);
    expect(problems).toEqual([]);
    expect(bundle.stories).toHaveLength(stories);
    expect(bundle.claims).toHaveLength(stories * 15);
    expect(bundle.datasets).toHaveLength(stories * 5);
  });
});
