import { describe, expect, it } from 'vitest';
import { normalize, normalizeString, toOriginalRange } from '../../../src/lib/anchoring/normalize';

/** The original characters that produced each normalised character, as [normalised char, original slice]. */
function mapOf(source: string): Array<[string, string]> {
  const n = normalize(source);
  return [...n.text].map((char, i) => [char, source.slice(n.starts[i], n.ends[i])]);
}

describe('normalize', () => {
  it('collapses runs of spaces, tabs, newlines and NBSP into one space', () => {
    expect(normalizeString('140  million\n\tunits\u00A0sold\r\n\r\noverseas')).toBe('140 million units sold overseas');
  });

  it('trims whitespace at both ends', () => {
    expect(normalizeString(' \n  Xiaomi aims \u00A0\n')).toBe('xiaomi aims');
  });

  it('lower-cases letters', () => {
    expect(normalizeString('Apple’S iOS and HUAWEI')).toBe("apple's ios and huawei");
  });

  it('turns full-width letters, digits and punctuation into ASCII', () => {
    expect(normalizeString('ＸＩＡＯＭＩ　１４０（ｍｉｌｌｉｏｎ）！？')).toBe('xiaomi 140(million)!?');
  });

  it('turns CJK punctuation without a full-width form into ASCII', () => {
    expect(normalizeString('小米，目标。销量：１４０；「海外」、好！')).toBe('小米,目标.销量:140;"海外",好!');
  });

  it('makes curly, low and reversed quotes straight', () => {
    expect(normalizeString('world’s ‘first’ “top” „low‟ ‚x‛')).toBe(`world's 'first' "top" "low" 'x'`);
  });

  it('makes en, em, figure and minus dashes hyphens', () => {
    expect(normalizeString('2020–2021 — a ‐ b − c ‒ d')).toBe('2020-2021 - a - b - c - d');
  });

  it('expands the ellipsis character to three dots', () => {
    expect(normalizeString('wait… what')).toBe('wait...what');
  });

  it('ignores whitespace next to punctuation, as the machine translation drops it', () => {
    expect(normalizeString('every day!Xiaomi aims')).toBe(normalizeString('every day! Xiaomi aims'));
    expect(normalizeString('overseas.As is known')).toBe(normalizeString('overseas. As is known'));
    expect(normalizeString('system（OS）')).toBe(normalizeString('system (OS)'));
  });

  it('keeps whitespace that separates words', () => {
    expect(normalizeString('Hong meng')).not.toBe(normalizeString('Hongmeng'));
  });

  it('treats composed and decomposed accents alike', () => {
    expect(normalizeString('Cafe\u0301 Ré')).toBe(normalizeString('Café Re\u0301'));
  });

  it('drops zero-width spaces and soft hyphens', () => {
    expect(normalizeString('Hong\u200Bmeng Kir\u00ADin')).toBe('hongmeng kirin');
  });

  it('maps every normalised character back to the original characters that produced it', () => {
    expect(mapOf('A…  b’，')).toEqual([
      ['a', 'A'],
      ['.', '…'],
      ['.', '…'],
      ['.', '…'],
      ['b', 'b'],
      ["'", '’'],
      [',', '，'],
    ]);
  });

  it('maps a collapsed space to the whole run of whitespace', () => {
    const source = 'million \n\u00A0 units';
    const n = normalize(source);
    expect(n.text).toBe('million units');
    expect(source.slice(n.starts[7], n.ends[7])).toBe(' \n\u00A0 ');
  });

  it('maps characters outside the BMP to both UTF-16 code units', () => {
    const source = 'A \u{1F4F1} phone';
    const n = normalize(source);
    expect(n.text).toBe('a \u{1F4F1} phone');
    const emoji = n.text.indexOf('\u{1F4F1}');
    expect(toOriginalRange(n, emoji, emoji + 2)).toEqual({ start: 2, end: 4 });
  });

  it('maps a decomposed accent to the base letter and its combining mark', () => {
    const source = 'Re\u0301sume';
    const n = normalize(source);
    expect(n.text).toBe('résume');
    expect(source.slice(n.starts[1], n.ends[1])).toBe('e\u0301');
  });

  it('returns the source it was built from and an empty map for blank text', () => {
    expect(normalize(' \n ')).toEqual({ source: ' \n ', text: '', starts: [], ends: [] });
  });

  it('converts a normalised range into original offsets', () => {
    const source = 'THE  world’s\nfirst';
    const n = normalize(source);
    const from = n.text.indexOf("world's first");
    const { start, end } = toOriginalRange(n, from, from + "world's first".length);
    expect(source.slice(start, end)).toBe('world’s\nfirst');
  });

  it('rejects a text that is not a string', () => {
    expect(() => normalize(42 as unknown as string)).toThrow(TypeError);
    expect(() => normalize(undefined as unknown as string)).toThrow(/expected a string, got undefined/);
  });

  it('rejects empty, reversed, fractional and out-of-bounds normalised ranges', () => {
    const n = normalize('abc');
    expect(() => toOriginalRange(n, 1, 1)).toThrow(RangeError);
    expect(() => toOriginalRange(n, 2, 1)).toThrow(RangeError);
    expect(() => toOriginalRange(n, 0.5, 2)).toThrow(RangeError);
    expect(() => toOriginalRange(n, -1, 2)).toThrow(RangeError);
    expect(() => toOriginalRange(n, 0, 4)).toThrow(/not a non-empty range within 0..3/);
  });
});
