// Every built page passes html-validate's recommended rules and the Nu Html Checker. The config, and the reason for
// any rule relaxed in it, is in gates/html-validate.ts (shared with gates-can-fail.test.ts).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWithNu, validateHtml } from './gates/html-validate.ts';
import { findPages } from '../../tools/site/pages.ts';
import { basePath, distDir } from './site-env.ts';

const pages = findPages(distDir(), basePath());

describe('html-validate', () => {
  it.for(pages)('$path', async ({ file }) => {
    expect(await validateHtml(readFileSync(file, 'utf8'), relative(distDir(), file))).toEqual([]);
  });
});

describe('Nu Html Checker', () => {
  it(`finds no error on any of the ${pages.length} pages`, () => {
    const errors = checkWithNu(pages.map((p) => p.file));
    const report = Object.fromEntries([...errors].map(([file, messages]) => [relative(distDir(), file), messages]));
    expect(report).toEqual({});
  });
});
