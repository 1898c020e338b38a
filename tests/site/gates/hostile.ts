// Gate: what hostile text did on a page in a browser: payloads that ran, elements or javascript: links they made,
// Content-Security-Policy refusals (text that became markup), and whether the JSON-LD blocks parse back intact.
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __pwned?: number;
  }
}

export interface PageFindings {
  ran: number;
  injected: string[];
  jsonLd: Array<{ parsed: boolean; strings: string[] }>;
  violations: string[];
}

/** What the page ran, which elements the payloads would have made, and the JSON-LD as the browser parses it. */
export async function inspectPage(tab: Page): Promise<PageFindings> {
  return tab.evaluate(() => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => {
      try {
        return { parsed: true, strings: strings(JSON.parse(script.textContent ?? '')) };
      } catch {
        return { parsed: false, strings: [] };
      }
    });
    const injected = [
      ...[...document.querySelectorAll('img[src="x"], [onerror]')].map((el) => `<${el.tagName.toLowerCase()}> with onerror`),
      ...[...document.querySelectorAll('a[href], area[href], iframe[src], form[action]')]
        .filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? ''))
        .map((el) => `${el.tagName.toLowerCase()} to a javascript: address`),
      ...[...document.querySelectorAll('script:not([type="application/ld+json"])')].filter((s) => (s.textContent ?? '').includes('__pwned')).map(() => 'a script made of content text'),
    ];
    return { ran: window.__pwned ?? 0, injected, jsonLd, violations: window.__cspViolations ?? [] };
  });
}

/**
 * Failures of a page's findings: any payload run, injected element or refusal; a JSON-LD block that does not parse,
 * or fewer blocks than the HTML wrote (one was cut short); a JSON-LD string holding markup that is not one of
 * `placed` whole (text mangled on the way).
 */
export function hostileFailures(found: PageFindings, html: string, placed: readonly string[]): string[] {
  const failures: string[] = [];
  if (found.ran > 0) failures.push(`a payload ran ${found.ran} time(s)`);
  failures.push(...found.injected, ...found.violations);
  const written = html.split('<script type="application/ld+json">').length - 1;
  if (found.jsonLd.length !== written) failures.push(`${written} JSON-LD blocks written, ${found.jsonLd.length} in the page`);
  found.jsonLd.forEach((block, i) => {
    if (!block.parsed) failures.push(`JSON-LD block ${i + 1} does not parse`);
    for (const text of block.strings.filter((s) => /<\/script|<!--|<img/i.test(s))) {
      if (!placed.some((value) => text.includes(value))) failures.push(`JSON-LD block ${i + 1} holds markup not placed whole: ${text.slice(0, 60)}`);
    }
  });
  return failures;
}
