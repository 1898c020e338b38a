// A quote that did not anchor, in the editor's words: what went wrong in which original (the nearest passage, or
// every place it occurs) and the one fix. The content checks report it; the anchoring itself only says what happened.
import { listCandidates, percent, type AnchorFailure } from './anchor-quote.ts';

/** `original` names the text searched, usually its file: "content/originals/xiaomi.md". */
export function describeAnchorFailure(result: AnchorFailure, original: string): { message: string; fix: string } {
  switch (result.reason) {
    case 'empty-quote':
      return { message: 'is empty', fix: `copy the words being checked from ${original}` };
    case 'not-found': {
      const [nearest] = result.candidates;
      if (nearest === undefined) return { message: `not found: ${original} has no text`, fix: 'paste the article under review into the original' };
      const passage = nearest.passage.replace(/\s+/g, ' ');
      return {
        message: `not found in ${original} (nearest passage, ${percent(nearest.similarity)} % similar: "${passage}")`,
        fix: `copy the exact words from ${original}, or correct the original`,
      };
    }
    case 'ambiguous': {
      const fit = result.candidates.length < result.occurrences ? ` (${result.candidates.length} of them fit equally well)` : '';
      return {
        message: `found ${result.occurrences} times in ${original}${fit}: ${listCandidates(result.candidates).join(' ')}`,
        fix: 'add a `prefix:` (the words just before) or `suffix:` (the words just after) that occurs at only one of them',
      };
    }
  }
}
