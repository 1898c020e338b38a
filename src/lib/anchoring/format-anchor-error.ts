// Turns a failed anchoring into the message an editor sees: which file and field, what went wrong in
// which original, and how to fix it (`file › field: … Fix: …`, one candidate per line when ambiguous).
import { listCandidates, percent, type AnchorFailure } from './anchor-quote.ts';

/**
 * A message like `content/claims/x.yaml › quote: not found in content/originals/x.md (nearest passage,
 * 87 % similar: "…"). Fix: …`. `original` names the original text (its path), default "the original".
 */
export function formatAnchorError(file: string, field: string, result: AnchorFailure, original = 'the original'): string {
  const where = field ? `${file} › ${field}` : file;
  switch (result.reason) {
    case 'empty-quote':
      return `${where}: is empty. Fix: copy the words being checked from ${original}.`;
    case 'not-found': {
      const [nearest] = result.candidates;
      if (nearest === undefined) return `${where}: not found in ${original}, which is empty. Fix: add the text of the original.`;
      const passage = nearest.passage.replace(/\s+/g, ' ');
      return (
        `${where}: not found in ${original} (nearest passage, ${percent(nearest.similarity)} % similar: "${passage}"). ` +
        'Fix: copy the exact words from the original, or correct the original.'
      );
    }
    case 'ambiguous': {
      const fit =
        result.candidates.length < result.occurrences ? ` (${result.candidates.length} of them fit equally well)` : '';
      const lines = listCandidates(result.candidates).map((line) => `  ${line}`);
      return [
        `${where}: found ${result.occurrences} times in ${original}${fit}; ` +
          'add a prefix (text just before) or suffix (text just after) to pick one:',
        ...lines,
      ].join('\n');
    }
  }
}
