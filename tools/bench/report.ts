// The benchmark's figures, its goals and its tables (console and Markdown). Pure.

export interface BuildMeasure {
  /** Wall time of `astro build`, ms. */
  wallMs: number;
  /** Peak resident set size of the build process, MB (null when it could not be measured). */
  peakRssMb: number | null;
  /** HTML pages in the output. */
  pages: number;
  /** Bytes of everything in the output folder. */
  distBytes: number;
}

/**
 * The run with the median wall time (the lower middle one for an even count), whole: its memory and output belong to
 * the same build. On a shared machine one run can be 20 % off; the median of alternating runs is what gets reported.
 */
export function medianRun<T extends { wallMs: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('medianRun needs at least one run');
  return median;
}

export interface SizeResult {
  stories: number;
  marginalia: BuildMeasure;
  plain: BuildMeasure;
}

/** time per story at the largest size ≤ LINEAR × time per story at the smallest; Marginalia ≤ OVERHEAD × plain Astro. */
export const GOALS = { linear: 1.2, overhead: 1.5, peakRssMbAt1000: 2500, warmShare: 0.3, lighthouse: 100 } as const;

export interface Derived {
  stories: number;
  pages: number;
  wallS: number;
  perStoryMs: number;
  peakRssMb: number | null;
  distMb: number;
  plainWallS: number;
  plainPages: number;
  /** Marginalia wall time ÷ plain Astro wall time. */
  overhead: number;
}

export function derive(result: SizeResult): Derived {
  const { stories, marginalia, plain } = result;
  return {
    stories,
    pages: marginalia.pages,
    wallS: marginalia.wallMs / 1000,
    perStoryMs: marginalia.wallMs / stories,
    peakRssMb: marginalia.peakRssMb,
    distMb: marginalia.distBytes / 1e6,
    plainWallS: plain.wallMs / 1000,
    plainPages: plain.pages,
    overhead: marginalia.wallMs / plain.wallMs,
  };
}

export interface GoalCheck {
  name: string;
  /** The measured ratio. */
  value: number;
  limit: number;
  met: boolean;
  detail: string;
}

/** The goals, judged on the smallest and largest sizes measured; also the marginal cost per story between sizes. */
export function checkGoals(results: readonly SizeResult[]): GoalCheck[] {
  const sorted = [...results].sort((a, b) => a.stories - b.stories);
  const small = sorted[0];
  const large = sorted.at(-1);
  if (!small || !large) return [];
  const checks: GoalCheck[] = [];
  const perSmall = small.marginalia.wallMs / small.stories;
  const perLarge = large.marginalia.wallMs / large.stories;
  if (large !== small) {
    const linear = perLarge / perSmall;
    checks.push({
      name: `linear: time per story at ${large.stories} ÷ at ${small.stories}`,
      value: linear,
      limit: GOALS.linear,
      met: linear <= GOALS.linear,
      detail: `${fmtMs(perLarge)} vs ${fmtMs(perSmall)} per story`,
    });
  }
  // Marginal cost per story between consecutive sizes: fixed start-up cost cancels out, so growth here is superlinearity.
  const marginal = marginalCosts(sorted);
  const firstMarginal = marginal[0];
  const lastMarginal = marginal.at(-1);
  if (firstMarginal && lastMarginal && marginal.length > 1) {
    const ratio = lastMarginal.msPerStory / firstMarginal.msPerStory;
    checks.push({
      name: `linear (marginal): ms per added story ${lastMarginal.from}→${lastMarginal.to} ÷ ${firstMarginal.from}→${firstMarginal.to}`,
      value: ratio,
      limit: GOALS.linear,
      met: ratio <= GOALS.linear,
      detail: `${fmtMs(lastMarginal.msPerStory)} vs ${fmtMs(firstMarginal.msPerStory)} per added story`,
    });
  }
  // The overhead at 200 stories and at every larger size measured (1,000 with --sizes), else at the largest.
  const judged = sorted.filter((r) => r.stories >= 200);
  for (const result of judged.length ? judged : [large]) {
    const overhead = result.marginalia.wallMs / result.plain.wallMs;
    checks.push({
      name: `overhead at ${result.stories} stories: Marginalia ÷ plain Astro + MDX, same pages`,
      value: overhead,
      limit: GOALS.overhead,
      met: overhead <= GOALS.overhead,
      detail: `${fmtS(result.marginalia.wallMs)} vs ${fmtS(result.plain.wallMs)}`,
    });
  }
  const thousand = sorted.find((r) => r.stories === 1000);
  if (thousand?.marginalia.peakRssMb != null) {
    const peak = thousand.marginalia.peakRssMb;
    checks.push({ name: 'peak RSS at 1000 stories, MB', value: peak, limit: GOALS.peakRssMbAt1000, met: peak <= GOALS.peakRssMbAt1000, detail: `${Math.round(peak)} MB (plain Astro ${Math.round(thousand.plain.peakRssMb ?? 0)} MB)` });
  }
  return checks;
}

