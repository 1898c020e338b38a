import { describe, expect, it } from 'vitest';
import { anchorQuote, type AnchorResult } from '../../../src/lib/anchoring/anchor-quote';
import { describeAnchorFailure } from '../../../src/lib/anchoring/anchor-problem';
import { describeQuote } from '../../../src/lib/anchoring/text-quote-selector';

// Excerpts of the article under review (machine-translated; the missing spaces after "!", "." and ";",
// the curly apostrophes and "Apple’S" are as in the original).
const TITLE = 'The target is the world\u2019s first, overseas sales of 140 million units, Xiaomi dare not use Huawei Hongmeng system?';
const BODY =
  'Click attention, wonderful every day!Xiaomi aims to be the world\u2019s top smartphone maker with 140 million units ' +
  'sold overseas.As is known to all, China is a country with a population of more than 1.4 billion. ' +
  'In fact, from the development of Miui mobile phone, we know that miui mobile phone target the world\u2019s first, ' +
  'overseas sales of 140 million units, Miui dare not use Huawei Hongmeng system?First of all, millet global sales in ' +
  '2021 up to 190 million units, while domestic sales only 50 million units, that is to say, or that in overseas market, ' +
  'millet mobile phone sales reached more than 140 million units;This also shows that most of xiaomi\u2019s market share ' +
  'comes from abroad;Although Huawei Hongmeng system says that it has hundreds of millions of users and has the ' +
  'strength to compete with Apple\u2019S ios and Google\u2019s Android system, it is a new system after all.';
const ARTICLE = `${TITLE}\n\n${BODY}`;

