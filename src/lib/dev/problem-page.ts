// The page `npm run dev` serves instead of the site while content has errors: the same lines as the build's report
// (`file › field: message. Fix: …`), so an editor sees in the browser exactly what `npm run build` would stop on.
// It carries no Vite client (whose error overlay could cover it): a small script polls the report and reloads
// when it changes, into the site once the errors are fixed.
import { formatProblem, type Problem } from '../content/problem.ts';

/** Where the dev server answers with the current report: { version, problems }. */
export const PROBLEMS_ENDPOINT = '/__marginalia/problems.json';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** `version` counts changes of the report; the page reloads when the server's differs. */
export function problemPage(problems: readonly Problem[], version = 0): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const list = (items: readonly Problem[], mark: string) =>
    `<ul>${items.map((p) => `<li><span aria-hidden="true">${mark}</span> <code>${escapeHtml(formatProblem(p))}</code></li>`).join('')}</ul>`;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content errors (${errors.length})</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 2rem; background: #fdfcfa; color: #1d1d1f; }
  main { max-width: 60rem; margin: 0 auto; }
  h1 { color: #b42318; font-size: 1.6rem; }
  ul { padding: 0; list-style: none; }
  li { margin: 0 0 .75rem; padding: .5rem .75rem; border-left: 4px solid #b42318; background: #fbe1de; }
  .warnings li { border-color: #9a6a00; background: #fbf0d2; }
  code { font: 14px/1.5 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
</style>
</head>
<body>
<main data-content-errors="${errors.length}" data-version="${version}">
<h1>The content has ${count(errors.length, 'error')}</h1>
<p>The site cannot be shown until they are fixed; <code>npm run build</code> stops on the same list, and <code>npm run check:content</code> prints it. Fix the files named below: this page reloads when you save.</p>
<section class="errors"><h2>Errors</h2>${list(errors, '✗')}</section>
${warnings.length ? `<section class="warnings"><h2>Warnings</h2><p>These do not stop the build.</p>${list(warnings, '!')}</section>` : ''}
</main>
<script>
  // Reload when the report changes (an edit fixed or changed something); every second, for as long as the page is open.
  setInterval(async () => {
    try {
      const answer = await fetch(${JSON.stringify(PROBLEMS_ENDPOINT)}, { cache: 'no-store' });
      const { version } = await answer.json();
      if (version !== ${version}) location.reload();
    } catch {}
  }, 1000);
</script>
</body>
</html>
`;
}
