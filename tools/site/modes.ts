// The viewport widths and colour schemes pages are checked (and screenshotted) in.
export const WIDTHS = [360, 1280] as const;
export const SCHEMES = ['light', 'dark'] as const;

export interface Mode {
  width: (typeof WIDTHS)[number];
  scheme: (typeof SCHEMES)[number];
  /** e.g. "360-dark" */
  label: string;
}

export const MODES: Mode[] = WIDTHS.flatMap((width) => SCHEMES.map((scheme) => ({ width, scheme, label: `${width}-${scheme}` })));

export const viewport = (width: number) => ({ width, height: 800 });
