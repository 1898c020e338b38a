// Per test file: serve the built site and launch one browser, both closed when the file's tests are done.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../tools/site/browser.ts';
import { serveStatic, type StaticServer } from '../../tools/site/serve.ts';

export interface SiteSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** A new context with one page in it; closing the browser after the file's tests closes it too. */
  newTab(options?: BrowserContextOptions): Promise<Page>;
}

/** Registers beforeAll/afterAll hooks; use the returned session inside hooks and tests, not at collection time. */
export function useSiteSession(dir: () => string, basePath: () => string): SiteSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(dir(), basePath()), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });
  const session: SiteSession = {
    get server() {
      if (!server) throw new Error('site server not started (use it inside a test or hook)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('browser not launched (use it inside a test or hook)');
      return browser;
    },
    async newTab(options) {
      const context = await session.browser.newContext(options);
      return context.newPage();
    },
  };
  return session;
}
