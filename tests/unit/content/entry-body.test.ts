import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryBody } from '../../../src/lib/content/entry-body.ts';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { VALID_ROOT } from '../../content/mutate-fixture.ts';
import { scratchFiles } from './scratch-files.ts';

const scratch = scratchFiles('entry-body');
const file = scratch.write;

describe('readEntryBody', () => {
  it("gives the very text the content checks read below a story's and an original's frontmatter", () => {
    const { bundle } = readContent(VALID_ROOT);
    for (const entry of [...bundle.stories, ...bundle.originals]) expect(readEntryBody(join(VALID_ROOT, entry.file)), entry.file).toBe(entry.body);
  });

  it('drops a byte-order mark and keeps Windows line ends and the text verbatim', () => {
    expect(readEntryBody(file('crlf.md', '\ufeff---\r\ntitle: A\r\n---\r\nFirst line.\r\n<b>kept</b>\r\n'))).toBe('First line.\r\n<b>kept</b>\r\n');
  });

  it('gives nothing for a file without frontmatter, not UTF-8, or missing', () => {
    expect(readEntryBody(file('bare.md', 'No frontmatter here.\n'))).toBeUndefined();
    expect(readEntryBody(file('latin1.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a])))).toBeUndefined();
    expect(readEntryBody(scratch.path('no-such.md'))).toBeUndefined();
  });
});
