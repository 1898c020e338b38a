// Re-anchors a quote after the original was edited: finds it in the old text, carries that position
// across the edit, and anchors in the new text using it as a hint, so repeated quotes stay put.
import { anchorQuote, type AnchorFailure, type AnchorHint, type AnchorSuccess, type QuoteToAnchor } from './anchor-quote.ts';

/** The quote anchored in the edited text. */
export interface ReanchorSuccess extends AnchorSuccess {
  /** Where the quote was in the old text. */
  previous: { start: number; end: number };
}

/** The quote could not be anchored in the old or in the new text. */
export interface ReanchorFailure extends AnchorFailure {
  /** 'old' if the quote did not anchor in the text before the edit, 'new' if not in the edited one. */
  stage: 'old' | 'new';
}

/** The outcome of re-anchoring one quote. */
export type ReanchorResult = ReanchorSuccess | ReanchorFailure;

/**
 * Where an offset of `oldText` lands in `newText`, assuming one contiguous edit: offsets before the
 * edit stay, offsets after it move by the change in length, offsets inside it go to the edit's start.
 */
export function mapOffset(oldText: string, newText: string, offset: number): number {
  const shorter = Math.min(oldText.length, newText.length);
  let common = 0;
  while (common < shorter && oldText.charCodeAt(common) === newText.charCodeAt(common)) common++;
  let tail = 0;
  while (
    tail < shorter - common &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  ) {
    tail++;
  }
  if (offset <= common) return offset;
  if (offset >= oldText.length - tail) return offset + newText.length - oldText.length;
  return common;
}

/** Anchor `selector` in `oldText` (helped by `hint`), then in `newText` near where it was. */
export function reanchor(oldText: string, newText: string, selector: QuoteToAnchor, hint?: AnchorHint): ReanchorResult {
  if (typeof newText !== 'string') throw new TypeError(`reanchor: newText must be a string, got ${typeof newText}`);
  const before = anchorQuote(oldText, selector, hint);
  if (!before.ok) return { ...before, stage: 'old' };
  const after = anchorQuote(newText, selector, { start: mapOffset(oldText, newText, before.start) });
  if (!after.ok) return { ...after, stage: 'new' };
  return { ...after, previous: { start: before.start, end: before.end } };
}
