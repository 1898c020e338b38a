// Reader-facing text for a figure check: "The article says … · The data say … · Difference …".
import type { FigureCheck } from '../content/schema.ts';
import { formatChange, formatValueLong, NBSP } from '../text/number-format.ts';
import type { FigureResult } from './figure-check.ts';

export interface FigureText {
  stated: string;
  computed: string;
  difference: string;
  /** Whether the data agree with the stated figure within tolerance. */
  agrees: boolean;
}

export function figureText(check: FigureCheck, result: Extract<FigureResult, { ok: true }>): FigureText {
  const unit = check.unit;
  const relative = result.relativeDifference === null ? '' : ` (${formatChange(result.relativeDifference * 100)}${NBSP}%)`;
  const difference = `${formatChange(result.difference)}${NBSP}${unit === '%' ? 'percentage points' : unit}${relative}`;
  return { stated: `“${check.statedText}” (read as ${formatValueLong(check.stated, unit)})`, computed: formatValueLong(result.computed, unit), difference, agrees: result.withinTolerance };
}
