// CSS class names that carry colour. Layouts only ever name a class; the colours themselves are
// CSS custom properties defined in the site styles.
//
// Intended palette: colour-blind-safe Okabe-Ito order, each with a light- and a dark-mode variant:
//   series-0 blue #0072B2, series-1 orange #E69F00, series-2 bluish green #009E73,
//   series-3 vermillion #D55E00, series-4 sky blue #56B4E9, series-5 reddish purple #CC79A7;
//   highlight = vermillion, muted = a neutral grey. (Yellow #F0E442 is left out: too light on white.)

/** Classes for series or stack parts, in order; index 6 wraps back to series-0. */
export const SERIES_CLASSES = ['series-0', 'series-1', 'series-2', 'series-3', 'series-4', 'series-5'] as const;
/** Class for a highlighted datum (bars) when one colour stands out against muted ones. */
export const HIGHLIGHT_CLASS = 'highlight';
/** Class added to data that is not highlighted while something else is. */
export const MUTED_CLASS = 'muted';

/** Every non-colour class the layouts emit, so the stylesheet has one list to style. */
export const MARK_CLASSES = {
  grid: 'grid',
  baseline: 'baseline',
  axisLine: 'axis-line',
  tickLabel: 'tick-label',
  categoryLabel: 'category-label',
  /** Added to a category label whose bar is highlighted (e.g. bold). */
  categoryLabelHighlight: 'category-label is-highlighted',
  valueLabel: 'value-label',
  /** Placeholder text where a value is missing (null). */
  missingLabel: 'missing-label',
  /** Text inside a stacked segment; paired with `on-series-N` so CSS can pick a contrasting fill. */
  segmentLabel: 'segment-label',
  /** Direct label at a line end; paired with the series class for its colour. */
  seriesLabel: 'series-label',
  /** Short line from a nudged series label back to its line end. */
  labelLeader: 'label-leader',
  line: 'line',
  point: 'point',
  eventDot: 'event-dot',
  eventDate: 'event-date',
  eventLabel: 'event-label',
  eventStem: 'event-stem',
  annotationText: 'annotation-text',
  annotationConnector: 'annotation-connector',
  annotationDot: 'annotation-dot',
} as const;

/** Colour class for the series or stack part at `index`. */
export function seriesClass(index: number): string {
  const count = SERIES_CLASSES.length;
  return SERIES_CLASSES[((index % count) + count) % count] ?? 'series-0';
}
