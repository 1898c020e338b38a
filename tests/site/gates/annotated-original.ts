// Gates on an annotated original (/<story>/original/) in a browser: its Web Annotations anchor with a real W3C
// client (Apache Annotator) in the page they target and in our plain copy of the text; the article's element holds
// exactly the article's text; notes never overlap each other, the text or the footer; on phones notes come between
// sentences; jumping to a passage shows its note.
import type { Page } from 'playwright-core';
import { matchTexts, type ExportedSelector } from '../annotator/annotator.ts';

export interface ExportedAnnotation {
  id: string;
  target: { source: string; selector: ExportedSelector[] };
}

const quoteOf = (a: ExportedAnnotation) => a.target.selector.find((s) => s.type === 'TextQuoteSelector');
const positionOf = (a: ExportedAnnotation) => a.target.selector.find((s) => s.refinedBy?.type === 'TextPositionSelector' || s.type === 'TextPositionSelector');

export interface AnchoringResult {
  /** Annotations whose TextQuoteSelector matched exactly once, on the quoted words. */
  quotes: number;
  /** Annotations whose TextPositionSelector (with its scope) selected the quoted words. */
  positions: number;
  failures: string[];
}

/** Anchors each annotation's selectors in the page as loaded. */
export async function anchorAnnotations(page: Page, annotations: readonly ExportedAnnotation[]): Promise<AnchoringResult> {
  const result: AnchoringResult = { quotes: 0, positions: 0, failures: [] };
  for (const annotation of annotations) {
    const quote = quoteOf(annotation);
    const position = positionOf(annotation);
    if (!quote?.exact) {
      result.failures.push(`${annotation.id}: no TextQuoteSelector`);
      continue;
    }
    const quoted = await matchTexts(page, quote);
    if (quoted.length === 1 && quoted[0] === quote.exact) result.quotes += 1;
    else result.failures.push(`${annotation.id}: TextQuoteSelector matched ${quoted.length} time(s)${quoted.length ? `: ${JSON.stringify(quoted.map((t) => t.slice(0, 40)))}` : ''}`);
    if (!position) {
      result.failures.push(`${annotation.id}: no TextPositionSelector`);
      continue;
    }
    const selected = await matchTexts(page, position).catch((error: Error) => [`(error: ${error.message})`]);
    if (selected.length === 1 && selected[0] === quote.exact) result.positions += 1;
    else result.failures.push(`${annotation.id}: TextPositionSelector selected ${JSON.stringify(selected.map((t) => t.slice(0, 40)))}, not the quote`);
  }
  return result;
}

/** Replaces the page's document with our plain copy of the article: its text alone, in the element the selectors name. */
export async function showPlainCopy(page: Page, text: string, elementId: string): Promise<void> {
  await page.goto('about:blank');
  await page.evaluate(
    ([content, id]) => {
      const holder = document.createElement('div');
      holder.id = id;
      holder.textContent = content;
      document.body.replaceChildren(holder);
    },
    [text, elementId] as const,
  );
}

/** The text of the element with this id, exactly as the DOM holds it. */
export async function elementText(page: Page, id: string): Promise<string | null> {
  return page.evaluate((elementId) => document.getElementById(elementId)?.textContent ?? null, id);
}

interface Box {
  what: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Notes overlapping each other, a run of the article's text, any other text of the page, or the footer. */
export async function checkNotesOverlap(page: Page): Promise<string[]> {
  const { notes, others } = await page.evaluate(() => {
    const box = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      return { what, top: r.top + scrollY, left: r.left + scrollX, bottom: r.bottom + scrollY, right: r.right + scrollX };
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList[0] ? `.${el.classList[0]}` : ''}`;
    const visible = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().height > 0;
    const noteEls = [...document.querySelectorAll('.annotated .note')].filter(visible);
    const inNote = (el: Element) => noteEls.some((n) => n.contains(el));
    const textEls = [...document.querySelectorAll('main p, main h1, main h2, main h3, main li, main dt, main dd, .site-footer')].filter((el) => visible(el) && !inNote(el));
    return { notes: noteEls.map((n) => box(n, name(n))), others: textEls.map((el) => box(el, name(el))) };
  });
  const overlaps = (a: Box, b: Box) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1 && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1;
  const failures: string[] = [];
  notes.forEach((note, i) => {
    for (const other of notes.slice(i + 1)) if (overlaps(note, other)) failures.push(`${note.what} overlaps ${other.what}`);
    for (const other of others) if (overlaps(note, other)) failures.push(`${note.what} overlaps ${other.what}`);
  });
  return failures;
}

/** On the current (narrow) layout: every group of notes starts below the run it follows, which ends a sentence. */
export async function checkNotesBetweenSentences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const failures: string[] = [];
    const SENTENCE_END = /[.!?;。！？；…][\s"'”’»)\]]*$/u;
    for (const group of document.querySelectorAll<HTMLElement>('.annotated__notes-group')) {
      const number = group.id.replace(/^original-notes-/, '');
      const run = document.getElementById(`original-run-${number}`);
      if (!run) {
        failures.push(`${group.id}: no run ${number}`);
        continue;
      }
      const endsParagraph = !run.nextElementSibling?.classList.contains('is-continued');
      if (!endsParagraph && !SENTENCE_END.test(run.textContent ?? '')) failures.push(`${group.id}: follows a run that ends mid-sentence: "…${(run.textContent ?? '').slice(-30)}"`);
      if (group.getBoundingClientRect().top < run.getBoundingClientRect().bottom - 1) failures.push(`${group.id}: starts above the end of the run it follows`);
    }
    return failures;
  });
}

/** Jumps to each passage (#passage-<claim>) and requires its note to be at least partly in the viewport. */
export async function checkJumpShowsNote(page: Page, pageUrl: string, claims: readonly string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const claim of claims) {
    await page.goto(`${pageUrl}#passage-${claim}`);
    const seen = await page.evaluate((slug) => {
      const note = document.getElementById(`note-${slug}`);
      if (!note) return 'missing';
      const r = note.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight ? 'shown' : `at ${Math.round(r.top)} px of a ${innerHeight} px viewport`;
    }, claim);
    if (seen !== 'shown') failures.push(`#passage-${claim}: its note is ${seen}`);
  }
  return failures;
}
