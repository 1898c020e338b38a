// Synthetic content of realistic shape for the benchmark (`npm run bench`): N stories, each with an original of
// ~1,500 words, 15 claims with evidence, 5 charts on datasets of 20–200 rows, 3 figure checks whose assessment
// agrees with the data, a shared pool of sources plus some per story. Pure: returns a model and its files as
// text (paths relative to the content folder); scripts/bench.ts writes them. Same options → same files.
import { stringify } from 'yaml';
import type { ClaimData, FigureCheck, OriginalData, Source, StoryData, Verdict } from '../../src/lib/content/schema.ts';
import type { ColumnMeta, DataTable, Row } from '../../src/lib/content/table.ts';
import { computeFigure, type ComputedCheck } from '../../src/lib/story/figure-check.ts';
import { createRng, type Rng } from './prng.ts';
import { capitalise, headline, NAMES, sentence, sentences, shortPhrase, wordCount } from './text.ts';

export interface SyntheticOptions {
  stories: number;
  seed?: number;
  /** Words in each original article; default 1500. */
  originalWords?: number;
  /** Words of prose in each explainer; default 1500. */
  explainerWords?: number;
  claimsPerStory?: number;
  /** Figure checks per story (at most 3, one per kind); default 3. */
  figureChecksPerStory?: number;
  /** Shared sources each story draws on; default 20 (the pool holds up to twice that). */
  sharedSourcesPerStory?: number;
  /** Sources only one story cites; default 6. */
  ownSourcesPerStory?: number;
}

export type DatasetShape = 'bar' | 'line' | 'stacked' | 'timeline' | 'monthly';

/** Rows of each chart's dataset: [min, max], all inside 20–200. */
export const ROW_RANGES: Readonly<Record<DatasetShape, readonly [number, number]>> = {
  bar: [20, 40],
  line: [60, 200],
  stacked: [24, 72],
  timeline: [20, 30],
  monthly: [120, 200],
};

export const DATASET_SHAPES: readonly DatasetShape[] = ['bar', 'line', 'stacked', 'timeline', 'monthly'];

export interface DatasetModel {
  id: string;
  kind: DatasetShape;
  title: string;
  description: string;
  columns: ColumnMeta[];
  sources: string[];
  rows: Row[];
  /** The chart tag the story uses to draw it. */
  chartTag: string;
}

export interface ClaimModel {
  slug: string;
  data: ClaimData;
}

export interface StoryModel {
  id: string;
  data: StoryData;
  original: { data: OriginalData; body: string };
  claims: ClaimModel[];
  datasets: DatasetModel[];
  /** The MDX body. */
  body: string;
  /** Source ids this story cites (shared and own). */
  sources: string[];
}

export interface SyntheticContent {
  stories: StoryModel[];
  sources: Array<{ id: string; data: Source }>;
  verdicts: Verdict[];
  glossary: Array<{ id: string; term: string; matches: string[]; definition: string; sources: string[] }>;
  /** Every file, by path relative to the content folder (e.g. "stories/story-001/index.mdx"). */
  files: Map<string, string>;
}

/** The same scale as the shipped content/verdicts.yaml. */
export const VERDICTS: Verdict[] = [
  { id: 'true', label: 'True', ordinal: 5, tone: 'true', icon: 'check', meaning: 'The statement is accurate and nothing significant is missing.' },
  { id: 'mostly-true', label: 'Mostly true', ordinal: 4, tone: 'mostly-true', icon: 'check-partial', meaning: 'Accurate but needs a clarification or a small correction.' },
  { id: 'half-true', label: 'Half true', ordinal: 3, tone: 'mixed', icon: 'half', meaning: 'Partly accurate, but leaves out important details.' },
  { id: 'mostly-false', label: 'Mostly false', ordinal: 2, tone: 'mostly-false', icon: 'cross-partial', meaning: 'Contains an element of truth but ignores facts that would change the impression.' },
  { id: 'false', label: 'False', ordinal: 1, tone: 'false', icon: 'cross', meaning: 'The statement is not accurate.' },
  { id: 'misleading', label: 'Misleading', ordinal: null, tone: 'misleading', icon: 'warning', meaning: 'Accurate facts put together to leave a false impression.' },
  { id: 'unverified', label: 'Not enough evidence', ordinal: null, tone: 'neutral', icon: 'question', meaning: 'We could not find enough reliable evidence to rate it.' },
  { id: 'opinion', label: 'Opinion', ordinal: null, tone: 'neutral', icon: 'speech', meaning: 'A view, not a statement of fact.' },
  { id: 'prediction', label: 'Prediction', ordinal: null, tone: 'neutral', icon: 'clock', meaning: 'A statement about the future that cannot be checked yet.' },
];

