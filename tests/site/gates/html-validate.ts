// Gates (no browser) on built HTML, both shared by the site tests and gates-can-fail.test.ts:
// - html-validate's recommended rules (accessibility and authoring rules). The config lives here, not in a
//   .htmlvalidate.json, and each relaxation carries its reason.
// - the Nu Html Checker (vnu.jar from the vnu-jar package, the W3C's validator, run on the machine's Java): it parses
//   as browsers do and reports what html-validate's parser lets through, such as a <script> after </html>.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  // Every rule in the recommended preset is kept except these, each with its reason:
  rules: {
    // long-title is advice for search-result snippets (about 70 characters), not HTML validity; headlines of
    // fact checks and of the articles they review are often longer, and we will not truncate them.
    'long-title': 'off',
  },
};

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

const ERROR = 2;

/** One line per error (warnings do not fail the gate). */
export async function validateHtml(html: string, filename: string): Promise<string[]> {
  const report = await validator.validateString(html, filename);
  return report.results.flatMap((result) =>
    result.messages.filter((m) => m.severity === ERROR).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
  );
}

const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/**
 * Errors of the Nu Html Checker for each file, keyed by the path given (files without errors are absent). One Java
 * process checks them all. Warnings do not fail the gate: the checker's CSP warnings, for one, judge 'self' against
 * file: URLs. Throws when Java or the checker cannot run, so a missing Java fails the suite rather than passing it.
 */
export function checkWithNu(files: readonly string[]): Map<string, string[]> {
  const java = process.env.JAVA ?? 'java';
  const result = spawnSync(java, ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`the Nu Html Checker needs Java (${java}): ${result.error.message}`);
  let report: { messages?: NuMessage[] };
  try {
    report = JSON.parse(result.stderr || result.stdout) as { messages?: NuMessage[] };
  } catch {
    throw new Error(`the Nu Html Checker did not report (exit ${result.status}): ${(result.stderr || result.stdout).slice(0, 2000)}`);
  }
  const byFile = new Map<string, string[]>();
  for (const message of report.messages ?? []) {
    if (message.type !== 'error' || message.subType === 'fatal') continue;
    const file = message.url ? fileURLToPath(message.url) : '(no file)';
    const key = files.find((f) => f === file) ?? file;
    byFile.set(key, [...(byFile.get(key) ?? []), `${message.lastLine ?? '?'}:${message.firstColumn ?? '?'} ${message.message}`]);
  }
  return byFile;
}
