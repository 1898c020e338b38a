import { describe, expect, it } from 'vitest';
import { anchorQuote, type AnchorFailure, type AnchorResult } from '../../../src/lib/anchoring/anchor-quote';
import { formatAnchorError } from '../../../src/lib/anchoring/format-anchor-error';

const CLAIM = 'content/claims/xiaomi/overseas-sales.yaml';
const ORIGINAL = 'content/originals/xiaomi.md';
const TEXT =
  'The target is the world\u2019s first, overseas sales of 140 million units, Xiaomi dare not use Huawei Hongmeng system?\n\n' +
  'Click attention, wonderful every day!Xiaomi aims to be the world\u2019s top smartphone maker with 140 million units ' +
  'sold overseas.As is known to all, China is a country with a population of more than 1.4 billion.';

function failure(result: AnchorResult): AnchorFailure {
  if (result.ok) throw new Error('expected the quote not to anchor');
  return result;
}

describe('formatAnchorError', () => {
  it('names file, field and original, the nearest passage with its similarity, and the fix for not-found', () => {
    const result = failure(anchorQuote(TEXT, { exact: 'the world’s top smartphone maker with 150 million units' }));
    expect(formatAnchorError(CLAIM, 'quote', result, ORIGINAL)).toBe(
      `${CLAIM} › quote: not found in ${ORIGINAL} (nearest passage, 98 % similar: ` +
        '"the world\u2019s top smartphone maker with 140 million units"). ' +
        'Fix: copy the exact words from the original, or correct the original.',
    );
  });

  it('lists every occurrence on its own line, with context, for an ambiguous quote', () => {
    const result = failure(anchorQuote(TEXT, { exact: '140 million units' }));
    expect(formatAnchorError(CLAIM, 'quote', result, ORIGINAL)).toBe(
      [
        `${CLAIM} › quote: found 2 times in ${ORIGINAL}; add a prefix (text just before) or suffix (text just after) to pick one:`,
        '  1) "…world\u2019s first, overseas sales of [140 million units], Xiaomi dare not use Huawei Hongmeng…"',
        '  2) "…world\u2019s top smartphone maker with [140 million units] sold overseas.As is known to…"',
      ].join('\n'),
    );
  });

  it('says how many occurrences fit equally well when the prefix narrowed them down', () => {
    const result = failure(anchorQuote('a x b. a x c. d x b.', { exact: 'x', prefix: 'a' }));
    const lines = formatAnchorError(CLAIM, 'evidence[0].quote', result, ORIGINAL).split('\n');
    expect(lines[0]).toBe(
      `${CLAIM} › evidence[0].quote: found 3 times in ${ORIGINAL} (2 of them fit equally well); ` +
        'add a prefix (text just before) or suffix (text just after) to pick one:',
    );
    expect(lines.slice(1)).toEqual(['  1) "a [x] b. a x c. d x b."', '  2) "a x b. a [x] c. d x b."']);
  });

  it('lists at most ten occurrences and sums up the rest', () => {
    const result = failure(anchorQuote('units, '.repeat(12), { exact: 'units' }));
    expect(result.candidates).toHaveLength(12);
    const lines = formatAnchorError(CLAIM, 'quote', result, ORIGINAL).split('\n');
    expect(lines[0]).toContain('found 12 times');
    expect(lines).toHaveLength(12);
    expect(lines[10]).toMatch(/^ {2}10\) "/);
    expect(lines[11]).toBe('  … and 2 more');
  });

  it('tells the editor to fill in an empty quote', () => {
    const result = failure(anchorQuote(TEXT, { exact: '  ' }));
    expect(formatAnchorError(CLAIM, 'quote', result, ORIGINAL)).toBe(
      `${CLAIM} › quote: is empty. Fix: copy the words being checked from ${ORIGINAL}.`,
    );
  });

  it('says the original is empty when there is no passage to suggest', () => {
    const result = failure(anchorQuote('', { exact: 'Hongmeng' }));
    expect(formatAnchorError(CLAIM, 'quote', result, ORIGINAL)).toBe(
      `${CLAIM} › quote: not found in ${ORIGINAL}, which is empty. Fix: add the text of the original.`,
    );
  });

  it('writes the nearest passage on one line even when it spans a paragraph break', () => {
    const result = failure(anchorQuote(TEXT, { exact: 'Hongmeng system? Click attention, wonderful every week' }));
    const message = formatAnchorError(CLAIM, 'quote', result, ORIGINAL);
    expect(message).not.toContain('\n');
    expect(message).toContain('"Hongmeng system? Click attention, wonderful every day');
  });

  it('says "the original" when no original is named, and leaves out an empty field', () => {
    const result = failure(anchorQuote(TEXT, { exact: '' }));
    expect(formatAnchorError(CLAIM, '', result)).toBe(`${CLAIM}: is empty. Fix: copy the words being checked from the original.`);
  });
});
