// Anchors Web Annotations in a browser page with a real W3C client library, Apache Annotator: its selector matchers
// bundled by esbuild and evaluated in the page (through DevTools, so the page's CSP does not apply to the test).
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

let bundle: Promise<string> | undefined;

function annotatorSource(): Promise<string> {
  bundle ??= build({
    entryPoints: [new URL('./entry.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundle;
}

/** A selector as exported: a type and its fields, perhaps refined by another. */
export interface ExportedSelector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  value?: string;
  refinedBy?: ExportedSelector;
}

/** Loads Apache Annotator into the page (once per document). */
export async function loadAnnotator(page: Page): Promise<void> {
  if (await page.evaluate(() => 'annotator' in window)) return;
  await page.evaluate(await annotatorSource());
}

/** The text of every match of the selector in the page's body, as Apache Annotator finds them. */
export async function matchTexts(page: Page, selector: ExportedSelector): Promise<string[]> {
  await loadAnnotator(page);
  return page.evaluate((s) => window.annotator!.matchTexts(s as never), selector);
}

declare global {
  interface Window {
    annotator?: { matchTexts(selector: never): Promise<string[]> };
  }
}
