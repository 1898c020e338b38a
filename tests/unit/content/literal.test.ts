import { describe, expect, it } from 'vitest';
import { parseLiteral } from '../../../src/lib/content/literal.ts';

const value = (text: string) => {
  const result = parseLiteral(text);
  if (!result.ok) throw new Error(`not a literal: ${text}`);
  return result.value;
};

describe('parseLiteral: literals', () => {
  it('reads integers, decimals, negative numbers and exponents', () => {
    expect([value('2020'), value('-3.5'), value('.5'), value('1e3'), value('2.5E-2')]).toEqual([2020, -3.5, 0.5, 1000, 0.025]);
  });

  it('reads true, false and null', () => {
    expect([value('true'), value('false'), value('null')]).toEqual([true, false, null]);
  });

  it('reads strings in double or single quotes', () => {
    expect([value('"units"'), value("'units'")]).toEqual(['units', 'units']);
  });

  it('reads escapes in strings: \\n, \\t, and any other character taken as itself', () => {
    expect(value(String.raw`"a\nb\tc\"d\\e"`)).toBe('a\nb\tc"d\\e');
  });

  it('keeps the other quote mark inside a string', () => {
    expect(value(`"it's"`)).toBe("it's");
  });

  it('reads lists, empty lists and a trailing comma', () => {
    expect(value('["a", "b"]')).toEqual(['a', 'b']);
    expect(value('[]')).toEqual([]);
    expect(value('[2019, 2020,]')).toEqual([2019, 2020]);
  });

  it('reads objects with bare or quoted keys, as callouts are written', () => {
    expect(value('[{ at: "2020", text: "Peak" }, { "at": 2021, \'text\': \'Low\' }]')).toEqual([
      { at: '2020', text: 'Peak' },
      { at: 2021, text: 'Low' },
    ]);
  });

  it('reads an empty object and nested values', () => {
    expect(value('{}')).toEqual({});
    expect(value('{ a: { b: [1, [2]] } }')).toEqual({ a: { b: [1, [2]] } });
  });

  it('ignores spaces and line breaks around values', () => {
    expect(value('  [\n  "a",\n  "b"\n]  ')).toEqual(['a', 'b']);
  });
});

describe('parseLiteral: not literals', () => {
  it('refuses a variable', () => {
    expect(parseLiteral('units')).toEqual({ ok: false });
  });

  it('refuses a function call', () => {
    expect(parseLiteral('getYear()')).toEqual({ ok: false });
  });

  it('refuses arithmetic', () => {
    expect(parseLiteral('2019 + 1')).toEqual({ ok: false });
  });

  it('refuses a template string', () => {
    expect(parseLiteral('`units`')).toEqual({ ok: false });
  });

  it('refuses a list holding a variable', () => {
    expect(parseLiteral('["a", b]')).toEqual({ ok: false });
  });

  it('refuses an unclosed string, list or object', () => {
    expect(parseLiteral('"units')).toEqual({ ok: false });
    expect(parseLiteral('["a"')).toEqual({ ok: false });
    expect(parseLiteral('{ at: 1')).toEqual({ ok: false });
  });

  it('refuses items without a comma between them', () => {
    expect(parseLiteral('["a" "b"]')).toEqual({ ok: false });
  });

  it('refuses an object key without a value', () => {
    expect(parseLiteral('{ at }')).toEqual({ ok: false });
  });

  it('refuses a key that is not a name or a string', () => {
    expect(parseLiteral('{ 1: "a" }')).toEqual({ ok: false });
  });

  it('refuses empty text', () => {
    expect(parseLiteral('')).toEqual({ ok: false });
    expect(parseLiteral('   ')).toEqual({ ok: false });
  });

  it('refuses a lone minus sign or dot', () => {
    expect(parseLiteral('-')).toEqual({ ok: false });
    expect(parseLiteral('.')).toEqual({ ok: false });
  });

  it('refuses a word that only starts like true', () => {
    expect(parseLiteral('trueish')).toEqual({ ok: false });
  });
});
