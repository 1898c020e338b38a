import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../../../src/lib/publishing/csv-text.ts';

describe('csvField', () => {
  it('writes plain text and numbers as they are', () => {
    expect(csvField('Xiaomi')).toBe('Xiaomi');
    expect(csvField(3)).toBe('3');
    expect(csvField(-1)).toBe('-1');
  });
  it('writes nothing for a missing value', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });
  it('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('the "millet" phone')).toBe('"the ""millet"" phone"');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });
  it('makes text that a spreadsheet would run as a formula start with an apostrophe', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField('+cmd|calc')).toBe("'+cmd|calc");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
  });
  it('leaves an equals sign inside the text alone', () => {
    expect(csvField('a = b')).toBe('a = b');
  });
});

describe('csvText', () => {
  it('ends every record with CRLF, the header first', () => {
    expect(csvText(['a', 'b'], [['x', 1], ['y', null]])).toBe('a,b\r\nx,1\r\ny,\r\n');
  });
  it('reads back to the same cells through a CSV parser', () => {
    const rows = [['“Quoted”, with "marks"', 'line\nbreak', '</script><img src=x onerror=alert(1)>']];
    expect(csvParseRows(csvText(['one', 'two', 'three'], rows).replace(/\r\n/g, '\n'))).toEqual([['one', 'two', 'three'], ...rows]);
  });
});
