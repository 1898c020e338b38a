// Story and claim pages work without JavaScript: the fact-check content is all there and reads the same.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkNoJs } from './gates/no-js.ts';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, distDir } from './site-env.ts';

const pages = findPages(distDir(), basePath()).filter((p) => p.kind !== 'other');
const session = useSiteSession(distDir, basePath);
let withJs: Page;
let withoutJs: Page;

beforeAll(async () => {
  [withJs, withoutJs] = await Promise.all([session.newTab(), session.newTab({ javaScriptEnabled: false })]);
});

describe('without JavaScript', () => {
  it('the build has story and claim pages to check', () => {
    expect(pages.filter((p) => p.kind === 'story').length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.kind === 'claim').length).toBeGreaterThan(0);
  });

  it.for(pages)('$kind $path', async ({ path, kind }) => {
    expect(await checkNoJs(withJs, withoutJs, session.server.url(path), kind)).toEqual([]);
  });
});
