import { describe, expect, it } from 'vitest';
import { jsonInHtml } from '../../../src/lib/publishing/json-in-html.ts';

const HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> & javascript:alert(3) \u2028\u2029';

describe('jsonInHtml', () => {
  it('leaves no <, > or & in the text, so "</script>" and "<!--" cannot appear', () => {
    const text = jsonInHtml({ title: HOSTILE });
    expect(text).not.toMatch(/[<>&]/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).not.toContain('<!--');
  });

  it('escapes the characters as \\u escapes', () => {
    expect(jsonInHtml('<a>&')).toBe('"\\u003ca\\u003e\\u0026"');
  });

  it('escapes U+2028 and U+2029', () => {
    expect(jsonInHtml('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"');
  });

  it('parses back to the original value', () => {
    const value = { '@context': 'https://schema.org', name: HOSTILE, list: [1, 2.5, null, true, { '<key>': '&amp;' }], emoji: '😀 中文' };
    expect(JSON.parse(jsonInHtml(value))).toEqual(value);
  });

  it('keeps text without unsafe characters as JSON.stringify writes it', () => {
    const value = { name: 'Marginalia', n: 3, quote: 'He said "yes" \\ no' };
    expect(jsonInHtml(value)).toBe(JSON.stringify(value));
  });

  it('refuses values JSON cannot represent', () => {
    expect(() => jsonInHtml(undefined)).toThrow(TypeError);
    expect(() => jsonInHtml(() => 1)).toThrow(/function cannot be written as JSON/);
  });
});
