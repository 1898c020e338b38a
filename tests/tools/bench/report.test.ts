import { describe, expect, it } from 'vitest';
import { checkGoals, goalLines, lighthouseGoals, markdownTable, marginalCosts, medianRun, tableRows, textTable, warmGoal, type LighthouseResult, type SizeResult } from '../../../tools/bench/report.ts';

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

describe('bench report: the goals of issue 18', () => {
  const sized = (stories: number, wallMs: number, plainMs: number, peakRssMb: number): SizeResult => ({
    stories,
    marginalia: { wallMs, peakRssMb, pages: stories * 17, distBytes: 0 },
    plain: { wallMs: plainMs, peakRssMb: 300, pages: stories * 17, distBytes: 0 },
  });

  it('judges the overhead at 200 and at 1,000 stories, and the peak memory at 1,000', () => {
    const goals = checkGoals([sized(200, 30_000, 20_000, 1500), sized(1000, 160_000, 100_000, 2600)]);
    const byName = (start: string) => goals.find((g) => g.name.startsWith(start));
    expect(byName('overhead at 200 stories')?.met).toBe(true);
    expect(byName('overhead at 1000 stories')?.value).toBeCloseTo(1.6);
    expect(byName('overhead at 1000 stories')?.met).toBe(false);
    expect(byName('peak RSS at 1000')).toMatchObject({ value: 2600, limit: 2500, met: false });
    expect(checkGoals([sized(1000, 1, 1, 2400)]).find((g) => g.name.startsWith('peak RSS'))?.met).toBe(true);
  });

  it('states no memory goal when 1,000 stories were not built', () => {
    expect(checkGoals([sized(10, 1, 1, 100), sized(200, 2, 2, 9000)]).some((g) => g.name.startsWith('peak RSS'))).toBe(false);
  });

  it('meets the warm goal at 30 % of the cold build, not above', () => {
    expect(warmGoal({ stories: 200, coldMs: 40_000, warmMs: 12_000, cachedPages: 3000, renderedPages: 40 }).met).toBe(true);
    const slow = warmGoal({ stories: 200, coldMs: 40_000, warmMs: 12_400, cachedPages: 0, renderedPages: 3400 });
    expect(slow.met).toBe(false);
    expect(slow.value).toBeCloseTo(0.31);
  });

  it('meets a Lighthouse goal only with 100 in all four categories, and prints the paint metrics', () => {
    const page = (performance: number): LighthouseResult => ({
      kind: 'story',
      path: '/a/',
      scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
      metrics: { fcpMs: 900, lcpMs: 1200, tbtMs: 0, cls: 0, speedIndexMs: 900 },
    });
    const [perfect, short] = lighthouseGoals([page(100), page(99)]);
    expect(perfect?.met).toBe(true);
    expect(short).toMatchObject({ value: 99, met: false });
    expect(goalLines([short!])[0]).toBe('✗ Lighthouse (mobile) on the story page /a/: lowest of the four scores: 99 (goal 100) — performance 99, accessibility 100, best-practices 100, seo 100; FCP 900 ms, LCP 1200 ms, TBT 0 ms, CLS 0.000');
  });
});
