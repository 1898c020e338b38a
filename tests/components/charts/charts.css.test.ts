// The chart stylesheet must swap layouts exactly where the wide layout's text would drop under 11 px.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARK_CLASSES, SERIES_CLASSES } from '../../../src/lib/charts/palette.ts';
import { minCssWidth, WIDE } from '../../../src/lib/charts/sizes.ts';

const css = readFileSync(new URL('../../../src/components/charts/charts.css', import.meta.url), 'utf8');

describe('charts.css', () => {
  it('shows the narrow layout below minCssWidth(WIDE)', () => {
    expect(css).toContain(`@container (width < ${minCssWidth(WIDE)}px)`);
  });

  it('gives every series class and text class a style', () => {
    for (const name of [...SERIES_CLASSES, MARK_CLASSES.tickLabel, MARK_CLASSES.segmentLabel, MARK_CLASSES.seriesLabel, MARK_CLASSES.annotationText]) {
      expect(css).toContain(`.${name}`);
    }
  });

  it('colours marks only through the design tokens', () => {
    for (const token of ['--series-0', '--chart-muted', '--chart-highlight', '--chart-grid', '--chart-axis', '--text-muted']) expect(css).toContain(`var(${token})`);
  });

  it('turns the scrolly transition off for reduced motion', () => {
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\)\s*\{[^}]*transition: none/);
  });
});
