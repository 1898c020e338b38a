// Where sentences start in a text, for placing notes between sentences rather than inside them. Uses the Unicode
// sentence rules (Intl.Segmenter), plus one case machine translations produce and those rules miss: a sentence
// that ends without a space before the next, as in "140 million units overseas.As is known".

/** A lower-case letter or digit, then . ! ? or ;, then an upper-case letter: a sentence joined to the next. */
const JOINED_SENTENCES = /(?<=[\p{Ll}\p{N}][.!?;])(?=\p{Lu})/gu;

/**
 * Offsets in `text` where a sentence starts (after the whitespace that ends the one before), in increasing order,
 * without 0 and text.length.
 */
export function sentenceStarts(text: string, locale = 'en'): number[] {
  const starts = new Set<number>();
  for (const { index } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) starts.add(index);
  for (const match of text.matchAll(JOINED_SENTENCES)) starts.add(match.index);
  starts.delete(0);
  starts.delete(text.length);
  return [...starts].sort((a, b) => a - b);
}
