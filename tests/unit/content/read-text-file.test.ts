import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../../src/lib/content/read-text-file.ts';

const folder = mkdtempSync(join(tmpdir(), 'read-text-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, bytes: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

describe('readTextFile', () => {
  it('gives the text as the content checks decode it: UTF-8, byte-order mark dropped, the rest verbatim', () => {
    expect(readTextFile(file('text.md', '\ufeffLine one,\r\n小米 <b>kept</b>\n'))).toBe('Line one,\r\n小米 <b>kept</b>\n');
  });

  it('gives nothing for what the checks refuse to decode, and for a file that is gone', () => {
    expect(readTextFile(file('utf16.md', new Uint8Array([0xff, 0xfe, 0x41, 0x00])))).toBeUndefined();
    expect(readTextFile(file('latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9])))).toBeUndefined();
    expect(readTextFile(file('empty.md', '  \n'))).toBeUndefined();
    expect(readTextFile(join(folder, 'no-such.md'))).toBeUndefined();
  });
});
