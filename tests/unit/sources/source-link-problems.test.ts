import { describe, expect, it } from 'vitest';
import { sourceLinkProblems } from '../../../src/lib/sources/source-link-problems.ts';
import type { LinkResult } from '../../../src/lib/sources/check-url.ts';

const FILE = 'content/sources/idc-2021.yaml';
const result = (state: LinkResult['state'], extra: Partial<LinkResult> = {}): LinkResult => ({ url: 'https://a.example/report', state, detail: 'answers 200', method: 'HEAD', attempts: 1, ...extra });

describe('sourceLinkProblems', () => {
  it('reports nothing for a live, archived source', () => {
    expect(sourceLinkProblems([{ file: FILE, live: result('ok'), archived: true }])).toEqual([]);
  });
  it('warns about a live source without an archived copy, on its archived field', () => {
    expect(sourceLinkProblems([{ file: FILE, live: result('ok'), archived: false }])).toEqual([
      { severity: 'warning', file: FILE, field: 'archived', message: 'no archived copy recorded', fix: 'save the page at https://web.archive.org/save (or find an existing snapshot with npm run check:sources -- --find-archives), open the snapshot to check it shows the page, then add archived: with its url and date' },
    ]);
  });
  it('makes a dead link an error on url, pointing to the archived copy readers still have', () => {
    expect(sourceLinkProblems([{ file: FILE, live: result('dead', { status: 404, detail: 'answers 404 Not Found' }), archived: true }])).toEqual([
      { severity: 'error', file: FILE, field: 'url', message: 'https://a.example/report answers 404 Not Found', fix: 'find where the page lives now and write that address; if it is gone, say so in notes, and readers still have the archived copy' },
    ]);
  });
  it('says where a moved page went', () => {
    const [problem] = sourceLinkProblems([{ file: FILE, live: result('moved', { status: 301, location: 'https://b.example/new', detail: 'answers 301, moved to https://b.example/new' }), archived: true }]);
    expect(problem).toEqual({ severity: 'warning', file: FILE, field: 'url', message: 'https://a.example/report answers 301, moved to https://b.example/new', fix: 'open https://b.example/new and, if it is the same document, write it as url' });
  });
});
