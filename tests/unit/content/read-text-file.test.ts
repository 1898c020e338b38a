import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../../src/lib/content/read-text-file.ts';
import { scratchFiles } from './scratch-files.ts';

const scratch = scratchFiles('read-text-file');
const file = scratch.write;

describe('readTextFile', () => {
  it('gives the text as the content checks decode it: UTF-8, byte-order mark dropped, the rest verbatim', () => {
    expect(readTextFile(file('text.md', '\ufeffLine one,\r\n小米 <b>kept</b>\n'))).toBe('Line one,\r\n小米 <b>kept</b>\n');
  });

  it('gives nothing for what the checks refuse to decode, and for a file that is gone', () => {
    expect(readTextFile(file('utf16.md', new Uint8Array([0xff, 0xfe, 0x41, 0x00])))).toBeUndefined();
    expect(readTextFile(file('latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9])))).toBeUndefined();
    expect(readTextFile(file('empty.md', '  \n'))).toBeUndefined();
    expect(readTextFile(scratch.path('no-such.md'))).toBeUndefined();
  });
});
