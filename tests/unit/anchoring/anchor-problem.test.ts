import { describe, expect, it } from 'vitest';
import { anchorQuote, type AnchorFailure, type AnchorResult } from '../../../src/lib/anchoring/anchor-quote';
import { describeAnchorFailure } from '../../../src/lib/anchoring/anchor-problem';

const ORIGINAL = 'content/originals/xiaomi.md';
const TEXT =
  'The target is the world\u2019s first, overseas sales of 140 million units, Xiaomi dare not use Huawei Hongmeng system?\n\n' +
  'Click attention, wonderful every day!Xiaomi aims to be the world\u2019s top smartphone maker with 140 million units ' +
  'sold overseas.As is known to all, China is a country with a population of more than 1.4 billion.';

function failure(result: AnchorResult): AnchorFailure {
  if (result.ok) throw new Error('expected the quote not to anchor');
  return result;
}

describe('describeAnchorFailure', () => {
  it('names the original, the nearest passage with its similarity, and the fix for not-found, giving the fix once', () => {
    const result = failure(anchorQuote(TEXT, { exact: 'the world’s top smartphone maker with 150 million units' }));
    expect(describeAnchorFailure(result, ORIGINAL)).toEqual({
      message: `not found in ${ORIGINAL} (nearest passage, 98 % similar: "the world\u2019s top smartphone maker with 140 million units")`,
      fix: `copy the exact words from ${ORIGINAL}, or correct the original`,
    });
  });

  it('lists every occurrence, with context, for an ambiguous quote', () => {
    const result = failure(anchorQuote(TEXT, { exact: '140 million units' }));
    expect(describeAnchorFailure(result, ORIGINAL)).toEqual({
      message:
        `found 2 times in ${ORIGINAL}: ` +
        '1) "…world\u2019s first, overseas sales of [140 million units], Xiaomi dare not use Huawei Hongmeng…" ' +
        '2) "…world\u2019s top smartphone maker with [140 million units] sold overseas.As is known to…"',
      fix: 'add a `prefix:` (the words just before) or `suffix:` (the words just after) that occurs at only one of them',
    });
  });

  it('says how many occurrences fit equally well when the prefix narrowed them down', () => {
    const result = failure(anchorQuote('a x b. a x c. d x b.', { exact: 'x', prefix: 'a' }));
    expect(describeAnchorFailure(result, ORIGINAL).message).toBe(`found 3 times in ${ORIGINAL} (2 of them fit equally well): 1) "a [x] b. a x c. d x b." 2) "a x b. a [x] c. d x b."`);
  });

  it('lists at most ten occurrences and sums up the rest', () => {
    const result = failure(anchorQuote('units, '.repeat(12), { exact: 'units' }));
    expect(result.candidates).toHaveLength(12);
    const { message } = describeAnchorFailure(result, ORIGINAL);
    expect(message).toContain('found 12 times');
    expect(message).toContain(' 10) "');
    expect(message).not.toContain(' 11) "');
    expect(message.endsWith('… and 2 more')).toBe(true);
  });

  it('tells the editor to fill in an empty quote', () => {
    const result = failure(anchorQuote(TEXT, { exact: '  ' }));
    expect(describeAnchorFailure(result, ORIGINAL)).toEqual({ message: 'is empty', fix: `copy the words being checked from ${ORIGINAL}` });
  });

  it('says the original has no text when there is no passage to suggest', () => {
    const result = failure(anchorQuote('', { exact: 'Hongmeng' }));
    expect(describeAnchorFailure(result, ORIGINAL)).toEqual({ message: `not found: ${ORIGINAL} has no text`, fix: 'paste the article under review into the original' });
  });

  it('writes the nearest passage on one line even when it spans a paragraph break', () => {
    const result = failure(anchorQuote(TEXT, { exact: 'Hongmeng system? Click attention, wonderful every week' }));
    const { message } = describeAnchorFailure(result, ORIGINAL);
    expect(message).not.toContain('\n');
    expect(message).toContain('"Hongmeng system? Click attention, wonderful every day');
  });
});
