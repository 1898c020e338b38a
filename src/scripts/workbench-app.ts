// The content workbench, an app of Astro's dev toolbar (dev server only): lists the content problems of the page being
// looked at, each with its file (opened in the editor), field and fix; on an annotated original, starts a claim from
// the words the editor selected in the article. It talks to src/integrations/workbench.ts.
import { defineToolbarApp } from 'astro/toolbar';

interface Problem {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
  fix?: string;
}

/** Where the message of the last claim created waits for the page to come back. */
const LAST_RESULT = 'marginalia-workbench-last-result';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The text of the selection if it lies inside the article under review, and where it starts in the article's text. */
function articleSelection(article: Element): { text: string; near: number } | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.commonAncestorContainer)) return undefined;
  const before = document.createRange();
  before.setStart(article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return { text: selection.toString(), near: before.toString().length };
}

const STYLE = `
  .wb { font: 14px/1.45 system-ui, sans-serif; }
  .wb h2 { font-size: 15px; margin: 0 0 8px; }
  .wb ul { list-style: none; margin: 0 0 12px; padding: 0; max-height: 40vh; overflow: auto; }
  .wb li { margin: 0 0 8px; padding: 6px 8px; border-left: 3px solid #f87171; background: rgba(255,255,255,.06); }
  .wb li.warning { border-color: #fbbf24; }
  .wb a { color: #93c5fd; }
  .wb code { font: 12px ui-monospace, Menlo, monospace; }
  .wb label { display: block; margin: 8px 0 4px; }
  .wb input { width: 100%; font: inherit; padding: 4px; box-sizing: border-box; }
  .wb button { margin-top: 8px; font: inherit; padding: 4px 10px; cursor: pointer; }
  .wb .result { margin-top: 8px; }
`;

export default defineToolbarApp({
  init(canvas, app) {
    const window = document.createElement('astro-dev-toolbar-window');
    const root = document.createElement('div');
    root.className = 'wb';
    const style = document.createElement('style');
    style.textContent = STYLE;
    window.append(style, root);
    canvas.append(window);

    // On /<story>/original/ (under the base path), the article under review is the page's .original-text.
    const local = location.pathname.slice(import.meta.env.BASE_URL.length).split('/');
    const originalOf = local.length >= 2 && local[1] === 'original' ? local[0] : undefined;
    const article = originalOf ? (document.querySelector('.original-text') ?? document.querySelector('main')) : null;
    // The editor may select the words before opening the workbench: start from the selection already made.
    let lastSelection = article ? articleSelection(article) : undefined;
    if (article) {
      document.addEventListener('selectionchange', () => {
        const current = articleSelection(article);
        if (current) lastSelection = current;
        const shown = root.querySelector('[data-selection]');
        if (shown && lastSelection) shown.textContent = lastSelection.text;
      });
    }

    const openLink = (file: string) => `<a href="/__open-in-editor?file=${encodeURIComponent(file)}" data-open>${escapeHtml(file)}</a>`;

    async function render(): Promise<void> {
      const answer = await fetch(`/__marginalia/page-problems?path=${encodeURIComponent(location.pathname)}`, { cache: 'no-store' });
      const { problems } = (await answer.json()) as { problems: Problem[] };
      const errors = problems.filter((p) => p.severity === 'error').length;
      app.toggleNotification({ state: problems.length > 0, level: errors > 0 ? 'error' : 'warning' });
      const list = problems.length
        ? `<ul>${problems.map((p) => `<li class="${p.severity}">${openLink(p.file)}${p.field ? ` › <code>${escapeHtml(p.field)}</code>` : ''}: ${escapeHtml(p.message)}.${p.fix ? ` <strong>Fix:</strong> ${escapeHtml(p.fix)}` : ''}</li>`).join('')}</ul>`
        : '<p>No content problems on this page.</p>';
      const form = article
        ? `<h2>Start a claim</h2>
           <p>Select the claim's words in the article, then create its file. The quote is copied as the original has it, with the words around it when it occurs more than once.</p>
           <p>Selected: <q data-selection>${escapeHtml(lastSelection?.text ?? 'nothing yet')}</q></p>
           <label for="wb-slug">Claim id (file name), optional</label><input id="wb-slug" name="slug" placeholder="from the first words of the quote">
           <button type="button" data-create>Create the claim</button>
           <p class="result" data-result role="status"></p>`
        : '';
      // What the last creation wrote survives the reload the new file causes.
      const last = sessionStorage.getItem(LAST_RESULT);
      const lastResult = last ? `<p data-last-result role="status">${last}</p>` : '';
      // Opening the app renders again while the first render may still be under way: keep what the editor typed.
      const typedSlug = (root.querySelector('#wb-slug') as HTMLInputElement | null)?.value ?? '';
      root.innerHTML = `${lastResult}<h2>Content problems on this page (${problems.length})</h2>${list}${form}`;
      const slugInput = root.querySelector('#wb-slug') as HTMLInputElement | null;
      if (slugInput && typedSlug) slugInput.value = typedSlug;
      root.querySelector('[data-create]')?.addEventListener('click', create);
    }

    async function create(): Promise<void> {
      const result = root.querySelector('[data-result]');
      if (!article || !result) return;
      lastSelection = articleSelection(article) ?? lastSelection;
      if (!lastSelection) {
        result.textContent = 'Select the words of the claim in the article first.';
        return;
      }
      const slug = (root.querySelector('#wb-slug') as HTMLInputElement | null)?.value ?? '';
      const answer = await fetch('/__marginalia/claims', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ story: originalOf, selection: lastSelection.text, near: lastSelection.near, slug }),
      });
      const created = (await answer.json()) as { ok: boolean; files?: string[]; message?: string };
      const message = created.ok
        ? `Created ${(created.files ?? []).map(openLink).join(' and ')}. Fill in its [replace: …] placeholders.`
        : `Not created: ${escapeHtml(created.message ?? 'unknown reason')}.`;
      result.innerHTML = message;
      if (created.ok) sessionStorage.setItem(LAST_RESULT, message);
    }

    app.onToggled(({ state }) => {
      if (state) void render();
    });
    void render();
  },
});
