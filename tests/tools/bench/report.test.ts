import { describe, expect, it } from 'vitest';
import { checkGoals, markdownTable, marginalCosts, medianRun, tableRows, textTable, type SizeResult } from '../../../tools/bench/report.ts';

const size = (stories: number, wallMs: number, plainMs: number): SizeResult => ({
  stories,
  marginalia: { wallMs, peakRssMb: 500, pages: stories * 17 + 8, distBytes: stories * 1e6 },
  plain: { wallMs: plainMs, peakRssMb: 300, pages: stories * 17 + 8, distBytes: stories * 1e5 },
});

describe('bench report', () => {
  it('judges linearity on time per story and on the marginal cost per added story', () => {
    const linear = checkGoals([size(10, 5000 + 10 * 100, 4000), size(50, 5000 + 50 * 100, 8000), size(200, 5000 + 200 * 100, 20000)]);
    expect(linear.map((g) => [g.name.split(':')[0], g.met])).toEqual([['linear', true], ['linear (marginal)', true], ['overhead at 200 stories', true]]);
    expect(linear[1]!.value).toBeCloseTo(1);
    const quadratic = checkGoals([size(10, 10 * 10 * 10, 1000), size(50, 50 * 50 * 10, 5000), size(200, 200 * 200 * 10, 20000)]);
    expect(quadratic[0]!.met).toBe(false);
    expect(quadratic[1]!.met).toBe(false);
    expect(quadratic[2]!.value).toBe(20);
  });

  it('computes marginal costs between consecutive sizes', () => {
    expect(marginalCosts([size(10, 2000, 1000), size(50, 6000, 3000)])).toEqual([{ from: 10, to: 50, msPerStory: 100, plainMsPerStory: 50 }]);
  });

  it('formats the table', () => {
    const rows = tableRows([size(10, 8000, 4000)]);
    expect(rows).toEqual([['10', '178', '8.0 s', '800 ms', '500 MB', '10.0 MB', '4.0 s', '2.00×']]);
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | ---: |\n| 1 | 2 |');
    expect(textTable(['a', 'bb'], [['10', '2']]).split('\n')).toEqual(['a   bb', '──  ──', '10   2']);
  });
});

describe('medianRun', () => {
  it('picks the whole run with the middle wall time, whatever the order', () => {
    const runs = [{ wallMs: 44_000, rss: 3 }, { wallMs: 36_000, rss: 1 }, { wallMs: 40_000, rss: 2 }];
    expect(medianRun(runs)).toEqual({ wallMs: 40_000, rss: 2 });
  });
  it('takes the lower middle run of an even count, and the only run of one', () => {
    expect(medianRun([{ wallMs: 5 }, { wallMs: 1 }, { wallMs: 9 }, { wallMs: 3 }]).wallMs).toBe(3);
    expect(medianRun([{ wallMs: 7 }]).wallMs).toBe(7);
  });
  it('refuses no runs at all', () => {
    expect(() => medianRun([])).toThrow(/at least one run/);
  });
});
