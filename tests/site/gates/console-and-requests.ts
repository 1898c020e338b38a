// Gate: a page loads without console errors, uncaught exceptions, or failed/erroring requests.
import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';

export async function checkConsoleAndRequests(page: Page, url: string): Promise<string[]> {
  const failures: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') failures.push(`console error: ${msg.text()}`);
  };
  const onPageError = (error: Error) => failures.push(`uncaught exception: ${error.message}`);
  const onRequestFailed = (req: Request) => failures.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`);
  const onResponse = (res: Response) => {
    if (res.status() >= 400) failures.push(`HTTP ${res.status()}: ${res.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  try {
    // networkidle, so late requests (lazy images, fetches from scripts) are caught too.
    await page.goto(url, { waitUntil: 'networkidle' });
  } catch (error) {
    failures.push(`navigation failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  }
  return failures;
}
