// Gate (no browser): html-validate's recommended rules on built HTML. The config lives here, not in a
// .htmlvalidate.json, so the tests and the gates-can-fail check share it and each relaxation carries its reason.
import { HtmlValidate, type ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {},
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
