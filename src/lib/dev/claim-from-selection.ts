// The workbench's "start a claim from the selected words": the quote as the original has it, with just enough of the
// words before (prefix) or after (suffix) to point at one place when the words occur more than once, so the new
// claim file anchors exactly where the editor selected.
import { anchorQuote, type QuoteToAnchor } from '../anchoring/anchor-quote.ts';

export type SelectionQuote = { ok: true; quote: string; prefix?: string; suffix?: string; start: number } | { ok: false; message: string };

/** Most words of context tried on each side before giving up. */
const MAX_CONTEXT_WORDS = 12;

/** The last `n` words of `text` (with the space before the quote kept out). */
function lastWords(text: string, n: number): string {
  return text.trimEnd().split(/\s+/).slice(-n).join(' ');
}

function firstWords(text: string, n: number): string {
  return text.trimStart().split(/\s+/).slice(0, n).join(' ');
}

/** Whether the selector anchors, on its own, at `start`. */
function anchorsAt(body: string, selector: QuoteToAnchor, start: number): boolean {
  const result = anchorQuote(body, selector);
  return result.ok && result.start === start;
}

/**
 * The quote for words selected in the original `body`; `near` is where the selection starts in the page's text,
 * used to choose among repeated words (the closest occurrence wins).
 */
export function claimFromSelection(body: string, selected: string, near?: number): SelectionQuote {
  const exact = selected.replace(/\s+/g, ' ').trim();
  if (exact.length < 3) return { ok: false, message: 'select the words of the claim in the article first' };
  const found = anchorQuote(body, { exact }, near === undefined ? undefined : { start: Math.max(0, Math.round(near)) });
  if (!found.ok) {
    if (found.reason === 'ambiguous') return { ok: false, message: `the selected words occur ${found.occurrences} times; select a few more words around them` };
    return { ok: false, message: 'the selected words are not in the article as written: select words of the article only, not of the notes' };
  }
  const quote = found.exact.replace(/\s+/g, ' ').trim();
  if (found.occurrences === 1) return { ok: true, quote, start: found.start };
  const before = body.slice(0, found.start);
  const after = body.slice(found.end);
  for (let n = 1; n <= MAX_CONTEXT_WORDS; n++) {
    const prefix = lastWords(before, n);
    if (prefix && anchorsAt(body, { exact: quote, prefix }, found.start)) return { ok: true, quote, prefix, start: found.start };
    const suffix = firstWords(after, n);
    if (suffix && anchorsAt(body, { exact: quote, suffix }, found.start)) return { ok: true, quote, suffix, start: found.start };
    if (prefix && suffix && anchorsAt(body, { exact: quote, prefix, suffix }, found.start)) return { ok: true, quote, prefix, suffix, start: found.start };
  }
  return { ok: false, message: 'the selected words occur several times with the same words around them; select a longer passage' };
}
