import { describe, expect, it } from 'vitest';
import { languageRuns, smartQuotes, typeset } from '../../../src/lib/text/typography.ts';

describe('smartQuotes', () => {
  it('curls double and single quotes and apostrophes', () => {
    expect(smartQuotes(`Xiaomi "dare not" use Huawei's system`)).toBe('Xiaomi \u201cdare not\u201d use Huawei\u2019s system');
    expect(smartQuotes(`'high end' phones`)).toBe('\u2018high end\u2019 phones');
  });
  it('makes en dashes between words and an ellipsis', () => {
    expect(smartQuotes('2019 - 2021 ... and more -- much more')).toBe('2019 \u2013 2021 \u2026 and more \u2013 much more');
  });
  it('leaves hyphenated words alone', () => {
    expect(smartQuotes('high-end, year-on-year')).toBe('high-end, year-on-year');
  });
});

describe('languageRuns', () => {
  it('marks runs of Chinese characters', () => {
    expect(languageRuns('global ~190 M: 小米全球销量, so')).toEqual([{ text: 'global ~190 M: ' }, { text: '小米全球销量', lang: 'zh' }, { text: ', so' }]);
  });
  it('returns the whole text as one run when there is no Chinese', () => {
    expect(languageRuns('plain')).toEqual([{ text: 'plain' }]);
  });
  it('returns one empty run for empty text', () => {
    expect(languageRuns('')).toEqual([{ text: '' }]);
  });
});

describe('typeset', () => {
  it('curls quotes and marks languages together', () => {
    expect(typeset('"鸿蒙" is HarmonyOS')).toEqual([{ text: '\u201c' }, { text: '鸿蒙', lang: 'zh' }, { text: '\u201d is HarmonyOS' }]);
  });
});
