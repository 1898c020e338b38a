import { describe, expect, it } from 'vitest';
import { describePosition, describeQuote } from '../../../src/lib/anchoring/text-quote-selector';

const TEXT =
  'Click attention, wonderful every day!Xiaomi aims to be the world\u2019s top smartphone maker ' +
  'with 140 million units sold overseas.As is known to all, China is a country with a population of more than 1.4 billion';

describe('describeQuote', () => {
  it('keeps the exact original text, curly apostrophe included', () => {
    const start = TEXT.indexOf('the world');
    const selector = describeQuote(TEXT, start, start + 'the world\u2019s top'.length);
    expect(selector.type).toBe('TextQuoteSelector');
    expect(selector.exact).toBe('the world\u2019s top');
  });

  it('takes 32 characters of prefix and suffix by default in the middle of a text', () => {
    const start = TEXT.indexOf('140 million units');
    const selector = describeQuote(TEXT, start, start + '140 million units'.length);
    expect(selector.prefix).toBe(TEXT.slice(start - 32, start));
    expect(selector.prefix).toHaveLength(32);
    expect(selector.suffix).toBe(' sold overseas.As is known to al');
    expect(selector.suffix).toHaveLength(32);
  });

  it('has no prefix for a quote at the very start of the text', () => {
    const selector = describeQuote(TEXT, 0, 'Click attention'.length);
    expect(selector).not.toHaveProperty('prefix');
    expect(selector.suffix).toHaveLength(32);
  });

  it('has no suffix for a quote at the very end of the text', () => {
    const start = TEXT.length - '1.4 billion'.length;
    const selector = describeQuote(TEXT, start, TEXT.length);
    expect(selector.exact).toBe('1.4 billion');
    expect(selector.prefix).toHaveLength(32);
    expect(selector).not.toHaveProperty('suffix');
  });

  it('shortens prefix and suffix that would run past the ends of the text', () => {
    const text = 'short: 140 million units sold';
    const selector = describeQuote(text, 7, 24);
    expect(selector).toEqual({ type: 'TextQuoteSelector', exact: '140 million units', prefix: 'short: ', suffix: ' sold' });
  });

  it('has neither prefix nor suffix when the quote is the whole text', () => {
    expect(describeQuote('Hongmeng', 0, 8)).toEqual({ type: 'TextQuoteSelector', exact: 'Hongmeng' });
  });

  it('uses a custom context length, and none at all for 0', () => {
    const start = TEXT.indexOf('Xiaomi');
    expect(describeQuote(TEXT, start, start + 6, 4)).toMatchObject({ prefix: 'day!', suffix: ' aim' });
    expect(describeQuote(TEXT, start, start + 6, 0)).toEqual({ type: 'TextQuoteSelector', exact: 'Xiaomi' });
  });

  it('does not cut an emoji in half at the edge of the context', () => {
    const text = '\u{1F4F1}ab Xiaomi cd\u{1F4F1}';
    const start = text.indexOf('Xiaomi');
    const selector = describeQuote(text, start, start + 6, 4);
    expect(selector.prefix).toBe('ab ');
    expect(selector.suffix).toBe(' cd');
  });

  it('rejects an empty, reversed or out-of-bounds range', () => {
    expect(() => describeQuote(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => describeQuote(TEXT, 6, 5)).toThrow(RangeError);
    expect(() => describeQuote(TEXT, -1, 5)).toThrow(RangeError);
    expect(() => describeQuote(TEXT, 0, TEXT.length + 1)).toThrow(/not a non-empty range/);
  });

  it('rejects fractional offsets and a negative or fractional context length', () => {
    expect(() => describeQuote(TEXT, 0.5, 5)).toThrow(/must be integers/);
    expect(() => describeQuote(TEXT, 0, 5, -1)).toThrow(/contextLength/);
    expect(() => describeQuote(TEXT, 0, 5, 2.5)).toThrow(/contextLength/);
  });

  it('rejects a text that is not a string', () => {
    expect(() => describeQuote(null as unknown as string, 0, 1)).toThrow(TypeError);
  });
});

describe('describePosition', () => {
  it('returns a TextPositionSelector for a valid range', () => {
    expect(describePosition(TEXT, 3, 9)).toEqual({ type: 'TextPositionSelector', start: 3, end: 9 });
  });

  it('rejects a range past the end of the text', () => {
    expect(() => describePosition('abc', 1, 4)).toThrow(RangeError);
  });

  it('counts code points, as the model requires: an emoji before the quote counts once', () => {
    const text = 'a😀b quote';
    const start = text.indexOf('quote');
    expect(start).toBe(5);
    expect(describePosition(text, start, start + 5)).toEqual({ type: 'TextPositionSelector', start: 4, end: 9 });
    expect([...text].slice(4, 9).join('')).toBe('quote');
  });
});
