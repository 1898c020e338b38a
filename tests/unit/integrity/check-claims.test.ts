import { describe, expect, it } from 'vitest';
import { CLAIM_REVIEWED_MAX, checkClaims } from '../../../src/lib/integrity/check-claims.ts';
import type { ClaimData } from '../../../src/lib/content/schema.ts';
import { bundleOf, claim, figure, original, salesDataset, scale, story, verdict } from './make-bundle.ts';

const CLAIM = 'content/claims/demo/sales.yaml';
const ARTICLE = 'Global sales were 190 million units while domestic sales were only 50 million units, so overseas sales reached more than 140 million units.';

function check(data: Partial<ClaimData>, article = ARTICLE) {
  return checkClaims(
    bundleOf({
      stories: [story('demo', '<Claim id="sales" />')],
      originals: [original('demo', article)],
      claims: [claim('demo', 'sales', { quote: 'overseas sales reached more than 140 million units', ...data })],
      datasets: [salesDataset()],
      verdicts: scale(),
    }),
  );
}

describe('checkClaims: quote', () => {
  it('accepts a quote found once in the original', () => {
    expect(check({})).toEqual([]);
  });

  it('accepts a quote differing only in case, spacing and quote marks', () => {
    expect(check({ quote: 'Overseas  sales reached MORE than 140 million units' })).toEqual([]);
  });

  it('reports a quote not in the original, showing the nearest passage', () => {
    expect(check({ quote: 'overseas sales reached more than 150 million units' })).toEqual([
      {
        severity: 'error',
        file: CLAIM,
        field: 'quote',
        message: 'not found in content/originals/demo.md (nearest passage, 98 % similar: "overseas sales reached more than 140 million units")',
        fix: 'copy the exact words from content/originals/demo.md, or correct the original',
      },
    ]);
  });

  it('reports a quote found several times, asking for a prefix or suffix', () => {
    const [problem] = check({ quote: 'million units' });
    expect(problem?.field).toBe('quote');
    expect(problem?.message).toMatch(/^found 3 times in content\/originals\/demo\.md: 1\) "/);
    expect(problem?.fix).toBe('add a `prefix:` (the words just before) or `suffix:` (the words just after) that occurs at only one of them');
  });

  it('accepts a repeated quote that a prefix picks out', () => {
    expect(check({ quote: 'million units', prefix: 'more than 140' })).toEqual([]);
  });

  it('leaves the quote alone when the story has no original (reported elsewhere)', () => {
    const problems = checkClaims(bundleOf({ stories: [story('demo', '', { original: 'missing' })], claims: [claim('demo', 'sales', { quote: 'not there' })], verdicts: scale() }));
    expect(problems).toEqual([]);
  });
});

describe('checkClaims: claimReviewed', () => {
  it('is limited to 75 characters', () => {
    expect(CLAIM_REVIEWED_MAX).toBe(75);
  });

  it('accepts 74 characters', () => {
    expect(check({ claimReviewed: 'x'.repeat(74) })).toEqual([]);
  });

  it('reports 75 characters', () => {
    expect(check({ claimReviewed: 'x'.repeat(75) })).toEqual([
      { severity: 'error', file: CLAIM, field: 'claimReviewed', message: 'is 75 characters long; it must stay under 75', fix: 'shorten it to the gist of the claim' },
    ]);
  });

  it('reports a verdict label used as a word, whatever its case', () => {
    expect(check({ claimReviewed: 'Sales abroad: FALSE figures' })).toEqual([
      { severity: 'error', file: CLAIM, field: 'claimReviewed', message: 'contains the rating "False"', fix: 'state the claim only; the rating goes in `verdict`' },
    ]);
  });

  it('does not report a verdict label inside a longer word', () => {
    expect(check({ claimReviewed: 'The maker has untrue opinions of its rivals' })).toEqual([]);
  });

  it('reads a rating label as text, however long or punctuated (a huge label once made a pattern too large)', () => {
    const labelled = (label: string, claimReviewed: string) =>
      checkClaims(
        bundleOf({
          stories: [story('demo', '<Claim id="sales" />')],
          originals: [original('demo', ARTICLE)],
          claims: [claim('demo', 'sales', { quote: 'overseas sales reached more than 140 million units', claimReviewed })],
          datasets: [salesDataset()],
          verdicts: [verdict(0, 'true', label, 3)],
        }),
      ).map((p) => p.message);
    expect(() => labelled('x'.repeat(200_000), 'Sales rose')).not.toThrow();
    expect(labelled('True (mostly)', 'Sales rose, true (mostly)')).toEqual(['contains the rating "True (mostly)"']);
    expect(labelled('[a-z]+', 'Sales rose')).toEqual([]);
  });

  it('reports both a long text and a verdict label', () => {
    const problems = check({ claimReviewed: `The misleading claim ${'that sales rose '.repeat(5)}` });
    expect(problems.map((p) => p.message)).toEqual(['is 101 characters long; it must stay under 75', 'contains the rating "Misleading"']);
  });
});

describe('checkClaims: figures', () => {
  it('accepts an accurate figure inside the tolerance', () => {
    expect(check({ figures: [figure()] })).toEqual([]);
  });

  it('reports a figure marked accurate outside the tolerance', () => {
    expect(check({ figures: [figure(), figure({ stated: 160 })] })).toEqual([
      {
        severity: 'error',
        file: CLAIM,
        field: 'figures[1].assessment',
        message: 'marked accurate, but the data give 139.2 million units against the stated 160 — outside the tolerance of 5 %',
        fix: 'correct the assessment (and the verdict), the stated figure, the tolerance or the data',
      },
    ]);
  });

  it('reports a figure marked inaccurate inside the tolerance', () => {
    expect(check({ figures: [figure({ assessment: 'inaccurate' })] }).map((p) => p.message)).toEqual([
      'marked inaccurate, but the data give 139.2 million units, within 5 % of the stated 140',
    ]);
  });

  it('accepts a figure marked inaccurate outside the tolerance', () => {
    expect(check({ figures: [figure({ stated: 160, assessment: 'inaccurate' })] })).toEqual([]);
  });

  it('reports an unknown dataset', () => {
    expect(check({ figures: [figure({ compute: { dataset: 'sale' } })] })).toEqual([
      { severity: 'error', file: CLAIM, field: 'figures[0].compute.dataset', message: 'no dataset "sale" (known: sales)', fix: 'fix the id, or add content/datasets/sale.csv with its .yaml' },
    ]);
  });

  it('does not call a dataset missing when its file exists but is invalid', () => {
    const problems = checkClaims(
      bundleOf({
        stories: [story('demo', '')],
        originals: [original('demo', ARTICLE)],
        claims: [claim('demo', 'sales', { quote: 'overseas sales', figures: [figure({ compute: { dataset: 'broken' } })] })],
        datasets: [salesDataset()],
        verdicts: scale(),
        declared: { datasets: ['broken'] },
      }),
    );
    expect(problems).toEqual([]);
  });

  it('reports a computation error at the field of the figure at fault', () => {
    expect(check({ figures: [figure({ compute: { of: [{ region: 'global' }, { regoin: 'china' }] } })] })).toEqual([
      { severity: 'error', file: CLAIM, field: 'figures[0].compute.of[1].regoin', message: 'dataset has no column "regoin"', fix: 'filter on one of: region, year, units' },
    ]);
  });
});
