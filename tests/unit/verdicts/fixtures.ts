// Verdict counts for tests of what reads them (feeds, social cards): a rating and how many claims got it.
import type { Verdict } from '../../../src/lib/content/schema.ts';
import type { VerdictCount } from '../../../src/lib/verdicts/verdict-counts.ts';

/** A rating on the scale, defaults filled in. */
export function rating(label: string, tone: Verdict['tone'] = 'neutral', icon: Verdict['icon'] = 'question'): Verdict {
  return { id: label.toLowerCase().replace(/\s+/g, '-'), label, ordinal: null, tone, icon, meaning: `Means ${label}.` };
}

/** `count` claims rated `verdict` (the claims themselves left out). */
export function counted(verdict: Verdict, count: number): VerdictCount<unknown> {
  return { verdict, count, share: 0, claims: [] };
}