/** A rebuild after an editor changed one claim, against the cold build of the same content. */
export interface WarmMeasure {
  stories: number;
  coldMs: number;
  warmMs: number;
  /** What the warm build reused: pages Astro restored from its incremental cache, social cards read from their cache. */
  cachedPages: number;
  renderedPages: number;
}

export function warmGoal(warm: WarmMeasure): GoalCheck {
  const share = warm.warmMs / warm.coldMs;
  return {
    name: `warm rebuild after one claim changed, ÷ cold build, at ${warm.stories} stories`,
    value: share,
    limit: GOALS.warmShare,
    met: share <= GOALS.warmShare,
    detail: `${fmtS(warm.warmMs)} vs ${fmtS(warm.coldMs)}; ${warm.cachedPages} pages reused, ${warm.renderedPages} rendered`,
  };
}

/** Lighthouse's result for one page: the four category scores (0–100) and the paint and layout metrics. */
export interface LighthouseResult {
  kind: 'story' | 'claim' | 'original';
  path: string;
  scores: { performance: number; accessibility: number; 'best-practices': number; seo: number };
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
}

/** One goal per page: every category at 100. The value is the lowest of the four scores (a goal "≥", written as met). */
export function lighthouseGoals(results: readonly LighthouseResult[]): GoalCheck[] {
  return results.map((r) => {
    const lowest = Math.min(...Object.values(r.scores));
    const scores = Object.entries(r.scores).map(([name, score]) => `${name} ${score}`).join(', ');
    return {
      name: `Lighthouse (mobile) on the ${r.kind} page ${r.path}: lowest of the four scores`,
      value: lowest,
      limit: GOALS.lighthouse,
      met: lowest >= GOALS.lighthouse,
      detail: `${scores}; FCP ${fmtMs(r.metrics.fcpMs)}, LCP ${fmtMs(r.metrics.lcpMs)}, TBT ${fmtMs(r.metrics.tbtMs)}, CLS ${r.metrics.cls.toFixed(3)}`,
    };
  });
}

export function marginalCosts(sorted: readonly SizeResult[]): Array<{ from: number; to: number; msPerStory: number; plainMsPerStory: number }> {
  const out = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as SizeResult;
    const b = sorted[i] as SizeResult;
    const added = b.stories - a.stories;
    if (added <= 0) continue;
    out.push({ from: a.stories, to: b.stories, msPerStory: (b.marginalia.wallMs - a.marginalia.wallMs) / added, plainMsPerStory: (b.plain.wallMs - a.plain.wallMs) / added });
  }
  return out;
}

const fmtMs = (ms: number) => `${Math.round(ms)} ms`;
const fmtS = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export const TABLE_HEADER = ['stories', 'pages', 'wall time', 'time/story', 'peak RSS', 'dist size', 'plain Astro', 'overhead'] as const;

export function tableRows(results: readonly SizeResult[]): string[][] {
  return results.map((r) => {
    const d = derive(r);
    return [
      String(d.stories),
      d.plainPages === d.pages ? String(d.pages) : `${d.pages} (plain ${d.plainPages})`,
      `${d.wallS.toFixed(1)} s`,
      fmtMs(d.perStoryMs),
      d.peakRssMb === null ? 'n/a' : `${Math.round(d.peakRssMb)} MB`,
      `${d.distMb.toFixed(1)} MB`,
      `${d.plainWallS.toFixed(1)} s`,
      `${d.overhead.toFixed(2)}×`,
    ];
  });
}

/** A plain-text table with aligned columns, for the terminal. */
export function textTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function goalLines(checks: readonly GoalCheck[]): string[] {
  // Lighthouse scores are goals from below (= 100); every other figure from above.
  const bound = (c: GoalCheck) => (c.limit === GOALS.lighthouse && c.name.startsWith('Lighthouse') ? `goal ${c.limit}` : `goal ≤ ${c.limit}`);
  const value = (c: GoalCheck) => (Number.isInteger(c.value) ? String(c.value) : c.value.toFixed(2));
  return checks.map((c) => `${c.met ? '✓' : '✗'} ${c.name}: ${value(c)} (${bound(c)}) — ${c.detail}`);
}
