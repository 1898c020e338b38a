// Per test file: serve the built site and launch one browser, torn down after the file's tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';

export interface SiteSession {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Registers beforeAll/afterAll hooks; read the returned object's fields inside tests, not at collection time. */
export function useSiteSession(dir: () => string, basePath: () => string): SiteSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(dir(), basePath()), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });
  return {
    get server() {
      if (!server) throw new Error('site server not started (use it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('browser not launched (use it inside a test)');
      return browser;
    },
  };
}
