// Gate: axe-core finds no accessibility violations on the page as currently loaded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const MAX_TARGETS = 4;

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
  count: number;
}

/** Runs axe with its default rule set (WCAG 2.x A/AA plus best practices); one line per violated rule. */
export async function checkAccessibility(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol rather than added as a <script>: the pages' Content-Security-Policy
  // refuses inline scripts it has no hash for, and the test must not weaken the policy it checks elsewhere.
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (maxTargets): Promise<Violation[]> => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    const results = await axe.run();
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.slice(0, maxTargets).map((n) => n.target.flat().join(' >>> ')),
      count: v.nodes.length,
    }));
  }, MAX_TARGETS);
  return violations.map((v) => {
    const more = v.count > v.targets.length ? ` (+${v.count - v.targets.length} more)` : '';
    return `${v.id} [${v.impact}]: ${v.help} — ${v.targets.join(', ')}${more}`;
  });
}
