// Finds the passage of a text that is closest to a quote which does not occur in it, by edit distance
// (approximate substring matching, Sellers 1980): O(text × quote) time, O(quote) memory.

/** The best approximate occurrence of a quote, in the coordinates of the searched string. */
export interface FuzzyMatch {
  /** Offset where the passage starts. */
  from: number;
  /** Offset just after the passage. */
  to: number;
  /** Characters to insert, delete or substitute to turn the passage into the quote. */
  distance: number;
  /** 1 − distance / length of the longer of passage and quote: 1 is identical, 0 is nothing in common. */
  similarity: number;
}

type Passage = Omit<FuzzyMatch, 'similarity'>;

/** True if `passage` beats `best` as a match for a quote of `quoteLength`: smaller distance, then nearer length. */
function closer(passage: Passage, best: Passage | undefined, quoteLength: number): boolean {
  if (best === undefined) return true;
  if (passage.distance !== best.distance) return passage.distance < best.distance;
  return Math.abs(passage.to - passage.from - quoteLength) < Math.abs(best.to - best.from - quoteLength);
}

/**
 * The substring of `haystack` with the smallest edit distance to `needle` (on a tie, the one whose length
 * is nearest the needle's, then the first),
 * or undefined when either is empty. Both are expected to be normalised already.
 */
export function nearestPassage(haystack: string, needle: string): FuzzyMatch | undefined {
  const n = haystack.length;
  const m = needle.length;
  if (n === 0 || m === 0) return undefined;

  // One column of the edit-distance table per haystack position j; row i is "first i characters of
  // the needle". Row 0 is 0 everywhere because the passage may start anywhere. Alongside each cost we
  // carry the haystack offset where that alignment started, so the best passage needs no backtracking.
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;

  let best: Passage | undefined;
  for (let j = 1; j <= n; j++) {
    const h = haystack.charCodeAt(j - 1);
    nextCost[0] = 0;
    nextFrom[0] = j;
    for (let i = 1; i <= m; i++) {
      // Substitute (or match), skip a needle character, or skip a haystack character: cheapest wins,
      // preferring the diagonal so passages stay aligned with the quote.
      let c = (cost[i - 1] ?? 0) + (needle.charCodeAt(i - 1) === h ? 0 : 1);
      let f = from[i - 1] ?? 0;
      const skipNeedle = (nextCost[i - 1] ?? 0) + 1;
      if (skipNeedle < c) {
        c = skipNeedle;
        f = nextFrom[i - 1] ?? 0;
      }
      const skipHaystack = (cost[i] ?? 0) + 1;
      if (skipHaystack < c) {
        c = skipHaystack;
        f = from[i] ?? 0;
      }
      nextCost[i] = c;
      nextFrom[i] = f;
    }
    const distance = nextCost[m] ?? 0;
    const start = nextFrom[m] ?? 0;
    const passage = { from: start, to: j, distance };
    if (start < j && closer(passage, best, m)) best = passage;
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  if (best === undefined) return undefined;
  const similarity = 1 - best.distance / Math.max(m, best.to - best.from);
  return { ...best, similarity };
}
