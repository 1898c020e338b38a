// The shipped story is complete: every claim rated with evidence and sources, quotes in the original, data traceable.
import { describe, expect, it } from 'vitest';
import { describeAnchorFailure } from '../../src/lib/anchoring/anchor-problem.ts';
import { anchorQuote } from '../../src/lib/anchoring/anchor-quote.ts';
import { checkContent } from '../../src/lib/integrity/check-content.ts';
import { formatReport } from '../../src/lib/content/problem.ts';
import { isWebUrl } from '../../src/lib/content/fields.ts';

const { bundle, problems } = checkContent(process.cwd());
const sourceIds = new Set(bundle.sources.map((s) => s.id));

describe('the shipped content', () => {
  it('passes every integrity check with no errors and no warnings', () => {
    expect(formatReport(problems)).toBe('0 errors, 0 warnings in content/');
  });

  it('has a real story with at least 12 claims', () => {
    expect(bundle.stories.map((s) => s.id)).toContain('xiaomi-harmonyos');
    expect(bundle.claims.filter((c) => c.story === 'xiaomi-harmonyos').length).toBeGreaterThanOrEqual(12);
  });

  it('gives every claim a verdict on the scale, a summary, an explanation and evidence from known sources', () => {
    const verdicts = new Set(bundle.verdicts.map((v) => v.id));
    for (const claim of bundle.claims) {
      expect(verdicts.has(claim.data.verdict), claim.file).toBe(true);
      expect(claim.data.summary.length, claim.file).toBeGreaterThan(10);
      expect(claim.data.explanation.length, claim.file).toBeGreaterThan(40);
      expect(claim.data.evidence.length, claim.file).toBeGreaterThan(0);
      for (const e of claim.data.evidence) expect(sourceIds.has(e.source), `${claim.file}: ${e.source}`).toBe(true);
    }
  });

  it('finds every quote exactly once in its original', () => {
    for (const claim of bundle.claims) {
      const story = bundle.stories.find((s) => s.id === claim.story);
      const original = bundle.originals.find((o) => o.id === story?.data.original);
      const result = anchorQuote(original?.body ?? '', { exact: claim.data.quote, prefix: claim.data.prefix, suffix: claim.data.suffix });
      expect(result.ok, `${claim.file}: ${result.ok ? '' : describeAnchorFailure(result, original?.file ?? 'the original').message}`).toBe(true);
    }
  });

  it('names the source of every dataset row, and every source has a web address', () => {
    for (const dataset of bundle.datasets) {
      const sourceColumn = dataset.data.columns.find((c) => c.type === 'source');
      expect(sourceColumn, `${dataset.file} has a source column`).toBeDefined();
      for (const [i, row] of dataset.table.rows.entries()) {
        expect(sourceIds.has(String(row[sourceColumn?.name ?? ''])), `${dataset.csvFile} row ${i + 2}`).toBe(true);
      }
    }
    for (const source of bundle.sources) expect(isWebUrl(source.data.url), source.file).toBe(true);
  });

  it('uses at least two figure checks on real data', () => {
    expect(bundle.claims.flatMap((c) => c.data.figures).length).toBeGreaterThanOrEqual(2);
  });
});
