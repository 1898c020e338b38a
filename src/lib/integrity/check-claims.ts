// Claim-level rules: the quote is in the original, claimReviewed is short and verdict-free, figure checks agree with the data.
import type { ClaimEntry, ContentBundle } from '../content/bundle.ts';
import { anchorQuote } from '../anchoring/anchor-quote.ts';
import { describeAnchorFailure } from '../anchoring/anchor-problem.ts';
import { assessmentConflict, computeFigure, isComputed } from '../story/figure-check.ts';
import { error, type Problem } from '../content/problem.ts';
import { suggest } from '../content/suggest.ts';

/** Google's limit for ClaimReview.claimReviewed. */
export const CLAIM_REVIEWED_MAX = 75;

export function checkClaims(bundle: ContentBundle): Problem[] {
  return bundle.claims.flatMap((claim) => [...checkQuote(bundle, claim), ...checkClaimReviewed(bundle, claim), ...checkFigures(bundle, claim)]);
}

function checkQuote(bundle: ContentBundle, claim: ClaimEntry): Problem[] {
  const story = bundle.stories.find((s) => s.id === claim.story);
  const original = story && bundle.originals.find((o) => o.id === story.data.original);
  if (!original) return []; // reported by checkReferences
  const result = anchorQuote(original.body, { exact: claim.data.quote, prefix: claim.data.prefix, suffix: claim.data.suffix });
  if (result.ok) return [];
  const { message, fix } = describeAnchorFailure(result, original.file);
  return [error(claim.file, 'quote', message, fix)];
}

const WORD_CHAR = /\w/;

/** Whether `word` occurs in `text` as a whole word (as \b…\b would say), without building a pattern from content:
 * a rating label of any length or punctuation is just text here. */
function containsWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    const startsWord = !WORD_CHAR.test(word[0]!) || before === undefined || !WORD_CHAR.test(before);
    const endsWord = !WORD_CHAR.test(word[word.length - 1]!) || after === undefined || !WORD_CHAR.test(after);
    if (startsWord && endsWord) return true;
  }
  return false;
}

function checkClaimReviewed(bundle: ContentBundle, claim: ClaimEntry): Problem[] {
  const text = claim.data.claimReviewed;
  const problems: Problem[] = [];
  if (text.length >= CLAIM_REVIEWED_MAX) {
    problems.push(error(claim.file, 'claimReviewed', `is ${text.length} characters long; it must stay under ${CLAIM_REVIEWED_MAX}`, 'shorten it to the gist of the claim'));
  }
  const lower = text.toLowerCase();
  const verdictWord = bundle.verdicts.map((v) => v.data.label).find((label) => containsWord(lower, label.toLowerCase()));
  if (verdictWord) problems.push(error(claim.file, 'claimReviewed', `contains the rating "${verdictWord}"`, 'state the claim only; the rating goes in `verdict`'));
  return problems;
}

function checkFigures(bundle: ContentBundle, claim: ClaimEntry): Problem[] {
  return claim.data.figures.flatMap((figure, i): Problem[] => {
    const field = `figures[${i}]`;
    // An unverified figure without a computation has nothing to check against.
    if (!isComputed(figure)) return [];
    const dataset = bundle.datasets.find((d) => d.id === figure.compute.dataset);
    if (!dataset) {
      // A dataset file that exists but is invalid has its own problems already; do not also call it missing.
      if (bundle.declared.datasets.has(figure.compute.dataset)) return [];
      return [error(claim.file, `${field}.compute.dataset`, `no dataset "${figure.compute.dataset}" (${suggest(figure.compute.dataset, bundle.datasets.map((d) => d.id))})`, `fix the id, or add content/datasets/${figure.compute.dataset}.csv with its .yaml`)];
    }
    const result = computeFigure(figure, dataset.table);
    if (!result.ok) return [error(claim.file, `${field}.${result.field}`, result.message, result.fix)];
    const conflict = assessmentConflict(figure, result);
    return conflict ? [error(claim.file, `${field}.assessment`, conflict, 'correct the assessment (and the verdict), the stated figure, the tolerance or the data')] : [];
  });
}
