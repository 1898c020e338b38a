import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/content/decode-text.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 text, including non-Latin script', () => {
    expect(decodeText(utf8('term: 小部件\n'))).toEqual({ ok: true, text: 'term: 小部件\n' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31))).toEqual({ ok: true, text: 'a: 1' });
  });

  it('refuses Latin-1 bytes', () => {
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({ ok: false, message: 'is not valid UTF-8 text (perhaps Latin-1, GBK or Windows-1252)', fix: 'save the file as UTF-8' });
  });

  it('refuses GBK bytes', () => {
    expect(decodeText(bytes(0xd0, 0xa1, 0xb2, 0xbf, 0xbc, 0xfe))).toHaveProperty('message', 'is not valid UTF-8 text (perhaps Latin-1, GBK or Windows-1252)');
  });

  it('refuses UTF-16 little-endian with its byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0x00))).toEqual({ ok: false, message: 'is saved as UTF-16', fix: 'save the file as UTF-8 (most editors: "Save with encoding" › UTF-8)' });
  });

  it('refuses UTF-16 big-endian with its byte-order mark', () => {
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x61))).toHaveProperty('message', 'is saved as UTF-16');
  });

  it('refuses an empty file', () => {
    expect(decodeText(bytes())).toEqual({ ok: false, message: 'is empty', fix: 'fill it in, or delete the file' });
  });

  it('refuses a file of only whitespace', () => {
    expect(decodeText(utf8(' \n\t\n'))).toHaveProperty('message', 'is empty');
  });

  it('refuses a file holding only a byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf))).toHaveProperty('message', 'is empty');
  });
});
