// Reader-facing text for a figure check: what the article says, what the data say, how far apart they are — for an
// exact figure, in the direction of a floor or a ceiling, or why it could not be verified.
import type { FigureCheck } from '../content/schema.ts';
import { formatChange, formatValueLong, NBSP } from '../text/number-format.ts';
import type { FigureResult } from './figure-check.ts';

export interface FigureText {
  /** “more than 140 million units” (read as 140 million units, or more) */
  stated: string;
  /** What the data give; absent when nothing was computed. */
  computed?: string;
  /** How far the data are from the stated figure and whether that agrees with the article; for an unverified figure, why. */
  difference: string;
  /** agrees / differs: the data against the stated figure; unverified: the editor could not verify it. */
  status: 'agrees' | 'differs' | 'unverified';
}

const READ_AS: Record<FigureCheck['bound'], (amount: string) => string> = {
  exact: (amount) => `read as ${amount}`,
  lower: (amount) => `read as ${amount} or more`,
  upper: (amount) => `read as ${amount} or less`,
};

/** A signed amount in the figure's unit, never rounded to nothing: "−800,000 units", "+12.6 million people", "+1.2 percentage points". */
function signedAmount(value: number, unit: string): string {
  const sign = value < 0 ? '\u2212' : value > 0 ? '+' : '';
  return unit === '%' ? `${formatChange(value)}${NBSP}percentage points` : `${sign}${formatValueLong(Math.abs(value), unit)}`;
}

/** "−800,000 units (−0.6 %)": the difference and its share of the stated figure. */
function change(value: number, relative: number | null, unit: string): string {
  const percent = relative === null ? '' : ` (${formatChange(relative * 100)}${NBSP}%)`;
  return `${signedAmount(value, unit)}${percent}`;
}

/** How far the data are, in the words of the stated figure's kind. */
function distance(check: FigureCheck, result: Extract<FigureResult, { ok: true }>): string {
  const { unit } = check;
  const amount = (value: number) => `${formatValueLong(Math.abs(value), unit === '%' ? '' : unit)}${unit === '%' ? `${NBSP}percentage points` : ''}`;
  const share = result.relativeDifference === null ? '' : ` (${formatChange(Math.abs(result.relativeDifference) * 100).replace(/^\+/, '')}${NBSP}%)`;
  const within = result.agrees ? 'within the tolerance we allow' : 'outside the tolerance we allow';
  if (check.bound === 'lower') {
    if (result.shortfall === 0) return `${amount(result.difference)}${share} above the stated minimum, as the article says`;
    return `${amount(result.shortfall)}${share} short of the stated minimum — ${within}`;
  }
  if (check.bound === 'upper') {
    if (result.shortfall === 0) return `${amount(result.difference)}${share} below the stated maximum, as the article says`;
    return `${amount(result.shortfall)}${share} over the stated maximum — ${within}`;
  }
  return `${change(result.difference, result.relativeDifference, unit)} — ${within}`;
}

export function figureText(check: FigureCheck, result: FigureResult | undefined): FigureText {
  const stated = `“${check.statedText}” (${READ_AS[check.bound](formatValueLong(check.stated, check.unit))})`;
  const computed = result?.ok ? formatValueLong(result.computed, check.unit) : undefined;
  if (check.assessment === 'unverified') {
    const note = check.note?.trim() ?? '';
    return { stated, ...(computed ? { computed } : {}), difference: note, status: 'unverified' };
  }
  if (!result?.ok) return { stated, difference: 'The data could not be computed.', status: 'unverified' };
  return { stated, computed: computed ?? '', difference: distance(check, result), status: result.agrees ? 'agrees' : 'differs' };
}

/** One sentence for structured data: "Figure check, Xiaomi smartphones shipped outside China, 2021: the data agree." */
export function figureSentence(check: FigureCheck, result: FigureResult | undefined): string {
  const text = figureText(check, result);
  const status = text.status === 'unverified' ? `unverified (${text.difference.replace(/[.\s]+$/, '')})` : text.status === 'agrees' ? 'the data agree with the article' : 'the data differ from the article';
  return `Figure check, ${check.label.replace(/[.\s]+$/, '')}: ${status}.`;
}
