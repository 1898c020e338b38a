// Reader-facing text for a figure check: "The article says … · The data say … · Difference …".
import type { FigureCheck } from '../content/schema.ts';
import type { FigureResult } from './figure-check.ts';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export function formatAmount(value: number, unit: string): string {
  const text = number.format(value);
  return unit === '%' ? `${text}\u00a0%` : `${text}\u00a0${unit}`;
}

export interface FigureText {
  stated: string;
  computed: string;
  difference: string;
  /** Whether the data agree with the stated figure within tolerance. */
  agrees: boolean;
}

export function figureText(check: FigureCheck, result: Extract<FigureResult, { ok: true }>): FigureText {
  const unit = check.unit;
  const relative = result.relativeDifference === null ? '' : ` (${signed.format(result.relativeDifference * 100).replace('-', '−')}\u00a0%)`;
  const difference = `${signed.format(result.difference).replace('-', '−')}\u00a0${unit === '%' ? 'percentage points' : unit}${relative}`;
  return { stated: `“${check.statedText}” (read as ${formatAmount(check.stated, unit)})`, computed: formatAmount(result.computed, unit), difference, agrees: result.withinTolerance };
}
