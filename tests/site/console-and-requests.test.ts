// Every built page loads with no console errors, no uncaught exceptions and no failed or 4xx/5xx requests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkConsoleAndRequests } from './gates/console-and-requests.ts';
import { findPages } from '../../tools/site/pages.ts';
import { useSiteSession } from './site-session.ts';
import { basePath, distDir } from './site-env.ts';

const pages = findPages(distDir(), basePath());
const session = useSiteSession(distDir, basePath);
let page: Page;

beforeAll(async () => {
  page = await session.newTab();
});

describe('console and requests', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.for(pages)('$path', async ({ path }) => {
    expect(await checkConsoleAndRequests(page, session.server.url(path))).toEqual([]);
  });
});
