// The fixture stories merge into a copy of the shipped content without replacing anything, pass the content checks
// together with it, and still differ where layouts break (so the browser gates keep covering those cases).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findUsages } from '../../../src/lib/content/story-mdx.ts';
import { checkContent } from '../../../src/lib/integrity/check-content.ts';
import { paragraphs } from '../../../src/lib/text/paragraphs.ts';
import { repoRoot } from '../../../tools/site/build-site.ts';
import { contentWithFixtures, FIXTURE_STORIES_DIR, removeContent } from '../../../tools/site/fixture-content.ts';

const CHARTS = new Set(['BarChart', 'LineChart', 'StackedBar', 'Timeline', 'Scrolly']);
// A folder of its own, so this test never empties the one a site build may be reading.
const scratch = mkdtempSync(join(tmpdir(), 'marginalia-merge-'));
const merged = contentWithFixtures(join(scratch, 'content'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const { bundle, problems } = checkContent(repoRoot, merged);
const fixtureIds = readdirSync(join(FIXTURE_STORIES_DIR, 'stories'));
const storyOf = (id: string) => {
  const story = bundle.stories.find((s) => s.id === id);
  if (!story) throw new Error(`no fixture story ${id}`);
  return story;
};
const originalOf = (id: string) => bundle.originals.find((o) => o.id === storyOf(id).data.original)?.body ?? '';

describe('the merged content', () => {
  it('holds the shipped stories and every fixture story', () => {
    const shipped = readdirSync(join(repoRoot, 'content', 'stories'));
    expect(bundle.stories.map((s) => s.id).sort()).toEqual([...shipped, ...fixtureIds].sort());
  });

  it('passes the content checks with no errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses a fixture file that would replace a shipped one', () => {
    const fixtures = mkdtempSync(join(tmpdir(), 'marginalia-clash-'));
    mkdirSync(join(fixtures, 'sources'));
    writeFileSync(join(fixtures, 'sources', 'idc-china-2021.yaml'), 'title: clash\n');
    try {
      expect(() => contentWithFixtures(join(scratch, 'clash'), join(repoRoot, 'content'), fixtures)).toThrow(/would replace shipped content: sources\/idc-china-2021\.yaml/);
    } finally {
      rmSync(fixtures, { recursive: true, force: true });
    }
  });

  it('empties the folder first, so no file of an earlier merge lingers', () => {
    const dir = join(scratch, 'again');
    contentWithFixtures(dir);
    writeFileSync(join(dir, 'sources', 'left-over.yaml'), 'title: left over\n');
    contentWithFixtures(dir);
    expect(existsSync(join(dir, 'sources', 'left-over.yaml'))).toBe(false);
    removeContent(dir);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('the fixture stories differ where layouts break', () => {
  it('a short original: at most two sentences, with at least four claims', () => {
    const text = originalOf('fx-short-original');
    expect(text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1).length).toBeLessThanOrEqual(2);
    expect(bundle.claims.filter((c) => c.story === 'fx-short-original').length).toBeGreaterThanOrEqual(4);
  });

  it('a long original in a single paragraph, with many claims', () => {
    const text = originalOf('fx-long-paragraph');
    expect(paragraphs(text)).toHaveLength(1);
    expect(text.length).toBeGreaterThan(1500);
    expect(bundle.claims.filter((c) => c.story === 'fx-long-paragraph').length).toBeGreaterThanOrEqual(8);
  });

  it('a story with no charts', () => {
    expect(findUsages(storyOf('fx-no-charts').body).filter((u) => CHARTS.has(u.component))).toEqual([]);
  });

  it('a story with corrections, one of them a rating change', () => {
    const { corrections, updated } = storyOf('fx-correction').data;
    expect(corrections.some((c) => c.verdictBefore && c.verdictAfter)).toBe(true);
    expect(updated).toBeDefined();
  });

  it('a story with an unverified figure, rated "Not enough evidence"', () => {
    expect(bundle.claims.filter((c) => c.story === 'fx-unverified').map((c) => c.data.verdict)).toContain('unverified');
    expect(storyOf('fx-unverified').body).toMatch(/\bunverified\b/);
  });

  it('every chart type, a scrolly among them, across the fixture stories', () => {
    const used = new Set(fixtureIds.flatMap((id) => findUsages(storyOf(id).body).map((u) => u.component)));
    for (const chart of CHARTS) expect(used.has(chart), chart).toBe(true);
  });
});