const GLOSSARY_WORDS = ['ledger', 'quota', 'tariff', 'licence', 'tender', 'harbour'] as const;
const SOURCE_KINDS = ['primary-data', 'filing', 'press-release', 'analyst-report', 'news', 'news', 'news', 'reference', 'speech'] as const;
const UNITS = 'million units';

const poolStep = (slice: number) => Math.ceil(slice / 2);

export const storyId = (index: number) => `story-${String(index + 1).padStart(3, '0')}`;
export const poolSourceId = (index: number) => `pool-source-${String(index + 1).padStart(2, '0')}`;

/** ISO date `days` after 2020-01-01. */
function dateAfter(days: number, from = '2020-01-01'): string {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Non-overlapping occurrences of `needle` in `haystack`, ignoring case and runs of whitespace. */
export function countOccurrences(haystack: string, needle: string): number {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  const h = norm(haystack);
  const n = norm(needle);
  if (!n) return 0;
  let count = 0;
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + n.length)) count++;
  return count;
}

function distinctNames(rng: Rng, count: number, make: (rng: Rng) => string): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(make(rng));
  return [...seen];
}

// ── datasets ────────────────────────────────────────────────────────────────
function makeDataset(rng: Rng, id: string, kind: DatasetShape, sources: string[]): DatasetModel {
  const [minRows, maxRows] = ROW_RANGES[kind];
  const sourceOf = () => rng.pick(sources);
  const series = (count: number) => distinctNames(rng, count, (r) => `${r.pick(NAMES)} ${r.pick(['group', 'sector', 'region', 'segment', 'market'])}`);
  const title = `${headline(rng)}, by ${kind === 'timeline' ? 'date' : 'year'}`;
  const description = sentences(rng, 20).join(' ');
  const valueColumn: ColumnMeta = { name: 'value', type: 'number', unit: UNITS, label: 'Units' };
  const sourceColumn: ColumnMeta = { name: 'source', type: 'source', label: 'Source' };
  const base = { id, kind, title, description, sources };
  switch (kind) {
    case 'bar': {
      const labels = distinctNames(rng, rng.int(minRows, maxRows), (r) => `${r.pick(NAMES)} ${r.pick(['harbour', 'works', 'mills', 'county', 'district', 'valley', 'port', 'plant'])}`);
      const rows = labels.map((label) => ({ label, value: round1(rng.int(100, 9000) / 10), source: sourceOf() }));
      return { ...base, columns: [{ name: 'label', type: 'string', label: 'Place' }, valueColumn, sourceColumn], rows, chartTag: `<BarChart dataset="${id}" label="label" value="value" sort="desc" title="${title}" />` };
    }
    case 'line': {
      const names = series(rng.int(3, 5));
      const years = Math.max(Math.ceil(minRows / names.length), Math.min(Math.floor(maxRows / names.length), rng.int(15, 45)));
      const start = rng.int(1960, 2024 - years);
      const rows: Row[] = [];
      for (const name of names) {
        let value = rng.int(80, 400);
        for (let y = 0; y < years; y++) {
          value = Math.max(10, value + rng.int(-15, 20));
          rows.push({ year: start + y, series: name, value: round1(value + rng.next()), source: sourceOf() });
        }
      }
      const columns: ColumnMeta[] = [{ name: 'year', type: 'integer', label: 'Year' }, { name: 'series', type: 'string', label: 'Series' }, valueColumn, sourceColumn];
      return { ...base, columns, rows, chartTag: `<LineChart dataset="${id}" x="year" y="value" series="series" title="${title}" />` };
    }
    case 'stacked': {
      const parts = series(rng.int(4, 6));
      const years = Math.max(Math.ceil(minRows / parts.length), Math.min(Math.floor(maxRows / parts.length), rng.int(6, 12)));
      const start = rng.int(1990, 2024 - years);
      const rows: Row[] = [];
      for (let y = 0; y < years; y++) for (const part of parts) rows.push({ year: start + y, part, value: round1(rng.int(50, 900) / 10), source: sourceOf() });
      const columns: ColumnMeta[] = [{ name: 'year', type: 'integer', label: 'Year' }, { name: 'part', type: 'string', label: 'Part' }, valueColumn, sourceColumn];
      return { ...base, columns, rows, chartTag: `<StackedBar dataset="${id}" label="year" stack="part" value="value" title="${title}" />` };
    }
    case 'timeline': {
      const count = rng.int(minRows, maxRows);
      const start = rng.int(0, 900);
      const days = distinctNames(rng, count, (r) => String(r.int(0, 1800))).map(Number).sort((a, b) => a - b);
      const rows = days.map((day) => ({ date: dateAfter(start + day), event: sentence(rng).slice(0, -1), source: sourceOf() }));
      const columns: ColumnMeta[] = [{ name: 'date', type: 'date', label: 'Date' }, { name: 'event', type: 'string', label: 'Event' }, sourceColumn];
      return { ...base, columns, rows, chartTag: `<Timeline dataset="${id}" date="date" text="event" title="${title}" />` };
    }
    case 'monthly': {
      const names = series(2);
      const months = rng.int(minRows / 2, maxRows / 2);
      const startYear = rng.int(2000, 2012);
      const rows: Row[] = [];
      for (const name of names) {
        let value = rng.int(20, 80);
        for (let m = 0; m < months; m++) {
          value = Math.max(1, value + rng.int(-4, 5));
          const month = `${startYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
          rows.push({ month, series: name, value: round1(value + rng.next()), source: sourceOf() });
        }
      }
      const columns: ColumnMeta[] = [{ name: 'month', type: 'date', label: 'Month' }, { name: 'series', type: 'string', label: 'Series' }, valueColumn, sourceColumn];
      return { ...base, columns, rows, chartTag: `<LineChart dataset="${id}" x="month" y="value" series="series" title="${title}" />` };
    }
  }
}

export const datasetTable = (dataset: DatasetModel): DataTable => ({ columns: dataset.columns, rows: dataset.rows });

// ── figure checks ───────────────────────────────────────────────────────────
interface FigurePlan {
  check: FigureCheck;
  /** The sentence of the original stating the figure (without the full stop) and the part a claim quotes. */
  quoteCore: string;
}

/** A figure check on one of the story's datasets, stated accurately or not; the assessment is what the data say. */
function planFigure(rng: Rng, which: number, datasets: Map<DatasetShape, DatasetModel>, wantAccurate: boolean): FigurePlan {
  const factor = wantAccurate ? 1 : rng.pick([0.7, 0.8, 1.25, 1.4]);
  let compute: ComputedCheck['compute'];
  let unit = UNITS;
  let label: string;
  let core: (statedText: string) => string;
  let dataset: DatasetModel;
  if (which === 0) {
    dataset = datasets.get('bar') as DatasetModel;
    const row = rng.pick(dataset.rows);
    compute = { dataset: dataset.id, column: 'value', op: 'value', of: [{ label: String(row.label) }], scale: 1 };
    label = `Units at ${row.label}`;
    core = (stated) => `${row.label} accounted for ${stated} last year`;
  } else if (which === 1) {
    dataset = datasets.get('line') as DatasetModel;
    const year = Number(rng.pick(dataset.rows).year);
    const inYear = dataset.rows.filter((r) => r.year === year).sort((a, b) => Number(b.value) - Number(a.value));
    const [high, low] = [inYear[0] as Row, inYear[inYear.length - 1] as Row];
    compute = { dataset: dataset.id, column: 'value', op: 'difference', of: [{ series: String(high.series), year }, { series: String(low.series), year }], scale: 1 };
    label = `Lead of ${high.series} over ${low.series}, ${year}`;
    core = (stated) => `the ${high.series} was ahead of the ${low.series} by ${stated} in ${year}`;
  } else {
    dataset = datasets.get('stacked') as DatasetModel;
    const row = rng.pick(dataset.rows);
    compute = { dataset: dataset.id, column: 'value', op: 'ratio', of: [{ year: Number(row.year), part: String(row.part) }, { year: Number(row.year) }], scale: 100 };
    unit = 'percent';
    label = `Share of the ${row.part} in ${row.year}`;
    core = (stated) => `the ${row.part} made up ${stated} of the total in ${row.year}`;
  }
  const draft: ComputedCheck = { label, stated: 0, statedText: '', unit, bound: 'exact', compute, tolerance: { relative: 0.03 }, assessment: 'accurate' };
  const result = computeFigure(draft, datasetTable(dataset));
  if (!result.ok) throw new Error(`bench generator: figure check on ${dataset.id} does not compute: ${result.message}`);
  const stated = round1(result.computed * factor);
  const statedText = unit === 'percent' ? `${stated} percent` : `${stated} ${unit}`;
  const check: ComputedCheck = { ...draft, stated, statedText };
  const final = computeFigure(check, datasetTable(dataset));
  check.assessment = final.ok && final.agrees ? 'accurate' : 'inaccurate';
  return { check, quoteCore: core(statedText) };
}

// ── one story ───────────────────────────────────────────────────────────────
interface ClaimSentence {
  /** The full sentence in the original. */
  sentence: string;
  /** The exact words the claim quotes. */
  quote: string;
}

function claimSentence(rng: Rng, figure?: FigurePlan): ClaimSentence {
  if (figure) {
    const lead = capitalise(sentence(rng).slice(0, -1));
    return { sentence: `${lead}, and ${figure.quoteCore}.`, quote: figure.quoteCore };
  }
  for (;;) {
    const s = sentence(rng);
    const words = s.slice(0, -1).split(' ');
    if (words.length < 9) continue;
    return { sentence: s, quote: words.slice(1).join(' ') };
  }
}

/** The original: filler sentences with the claim sentences spread through, each quote found exactly once. */
function makeOriginal(rng: Rng, claimSentences: ClaimSentence[], words: number): string {
  const claimWords = claimSentences.reduce((n, c) => n + wordCount(c.sentence), 0);
  const filler = sentences(rng, Math.max(0, words - claimWords));
  const quotes = claimSentences.map((c) => c.quote);
  // A filler sentence that happens to contain a quote would make it ambiguous: replace it.
  for (let i = 0; i < filler.length; i++) {
    while (quotes.some((q) => countOccurrences(filler[i] as string, q) > 0)) filler[i] = sentence(rng);
  }
  const all = [...filler];
  claimSentences.forEach((c, k) => {
    const at = Math.floor(((k + 0.5) * all.length) / (claimSentences.length + 0.5));
    all.splice(at, 0, c.sentence);
  });
  const paragraphs: string[] = [];
  for (let i = 0; i < all.length; ) {
    const size = rng.int(4, 9);
    paragraphs.push(all.slice(i, i + size).join(' '));
    i += size;
  }
  return `${paragraphs.join('\n\n')}\n`;
}

const cite = (source: string) => `<Cite source="${source}" />`;

/** A paragraph of explainer prose with `cites` citations placed before sentence ends, as editors write them. */
function proseParagraph(rng: Rng, words: number, cites: string[]): string {
  const list = sentences(rng, words);
  // Placeholders without spaces, so wrapping never breaks inside a tag.
  cites.forEach((_, k) => {
    const i = Math.min(list.length - 1, Math.floor((k * list.length) / Math.max(1, cites.length)));
    const s = list[i] as string;
    list[i] = `${s.slice(0, -1)}\u0000${k}\u0000.`;
  });
  // Wrap at ~100 characters like hand-edited MDX.
  const wrapped = list.join(' ').replace(/(.{90,}?) /g, '$1\n');
  return wrapped.replace(/\u0000(\d+)\u0000/g, (_, k: string) => cite(cites[Number(k)] as string));
}

function makeStory(rng: Rng, index: number, options: Required<SyntheticOptions>, poolSize: number): StoryModel {
  const id = storyId(index);
  const published = dateAfter(index * 3 + 400);
  const originalDate = dateAfter(index * 3 + rng.int(30, 300));

  // Sources: a slice of the shared pool, moving by half a slice per story (so neighbours share half), plus the story's own.
  const slice = options.sharedSourcesPerStory;
  const shared = Array.from({ length: Math.min(slice, poolSize) }, (_, k) => poolSourceId((index * poolStep(slice) + k) % poolSize));
  const own = Array.from({ length: options.ownSourcesPerStory }, (_, k) => `${id}-source-${k + 1}`);
  const storySources = [...new Set([...shared, ...own])];

  // Datasets and charts.
  const datasets = new Map<DatasetShape, DatasetModel>();
  for (const kind of DATASET_SHAPES) {
    const sources = rng.shuffle(storySources).slice(0, 2);
    datasets.set(kind, makeDataset(rng.fork(kind), `${id}-${kind}`, kind, sources));
  }

  // Claims: the first ones carry the figure checks.
  const figureCount = Math.min(3, options.figureChecksPerStory);
  const figures = Array.from({ length: figureCount }, (_, k) => planFigure(rng, k, datasets, rng.chance(0.65)));
  const claimSentences = Array.from({ length: options.claimsPerStory }, (_, k) => claimSentence(rng, figures[k]));
  let body = makeOriginal(rng, claimSentences, options.originalWords);
  // Belt and braces: every quote must be found exactly once; regenerate the original until it is.
  while (claimSentences.some((c) => countOccurrences(body, c.quote) !== 1)) body = makeOriginal(rng, claimSentences, options.originalWords);

  const claimVerdicts = ['true', 'mostly-true', 'half-true', 'mostly-false', 'false', 'misleading', 'unverified', 'opinion', 'prediction'];
  const claims: ClaimModel[] = claimSentences.map((c, k) => {
    const figure = figures[k];
    const verdict = figure
      ? figure.check.assessment === 'accurate' ? rng.pick(['true', 'mostly-true']) : rng.pick(['false', 'mostly-false'])
      : rng.pick(claimVerdicts);
    const evidence = Array.from({ length: rng.int(2, 3) }, () => {
      const e: ClaimData['evidence'][number] = { source: rng.pick(storySources), excerpt: sentence(rng) };
      if (rng.chance(0.5)) e.locator = `Table ${rng.int(1, 12)}`;
      if (rng.chance(0.5)) e.note = sentence(rng);
      return e;
    });
    const explanation = [sentences(rng, rng.int(50, 110)).join(' '), sentences(rng, rng.int(40, 90)).join(' ')].join('\n\n');
    const data: ClaimData = {
      quote: c.quote,
      claimant: `Unnamed author, article on ${rng.pick(NAMES).toLowerCase()}.example`,
      claimDate: originalDate,
      restatement: sentence(rng),
      claimReviewed: shortPhrase(rng, 75),
      verdict,
      summary: sentence(rng),
      explanation,
      evidence,
      figures: figure ? [figure.check] : [],
      topics: [rng.pick(['trade', 'markets', 'industry', 'energy', 'transport']), rng.pick(['policy', 'figures', 'companies'])],
    };
    return { slug: `${rng.pick(['market', 'figure', 'share', 'rise', 'claim', 'target'])}-${String(k + 1).padStart(2, '0')}`, data };
  });

  // The explainer: intro, the summary, five sections of three claims and one chart each.
  const citeQueue = rng.shuffle(storySources);
  const nextCites = (n: number) => Array.from({ length: n }, () => citeQueue.shift() ?? rng.pick(storySources));
  const perClaim = Math.max(30, Math.floor((options.explainerWords - 250) / options.claimsPerStory));
  const term = rng.pick(GLOSSARY_WORDS);
  const parts: string[] = [
    proseParagraph(rng, 80, nextCites(1)),
    `${proseParagraph(rng, 70, nextCites(1))} See <Term id="${term}">${term}</Term> in the glossary.`,
    "## What's true and what isn't",
    '<ClaimsSummary />',
    proseParagraph(rng, 60, []),
  ];
  const sections = DATASET_SHAPES.length;
  claims.forEach((claim, k) => {
    const section = Math.floor((k * sections) / claims.length);
    if (Math.floor(((k - 1) * sections) / claims.length) !== section || k === 0) parts.push(`## ${headline(rng)}`);
    parts.push(proseParagraph(rng, perClaim, nextCites(rng.int(1, 2))));
    parts.push(`<Claim id="${claim.slug}" />`);
    const lastOfSection = Math.floor(((k + 1) * sections) / claims.length) !== section;
    if (lastOfSection) {
      const dataset = datasets.get(DATASET_SHAPES[section] as DatasetShape) as DatasetModel;
      parts.push(dataset.chartTag);
      parts.push(proseParagraph(rng, 40, nextCites(citeQueue.length > 0 ? 1 : 0)));
    }
  });
  // Any sources left uncited go in a closing paragraph, so every source the story lists is cited.
  if (citeQueue.length) parts.push(proseParagraph(rng, 40, nextCites(citeQueue.length)));
  parts.push('<References />');

  const correction = index % 5 === 4 && claims[3];
  const data: StoryData = {
    title: `${headline(rng)}?`,
    dek: sentences(rng, 30).join(' '),
    authors: ['Bench desk'],
    published,
    ...(correction ? { updated: dateAfter(index * 3 + 420) } : {}),
    original: id,
    summary: sentences(rng, 50).join(' '),
    corrections: correction
      ? [{ date: dateAfter(index * 3 + 420), kind: 'correction', text: sentence(rng), claim: correction.slug, verdictBefore: correction.data.verdict === 'false' ? 'true' : 'false', verdictAfter: correction.data.verdict }]
      : [],
    excludeTerms: [],
  };
  const original: OriginalData = {
    title: `${headline(rng)}?`,
    language: 'zh',
    machineTranslated: true,
    outlet: `${rng.pick(NAMES).toLowerCase()}.example (content-aggregation site)`,
    author: 'unknown',
    published: originalDate,
  };
  return { id, data, original: { data: original, body }, claims, datasets: [...datasets.values()], body: `\n${parts.join('\n\n')}\n`, sources: storySources };
}

function makeSource(rng: Rng, index: number, own: boolean): Source {
  const date = dateAfter(rng.int(0, 1500), '2015-01-01');
  const source: Source = {
    title: headline(rng),
    publisher: `${rng.pick(NAMES)} ${rng.pick(['Statistics Office', 'Daily', 'Research', 'Ministry', 'Times', 'Review'])}`,
    date,
    url: `https://example.org/${own ? 'own' : 'pool'}/${index}/${rng.int(1000, 9999)}`,
    accessed: '2026-11-25',
    kind: rng.pick(SOURCE_KINDS),
  };
  if (rng.chance(0.3)) source.notes = sentence(rng);
  return source;
}

// ── files ───────────────────────────────────────────────────────────────────
const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

function csv(dataset: DatasetModel): string {
  const names = dataset.columns.map((c) => c.name);
  const cell = (value: Row[string] | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${[names.join(','), ...dataset.rows.map((row) => names.map((n) => cell(row[n])).join(','))].join('\n')}\n`;
}

const frontmatter = (data: object, body: string) => `---\n${yaml(data)}---\n${body}`;

/** Generates the content folder for `stories` stories. */
export function syntheticContent(options: SyntheticOptions): SyntheticContent {
  const opts: Required<SyntheticOptions> = {
    seed: 20261125,
    originalWords: 1500,
    explainerWords: 1500,
    claimsPerStory: 15,
    figureChecksPerStory: 3,
    sharedSourcesPerStory: 20,
    ownSourcesPerStory: 6,
    ...options,
  };
  const root = createRng(opts.seed);
  // The pool is only as large as the stories can cite, so no shared source is left uncited (a warning).
  const slice = opts.sharedSourcesPerStory;
  const poolSize = Math.min(2 * slice, slice + poolStep(slice) * (opts.stories - 1));
  const stories = Array.from({ length: opts.stories }, (_, i) => makeStory(root.fork(`story-${i}`), i, opts, poolSize));
  const sourceRng = root.fork('sources');
  const sources = [
    ...Array.from({ length: poolSize }, (_, i) => ({ id: poolSourceId(i), data: makeSource(sourceRng, i, false) })),
    ...stories.flatMap((s, i) => s.sources.filter((id) => id.startsWith(`${s.id}-`)).map((id, k) => ({ id, data: makeSource(sourceRng, i * 100 + k, true) }))),
  ];
  const glossaryRng = root.fork('glossary');
  const glossary = GLOSSARY_WORDS.map((word) => ({ id: word, term: word, matches: [word], definition: sentences(glossaryRng, 25).join(' '), sources: poolSize > 0 ? [poolSourceId(0)] : [] }));

  const files = new Map<string, string>();
  files.set('site.yaml', yaml({
    name: 'Marginalia bench',
    tagline: 'Synthetic content for the build benchmark.',
    language: 'en',
    publisher: { name: 'Bench desk', description: 'Generated content.', funding: 'None.', contact: 'Nobody.', correctionsPolicy: 'Corrections are logged on each story.' },
  }));
  files.set('verdicts.yaml', yaml(VERDICTS));
  files.set('glossary.yaml', yaml(glossary));
  for (const source of sources) files.set(`sources/${source.id}.yaml`, yaml(source.data));
  for (const story of stories) {
    files.set(`stories/${story.id}/index.mdx`, frontmatter(story.data, story.body));
    files.set(`originals/${story.id}.md`, frontmatter(story.original.data, story.original.body));
    for (const claim of story.claims) files.set(`claims/${story.id}/${claim.slug}.yaml`, yaml(claim.data));
    for (const dataset of story.datasets) {
      files.set(`datasets/${dataset.id}.yaml`, yaml({ title: dataset.title, description: dataset.description, columns: dataset.columns, sources: dataset.sources }));
      files.set(`datasets/${dataset.id}.csv`, csv(dataset));
    }
  }
  return { stories, sources, verdicts: VERDICTS, glossary, files };
}