/** Start offsets of every literal occurrence of `needle` in ARTICLE. */
function occurrences(needle: string): number[] {
  const found: number[] = [];
  for (let at = ARTICLE.indexOf(needle); at !== -1; at = ARTICLE.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function expectOk(result: AnchorResult): Extract<AnchorResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected the quote to anchor, got ${result.reason}`);
  return result;
}

function expectFailure(result: AnchorResult): Extract<AnchorResult, { ok: false }> {
  if (result.ok) throw new Error(`expected the quote not to anchor, got [${result.start}, ${result.end})`);
  return result;
}

const UNITS = occurrences('140 million units');

describe('anchorQuote: finding the words', () => {
  it('anchors an exact quote that occurs once', () => {
    const exact = 'Xiaomi aims to be the world\u2019s top smartphone maker';
    const result = expectOk(anchorQuote(ARTICLE, { exact }));
    expect(result.start).toBe(ARTICLE.indexOf(exact));
    expect(result.end).toBe(ARTICLE.indexOf(exact) + exact.length);
    expect(result.exact).toBe(exact);
    expect(result.occurrences).toBe(1);
    expect(result.resolvedBy).toBe('unique');
  });

  it('matches a straight apostrophe typed by the editor to the curly one in the original', () => {
    const result = expectOk(anchorQuote(ARTICLE, { exact: "the world's top smartphone maker" }));
    expect(result.exact).toBe('the world\u2019s top smartphone maker');
  });

  it('matches a curly quote in the quote to a straight one in the original', () => {
    const result = expectOk(anchorQuote('He said "sales doubled" in 2021.', { exact: '\u201Csales doubled\u201D' }));
    expect(result.exact).toBe('"sales doubled"');
  });

  it('ignores differences in case', () => {
    const result = expectOk(anchorQuote(ARTICLE, { exact: "compete with APPLE's iOS and google's android" }));
    expect(result.exact).toBe('compete with Apple\u2019S ios and Google\u2019s Android');
  });

  it('matches a quote with newlines, double spaces and NBSP to single spaces in the original', () => {
    const result = expectOk(anchorQuote(ARTICLE, { exact: 'domestic  sales\nonly 50\u00A0million\r\n units' }));
    expect(result.exact).toBe('domestic sales only 50 million units');
  });

  it('matches a one-line quote to an original broken over lines with runs of spaces', () => {
    const text = 'Xiaomi sold more than\n   140  million\u00A0units\noverseas.';
    const result = expectOk(anchorQuote(text, { exact: 'more than 140 million units overseas' }));
    expect(result.exact).toBe('more than\n   140  million\u00A0units\noverseas');
  });

  it('matches an ASCII comma and full stop in the quote to full-width "，" and "。" in the original', () => {
    const text = 'The target is the world\u2019s first，overseas sales of 140 million units。Xiaomi dare not';
    const result = expectOk(anchorQuote(text, { exact: "world's first, overseas sales of 140 million units." }));
    expect(result.exact).toBe('world\u2019s first，overseas sales of 140 million units。');
  });

  it('matches full-width punctuation and letters in the quote to ASCII in the original', () => {
    const result = expectOk(anchorQuote(ARTICLE, { exact: 'ｗｏｒｌｄ’ｓ　ｆｉｒｓｔ，　ｏｖｅｒｓｅａｓ　ｓａｌｅｓ　ｏｆ　１４０ ｍｉｌｌｉｏｎ　ｕｎｉｔｓ，　ｘｉａｏｍｉ' }));
    expect(result.exact).toBe('world\u2019s first, overseas sales of 140 million units, Xiaomi');
  });

  it('matches a space typed after punctuation where the translation left none', () => {
    const result = expectOk(anchorQuote(ARTICLE, { exact: 'every day! Xiaomi aims' }));
    expect(result.exact).toBe('every day!Xiaomi aims');
  });

  it('matches dashes and ellipses typed differently', () => {
    const text = 'Sales rose in 2020\u20132021\u2026 then fell.';
    const result = expectOk(anchorQuote(text, { exact: '2020-2021... then' }));
    expect(result.exact).toBe('2020\u20132021\u2026 then');
  });

  it('reports offsets in the coordinates of the original, not of the normalised text', () => {
    const text = '  Ｉｎ  fact,\n\n  from\u00A0the\tdevelopment  of  Miui\u2019s phone';
    const result = expectOk(anchorQuote(text, { exact: "development of miui's" }));
    expect(result.start).toBe(text.indexOf('development'));
    expect(result.end).toBe(text.indexOf(' phone'));
    expect(text.slice(result.start, result.end)).toBe('development  of  Miui\u2019s');
  });

  it('anchors a quote at the very start of the text', () => {
    const result = expectOk(anchorQuote(ARTICLE, { exact: "The target is the world's first" }));
    expect(result.start).toBe(0);
    expect(result.exact).toBe('The target is the world\u2019s first');
  });

  it('anchors a quote at the very end of the text', () => {
    const result = expectOk(anchorQuote(ARTICLE, { exact: 'it is a new system after all.' }));
    expect(result.end).toBe(ARTICLE.length);
    expect(result.exact).toBe('it is a new system after all.');
  });

  it('anchors a quote that is the whole text, ignoring surrounding whitespace in the quote', () => {
    const result = expectOk(anchorQuote('Hongmeng OS', { exact: '\n  hongmeng os \n' }));
    expect(result).toMatchObject({ start: 0, end: 11, exact: 'Hongmeng OS' });
  });

  it('gives the right offsets when anchoring alternately in two different texts', () => {
    const other = `${'padding '.repeat(10)}${TITLE}`;
    const first = expectOk(anchorQuote(ARTICLE, { exact: 'Xiaomi dare not' }));
    const second = expectOk(anchorQuote(other, { exact: 'Xiaomi dare not' }));
    const third = expectOk(anchorQuote(ARTICLE, { exact: 'Xiaomi dare not' }));
    expect(first.start).toBe(ARTICLE.indexOf('Xiaomi dare not'));
    expect(second.start).toBe(other.indexOf('Xiaomi dare not'));
    expect(third.start).toBe(first.start);
  });
});

describe('anchorQuote: repeated quotes', () => {
  it('uses the article that really repeats "140 million units" four times', () => {
    expect(UNITS).toHaveLength(4);
  });

  it('resolves a repeated quote by its prefix', () => {
    const result = expectOk(anchorQuote(ARTICLE, { exact: '140 million units', prefix: 'sales reached more than ' }));
    expect(result.start).toBe(UNITS[3]);
    expect(result.occurrences).toBe(4);
    expect(result.resolvedBy).toBe('context');
  });

  it('resolves a repeated quote by its suffix', () => {
    const exact = 'overseas sales of 140 million units';
    const result = expectOk(anchorQuote(ARTICLE, { exact, suffix: ', Miui dare not use' }));
    expect(result.start).toBe(ARTICLE.indexOf(`${exact}, Miui`));
    expect(result.occurrences).toBe(2);
  });

  it('compares prefix and suffix after normalisation (case, apostrophes, spacing)', () => {
    const result = expectOk(
      anchorQuote(ARTICLE, { exact: '140 million units', prefix: "the World's top smartphone maker  with", suffix: 'SOLD overseas' }),
    );
    expect(result.start).toBe(UNITS[1]);
  });

  it('prefers the occurrence whose surroundings agree with more of the prefix', () => {
    // "target the world's first, overseas sales of" only fits the Miui sentence; the title has "target is the".
    const result = expectOk(
      anchorQuote(ARTICLE, { exact: '140 million units', prefix: "phone target the world's first, overseas sales of" }),
    );
    expect(result.start).toBe(UNITS[2]);
  });

  it('is ambiguous when nothing tells the occurrences apart, and lists each with its context', () => {
    const result = expectFailure(anchorQuote(ARTICLE, { exact: '140 million units' }));
    expect(result.reason).toBe('ambiguous');
    expect(result.occurrences).toBe(4);
    expect(result.candidates.map((c) => c.start)).toEqual(UNITS);
    for (const candidate of result.candidates) {
      expect(candidate.passage).toBe('140 million units');
      expect(candidate.context).toContain('[140 million units]');
      expect(candidate.similarity).toBe(1);
    }
    expect(result.candidates[1]?.context).toBe('…world\u2019s top smartphone maker with [140 million units] sold overseas.As is known to…');
    expect(describeAnchorFailure(result, 'the original').message).toMatch(/^found 4 times in the original: 1\) "/);
    expect(describeAnchorFailure(result, 'the original').message).toContain('4) "…phone sales reached more than [140 million units];This also shows that most of…"');
  });

  it('is ambiguous when the prefix fits several occurrences equally well, listing only those', () => {
    const result = expectFailure(anchorQuote(ARTICLE, { exact: '140 million units', prefix: 'overseas sales of' }));
    expect(result.reason).toBe('ambiguous');
    expect(result.occurrences).toBe(4);
    expect(result.candidates.map((c) => c.start)).toEqual([UNITS[0], UNITS[2]]);
    expect(describeAnchorFailure(result, 'the original').message).toContain('found 4 times in the original (2 of them fit equally well)');
  });

  it('counts overlapping occurrences as separate matches', () => {
    const result = expectFailure(anchorQuote('ha ha ha', { exact: 'ha ha' }));
    expect(result.reason).toBe('ambiguous');
    expect(result.candidates.map((c) => [c.start, c.end])).toEqual([
      [0, 5],
      [3, 8],
    ]);
  });

  it('breaks a tie with the position hint: the closest occurrence wins', () => {
    const result = expectOk(anchorQuote(ARTICLE, { exact: '140 million units' }, { start: (UNITS[2] ?? 0) - 40 }));
    expect(result.start).toBe(UNITS[2]);
    expect(result.resolvedBy).toBe('hint');
  });

  it('lets prefix and suffix win over the position hint', () => {
    const result = expectOk(
      anchorQuote(ARTICLE, { exact: '140 million units', prefix: 'more than' }, { start: UNITS[0] ?? 0 }),
    );
    expect(result.start).toBe(UNITS[3]);
    expect(result.resolvedBy).toBe('context');
  });

  it('stays ambiguous when the hint is exactly halfway between two occurrences', () => {
    const result = expectFailure(anchorQuote('units and units', { exact: 'units' }, { start: 5 }));
    expect(result.reason).toBe('ambiguous');
    expect(result.candidates).toHaveLength(2);
  });

  it('re-finds every occurrence from the selector describeQuote exports for it', () => {
    for (const start of UNITS) {
      const selector = describeQuote(ARTICLE, start, start + '140 million units'.length);
      expect(expectOk(anchorQuote(ARTICLE, selector)).start).toBe(start);
    }
  });
});

describe('anchorQuote: quotes that are not in the text', () => {
  it('is not-found and names the nearest passage when words were changed', () => {
    const result = expectFailure(
      anchorQuote(ARTICLE, { exact: "Xiaomi aims to be the world's top smartphone maker with 150 million units sold abroad" }),
    );
    expect(result.reason).toBe('not-found');
    expect(result.occurrences).toBe(0);
    expect(result.candidates).toHaveLength(1);
    const [nearest] = result.candidates;
    expect(nearest?.passage).toBe('Xiaomi aims to be the world\u2019s top smartphone maker with 140 million units sold overseas');
    expect(ARTICLE.slice(nearest?.start, nearest?.end)).toBe(nearest?.passage);
    expect(nearest?.similarity).toBeGreaterThan(0.85);
    expect(nearest?.similarity).toBeLessThan(1);
    expect(describeAnchorFailure(result, 'the original').message).toContain(
      `nearest passage, ${Math.round((nearest?.similarity ?? 0) * 100)} % similar: "Xiaomi aims to be the world\u2019s top smartphone maker with 140 million units sold overseas"`,
    );
  });

  it('finds the nearest passage for a quote with a typo in one word', () => {
    const result = expectFailure(anchorQuote(ARTICLE, { exact: 'millet global sales in 2021 up to 109 million units' }));
    expect(result.candidates[0]?.passage).toBe('millet global sales in 2021 up to 190 million units');
  });

  it('finds the nearest passage across a line break in the original', () => {
    const result = expectFailure(anchorQuote(ARTICLE, { exact: 'Hongmeng system? Click attention, wonderful every week' }));
    expect(result.candidates[0]?.passage).toMatch(/^Hongmeng system\?\n\nClick attention, wonderful every day/);
    expect(describeAnchorFailure(result, 'the original').message).toContain('"Hongmeng system? Click attention, wonderful every day');
  });

  it('still names a nearest passage, with low similarity, for words that are nowhere in the text', () => {
    const result = expectFailure(anchorQuote(ARTICLE, { exact: 'zzzz qqqq' }));
    expect(result.reason).toBe('not-found');
    expect(result.candidates).toHaveLength(1);
    expect(result.candidates[0]?.similarity).toBeLessThan(0.5);
  });

  it('is not-found without candidates in an empty text', () => {
    const result = expectFailure(anchorQuote('', { exact: 'Hongmeng' }));
    expect(result).toMatchObject({ reason: 'not-found', candidates: [], occurrences: 0 });
    expect(describeAnchorFailure(result, 'the original').message).toBe('not found: the original has no text');
  });

  it('finds the nearest passage of a 300-character quote in a 10,000-character text quickly', () => {
    const words = ['phone', 'market', 'sales', 'huawei', 'xiaomi', 'system', 'global', 'brand', 'users', 'share'];
    let seed = 7;
    const filler = (count: number): string =>
      Array.from({ length: count }, () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return words[seed % words.length];
      }).join(' ');
    const planted = BODY.slice(0, 300);
    const text = `${filler(900)} ${planted} ${filler(900)}`;
    expect(text.length).toBeGreaterThan(10_000);
    const changed = planted.replace('140 million', '150 million').replace('top smartphone', 'leading smartphone');
    const began = performance.now();
    const result = expectFailure(anchorQuote(text, { exact: changed }));
    const elapsed = performance.now() - began;
    expect(result.candidates[0]?.start).toBe(text.indexOf(planted));
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('anchorQuote: bad input', () => {
  it('reports an empty quote', () => {
    const result = expectFailure(anchorQuote(ARTICLE, { exact: '' }));
    expect(result).toMatchObject({ reason: 'empty-quote', candidates: [], occurrences: 0 });
    expect(describeAnchorFailure(result, 'the original').message).toBe('is empty');
  });

  it('reports a quote of only whitespace or invisible characters as empty', () => {
    expect(expectFailure(anchorQuote(ARTICLE, { exact: ' \n\u00A0\t' })).reason).toBe('empty-quote');
    expect(expectFailure(anchorQuote(ARTICLE, { exact: '\u200B' })).reason).toBe('empty-quote');
  });

  it('throws a TypeError for a text that is not a string', () => {
    expect(() => anchorQuote(undefined as unknown as string, { exact: 'x' })).toThrow(TypeError);
  });

  it('throws a TypeError for a missing selector or a non-string exact, prefix or suffix', () => {
    expect(() => anchorQuote(ARTICLE, null as unknown as { exact: string })).toThrow(TypeError);
    expect(() => anchorQuote(ARTICLE, { exact: 140 } as unknown as { exact: string })).toThrow(/selector.exact must be a string/);
    expect(() => anchorQuote(ARTICLE, { exact: 'units', prefix: 3 } as unknown as { exact: string })).toThrow(/selector.prefix/);
    expect(() => anchorQuote(ARTICLE, { exact: 'units', suffix: null } as unknown as { exact: string })).toThrow(/selector.suffix/);
  });

  it('throws a RangeError for a negative, NaN or infinite hint', () => {
    expect(() => anchorQuote(ARTICLE, { exact: 'units' }, { start: -1 })).toThrow(RangeError);
    expect(() => anchorQuote(ARTICLE, { exact: 'units' }, { start: Number.NaN })).toThrow(RangeError);
    expect(() => anchorQuote(ARTICLE, { exact: 'units' }, { start: Number.POSITIVE_INFINITY })).toThrow(/hint.start/);
  });

  it('throws a TypeError for a hint that is not an object', () => {
    expect(() => anchorQuote(ARTICLE, { exact: 'units' }, 12 as unknown as { start: number })).toThrow(TypeError);
  });

  it('accepts an empty hint object', () => {
    expect(expectOk(anchorQuote(ARTICLE, { exact: 'Android system' }, {})).exact).toBe('Android system');
  });
});
