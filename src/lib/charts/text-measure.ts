// Approximate text width from font size and characters (no DOM available at build time), for label collision
// checks and, through src/lib/text/wrap-text.ts, wrapping.
import { isWideChar, wrapText } from '../text/wrap-text.ts';

/** Average advance of Latin letters, digits and punctuation, in em. */
export const AVERAGE_CHAR_EM = 0.6;
/** Advance of CJK, Hangul, full-width forms and emoji, in em. */
export const WIDE_CHAR_EM = 1;

/** Approximate rendered width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += isWideChar(char) ? WIDE_CHAR_EM : AVERAGE_CHAR_EM;
  return em * fontSize;
}

/** Width of the widest of several texts. */
export function maxTextWidth(texts: readonly string[], fontSize: number): number {
  return texts.reduce((widest, text) => Math.max(widest, textWidth(text, fontSize)), 0);
}

/** Lines of `text` no wider than `maxWidth` px at `fontSize` px, by approximate widths. */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  return wrapText(text, maxWidth, (piece) => textWidth(piece, fontSize)).lines;
}
