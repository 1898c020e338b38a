// Design widths and font sizes shared by every chart layout, chosen so chart text stays at least
// 11 px on screen when an SVG (width="100%", fixed viewBox) is scaled down to its container.

/** viewBox width of the wide layout. */
export const WIDE = 640;
/** viewBox width of the narrow layout: a 360 px phone minus ~10 px page padding each side. */
export const NARROW = 340;
/** Both design widths, wide first; a component renders one layout per width. */
export const DESIGN_WIDTHS = [WIDE, NARROW] as const;

/** Smallest on-screen font size, in CSS px, any chart text may have. */
export const MIN_FONT_PX = 11;
/** Default font size for category, series, value and annotation labels (viewBox px). */
export const LABEL_FONT_PX = 13;
/** Default font size for axis tick labels (viewBox px). */
export const TICK_FONT_PX = 12;
/** Baseline-to-baseline distance of wrapped text, as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;
/** Outer padding of every chart, in viewBox px. */
export const PAD = 4;
/** Below this viewBox width a layout counts as narrow (fewer ticks, horizontal bars, wrapped labels). */
export const NARROW_BELOW = 480;

export interface FontSizeOptions {
  /** Label font size in px; default 13 (LABEL_FONT_PX), never below 11. */
  labelFontSize?: number;
  /** Tick font size in px; default 12 (TICK_FONT_PX), never below 11. */
  tickFontSize?: number;
}

export interface FontSizes {
  /** Labels, values, series names, annotations (px). */
  label: number;
  /** Axis ticks and value labels at bar ends (px). */
  tick: number;
}

/** Fills in default font sizes and raises any size below MIN_FONT_PX to it. */
export function resolveFontSizes(options: FontSizeOptions): FontSizes {
  return {
    label: Math.max(MIN_FONT_PX, options.labelFontSize ?? LABEL_FONT_PX),
    tick: Math.max(MIN_FONT_PX, options.tickFontSize ?? TICK_FONT_PX),
  };
}

/** True when a layout of this viewBox width should use the narrow design. */
export function isNarrow(width: number): boolean {
  return width < NARROW_BELOW;
}

/**
 * Narrowest container width (CSS px) at which a layout of `viewBoxWidth` still shows its
 * smallest text (`smallestFontPx`) at MIN_FONT_PX or more. Use it for the media/container query
 * that swaps the wide layout for the narrow one: minCssWidth(WIDE) = 587.
 */
export function minCssWidth(viewBoxWidth: number, smallestFontPx: number = TICK_FONT_PX): number {
  return Math.ceil((viewBoxWidth * MIN_FONT_PX) / smallestFontPx);
}
