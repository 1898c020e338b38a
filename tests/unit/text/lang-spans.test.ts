import { describe, expect, it } from 'vitest';
import { shouldMarkLanguage, splitHanText } from '../../../src/lib/text/lang-spans.ts';

describe('splitHanText', () => {
  it('wraps each run of Chinese characters in a span with lang', () => {
    expect(splitHanText({ type: 'text', value: 'Xiaomi (小米) and Hongmeng (鸿蒙)' })).toEqual([
      { type: 'text', value: 'Xiaomi (' },
      { type: 'element', tagName: 'span', properties: { lang: 'zh' }, children: [{ type: 'text', value: '小米' }] },
      { type: 'text', value: ') and Hongmeng (' },
      { type: 'element', tagName: 'span', properties: { lang: 'zh' }, children: [{ type: 'text', value: '鸿蒙' }] },
      { type: 'text', value: ')' },
    ]);
  });
  it('keeps Chinese punctuation inside the run', () => {
    const parts = splitHanText({ type: 'text', value: '“三年时间，拿下全球第一”' });
    expect(parts[1]).toMatchObject({ tagName: 'span', children: [{ value: '三年时间，拿下全球第一' }] });
  });
  it('leaves text without Chinese as it is', () => {
    const node = { type: 'text' as const, value: 'No Chinese here, only “quotes”.' };
    expect(splitHanText(node)).toEqual([node]);
  });
  it('uses the language it is given', () => {
    expect(splitHanText({ type: 'text', value: '鸿蒙' }, 'zh-Hans')[0]).toMatchObject({ properties: { lang: 'zh-Hans' } });
  });
});

describe('shouldMarkLanguage', () => {
  it('marks text in ordinary elements', () => {
    expect(shouldMarkLanguage([{ tagName: 'em', properties: {} }, { tagName: 'p', properties: {} }])).toBe(true);
  });
  it('leaves text under an element that declares a language', () => {
    expect(shouldMarkLanguage([{ tagName: 'span', properties: { lang: 'zh-Hans' } }, { tagName: 'p', properties: {} }])).toBe(false);
  });
  it('leaves code alone', () => {
    expect(shouldMarkLanguage([{ tagName: 'code', properties: {} }])).toBe(false);
  });
});
