import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { withArchived } from '../../../src/lib/sources/write-archived.ts';

const COPY = { url: 'https://web.archive.org/web/20210510123456/https://a.example/report', date: '2021-05-10' };
const BLOCK = "archived:\n  url: 'https://web.archive.org/web/20210510123456/https://a.example/report'\n  date: '2021-05-10'\n";
const shipped = (id: string) => readFileSync(join(import.meta.dirname, '../../../content/sources', `${id}.yaml`), 'utf8');

describe('withArchived', () => {
  it('puts the block after accessed and leaves every other byte as it was', () => {
    const text = "title: Report\nurl: https://a.example/report\n# read for the 2021 check\naccessed: '2026-11-25'\nkind: news\n";
    expect(withArchived(text, COPY)).toBe(`title: Report\nurl: https://a.example/report\n# read for the 2021 check\naccessed: '2026-11-25'\n${BLOCK}kind: news\n`);
  });

  it('keeps a shipped source with folded notes byte for byte, the archived lines aside', () => {
    const text = shipped('census-retail-2021-repost');
    const result = withArchived(text, COPY);
    expect(result.replace(BLOCK, '')).toBe(text);
    expect(parse(result)).toEqual({ ...parse(text), archived: COPY });
  });

  it('replaces an archived block already there, with its comments inside, and nothing else', () => {
    const text = "title: Report\narchived:\n  # old\n  url: https://perma.cc/OLD\n  date: '2020-01-01'\nkind: news\n";
    expect(withArchived(text, COPY)).toBe(`title: Report\n${BLOCK}kind: news\n`);
  });

  it('adds the block at the end when there is no accessed line, and ends an unterminated last line first', () => {
    expect(withArchived('title: Report\nkind: news', COPY)).toBe(`title: Report\nkind: news\n${BLOCK}`);
  });

  it('keeps CRLF line endings', () => {
    expect(withArchived("title: R\r\naccessed: '2026-11-25'\r\nkind: news\r\n", COPY)).toBe(`title: R\r\naccessed: '2026-11-25'\r\n${BLOCK.replace(/\n/g, '\r\n')}kind: news\r\n`);
  });

  it("quotes an address with a ' in it so that it reads back the same", () => {
    const odd = { url: "https://web.archive.org/web/20210510123456/https://a.example/o'neil", date: '2021-05-10' };
    expect(parse(withArchived('title: R\n', odd)).archived).toEqual(odd);
  });

  it('refuses to write, changing nothing, when its edit would change another field', () => {
    // The key written in quotes is not seen as the archived line: a second archived key would be added.
    const text = "title: R\n\"archived\":\n  url: https://perma.cc/OLD\n  date: '2020-01-01'\naccessed: '2026-11-25'\n";
    expect(parse(text)).toEqual({ title: 'R', archived: { url: 'https://perma.cc/OLD', date: '2020-01-01' }, accessed: '2026-11-25' });
    expect(() => withArchived(text, COPY)).toThrow('writing archived: would change other fields of the file; add it by hand');
  });
});
