// Launches the Chromium bundled in @sparticuz/chromium (no browser download), or CHROMIUM_PATH if set.
import chromium from '@sparticuz/chromium';
import { chromium as pw, type Browser } from 'playwright-core';

// Keep the browser off the network except for our own server: without these, Chromium phones home to Google
// at start-up, gets refused in the sandbox, and the refusals would look like failed requests.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// @sparticuz/chromium's defaults are tuned for AWS Lambda. Dropped here: the two that switch off web security (a test
// browser should report what a reader's browser would), and --single-process, in which closing one context
// takes the whole browser down.
const DROPPED_FLAGS = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (await chromium.executablePath());
  const args = [...chromium.args.filter((arg) => !DROPPED_FLAGS.has(arg)), ...QUIET_FLAGS];
  // Playwright's launch() always starts from a fresh temporary user-data-dir, so no profile state leaks between runs.
  return pw.launch({ executablePath, args, headless: true });
}
