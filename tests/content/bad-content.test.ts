// Bad content: each test copies the valid fixture to a temporary folder, breaks ONE thing in a real file,
// and runs checkContent (the code the build and `npm run check:content` run). The problem must name the file,
// the field, say what is wrong and, where the rule has one, how to fix it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/integrity/check-content.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problem.ts';
import { FixtureCopy, VALID_ROOT, removeCopies } from './mutate-fixture.ts';

const CLAIM = 'content/claims/demo/overseas.yaml';
const FUTURE = 'content/claims/demo/future.yaml';
const STORY = 'content/stories/demo/index.mdx';
const ORIGINAL = 'content/originals/demo.md';
const VERDICTS = 'content/verdicts.yaml';
const GLOSSARY = 'content/glossary.yaml';
const STATS = 'content/sources/stats-office.yaml';
const NEWS = 'content/sources/news-report.yaml';
const DATASET = 'content/datasets/widget-sales.yaml';
const CSV = 'content/datasets/widget-sales.csv';
const SITE = 'content/site.yaml';

interface Expected {
  severity?: 'error' | 'warning';
  file: string;
  field: string;
  /** A phrase the message must contain. */
  message: string;
  /** A phrase the fix must contain; `null` when the rule gives no fix. */
  fix: string;
}

interface Case {
  name: string;
  mutate: (copy: FixtureCopy) => unknown;
  expected: Expected[];
  /** Every problem the mutation causes, as `severity file › field`, when the rule must report nothing else. */
  all?: string[];
}

afterAll(removeCopies);

function run(mutate: (copy: FixtureCopy) => unknown): Problem[] {
  const copy = new FixtureCopy();
  mutate(copy);
  return checkContent(copy.root).problems;
}

const where = (p: Problem) => `${p.severity} ${p.file}${p.field ? ` › ${p.field}` : ''}`;

function expectProblem(problems: Problem[], want: Expected): void {
  expect(problems).toContainEqual(
    expect.objectContaining({
      severity: want.severity ?? 'error',
      file: want.file,
      field: want.field,
      message: expect.stringContaining(want.message),
      fix: expect.stringContaining(want.fix),
    }),
  );
}

/** What an invalid story leaves unused: its claims, the source only it cites, the dataset only it draws. */
/** A YAML list entry for verdicts.yaml. */
const verdictEntry = (id: string, label: string, ordinal: string) =>
  `- id: ${id}\n  label: ${label}\n  ordinal: ${ordinal}\n  tone: neutral\n  icon: question\n  meaning: Added by a test.\n`;

const cases: Case[] = [
  // ── references ────────────────────────────────────────────────────────────
  {
    name: 'claim evidence naming an unknown source',
    mutate: (c) => c.replace(CLAIM, 'source: stats-office', 'source: stats-ofice'),
    expected: [{ file: CLAIM, field: 'evidence[0].source', message: 'no source "stats-ofice" (known: stats-office, news-report)', fix: 'add content/sources/stats-ofice.yaml' }],
    all: [`error ${CLAIM} › evidence[0].source`],
  },
  {
    name: 'claim with a verdict not on the rating scale',
    mutate: (c) => c.replace(CLAIM, 'verdict: true', 'verdict: mostly-true'),
    expected: [{ file: CLAIM, field: 'verdict', message: '"mostly-true" is not on the rating scale (known: ', fix: 'use an id from content/verdicts.yaml' }],
    all: [`error ${CLAIM} › verdict`],
  },
  {
    name: 'correction with a verdict not on the rating scale',
    mutate: (c) => c.replace(STORY, 'verdictBefore: false', 'verdictBefore: wrong'),
    expected: [{ file: STORY, field: 'corrections[0].verdictBefore', message: '"wrong" is not on the rating scale', fix: 'use an id from content/verdicts.yaml' }],
    all: [`error ${STORY} › corrections[0].verdictBefore`],
  },
  {
    name: 'correction naming a claim the story does not have',
    mutate: (c) => c.replace(STORY, 'claim: overseas', 'claim: abroad'),
    expected: [{ file: STORY, field: 'corrections[0].claim', message: 'no claim "abroad" in content/claims/demo/', fix: 'give the short id of a claim of this story, or leave `claim` out' }],
    all: [`error ${STORY} › corrections[0].claim`],
  },
  {
    name: 'correction giving only one of verdictBefore and verdictAfter',
    mutate: (c) => c.replace(STORY, '    verdictAfter: true\n', ''),
    expected: [{ file: STORY, field: 'corrections[0]', message: 'gives only one of verdictBefore and verdictAfter', fix: 'give both when a rating changed, or neither' }],
    all: [`error ${STORY} › corrections[0]`],
  },
  {
    name: 'story naming an original that does not exist',
    mutate: (c) => c.replace(STORY, 'original: demo', 'original: dmeo'),
    expected: [{ file: STORY, field: 'original', message: 'no original "dmeo" (known: demo)', fix: 'add content/originals/dmeo.md or fix the id' }],
    all: [`error ${STORY} › original`],
  },
  {
    name: 'glossary term citing an unknown source',
    mutate: (c) => c.replace(GLOSSARY, 'sources: [stats-office]', 'sources: [stats]'),
    expected: [{ file: GLOSSARY, field: '[0].sources[0]', message: 'no source "stats"', fix: 'add content/sources/stats.yaml' }],
    all: [`error ${GLOSSARY} › [0].sources[0]`],
  },
  {
    name: 'CSV row naming a source the metadata does not list',
    mutate: (c) => c.replace(DATASET, 'sources: [stats-office, news-report]', 'sources: [stats-office]'),
    expected: [{ file: DATASET, field: 'sources', message: 'does not list "news-report", which line 4 of the CSV cites', fix: 'add "news-report" to `sources:`' }],
    all: [`error ${DATASET} › sources`],
  },
  {
    name: 'CSV row naming an unknown source',
    mutate: (c) => c.replace(CSV, '2022-02-01,news-report', '2022-02-01,daily-news'),
    expected: [{ file: CSV, field: 'line 4 › source', message: 'no source "daily-news"', fix: 'add content/sources/daily-news.yaml' }],
    all: [`error ${CSV} › line 4 › source`],
  },
  {
    name: 'claim in a folder that has no story',
    mutate: (c) => {
      c.write('content/claims/other/lost.yaml', c.read(FUTURE));
    },
    expected: [{ file: 'content/claims/other/lost.yaml', field: '', message: 'belongs to story folder "other", but there is no content/stories/other/index.mdx', fix: "move the claim into a story's folder (known: demo)" }],
    all: ['error content/claims/other/lost.yaml', 'warning content/claims/other/lost.yaml'],
  },

  // ── ids ───────────────────────────────────────────────────────────────────
  {
    name: 'duplicate verdict id',
    mutate: (c) => c.append(VERDICTS, verdictEntry('opinion', 'Opinion again', 'null')),
    expected: [{ file: VERDICTS, field: '[4].id', message: 'duplicate verdict id "opinion" (also at [3])', fix: 'give each entry its own id' }],
    all: [`error ${VERDICTS} › [4].id`],
  },
  {
    name: 'two verdicts at the same ordinal',
    mutate: (c) => c.replace(VERDICTS, 'ordinal: 2', 'ordinal: 3'),
    expected: [{ file: VERDICTS, field: '[1].ordinal', message: '3 is already the ordinal of "true"', fix: 'give each rating on the scale its own position' }],
    all: [`error ${VERDICTS} › [1].ordinal`],
  },
  {
    name: 'duplicate glossary id',
    mutate: (c) => c.append(GLOSSARY, '- id: widget\n  term: gizmo\n  definition: Another device.\n'),
    expected: [{ file: GLOSSARY, field: '[1].id', message: 'duplicate glossary id "widget" (also at [0])', fix: 'give each entry its own id' }],
    all: [`error ${GLOSSARY} › [1].id`],
  },
  {
    name: 'a word marking two glossary terms',
    mutate: (c) => c.append(GLOSSARY, '- id: gadget\n  term: gadget\n  matches: [gadgets, Widgets]\n  definition: Another device.\n'),
    expected: [{ file: GLOSSARY, field: '[1].matches[1]', message: '"Widgets" already marks the term "widget"', fix: 'a word can mark only one glossary term' }],
    all: [`error ${GLOSSARY} › [1].matches[1]`],
  },

  // ── story MDX ─────────────────────────────────────────────────────────────
  {
    name: 'story showing a claim that does not exist',
    mutate: (c) => c.replace(STORY, '<Claim id="future" />', '<Claim id="nope" />'),
    expected: [
      { file: STORY, field: 'line 22 <Claim id="nope">', message: 'no claim "nope" in content/claims/demo/ (known: ', fix: 'add content/claims/demo/nope.yaml' },
      { severity: 'warning', file: FUTURE, field: '', message: 'is never shown', fix: '<Claim id="future" />' },
    ],
    all: [`error ${STORY} › line 22 <Claim id="nope">`, `warning ${FUTURE}`],
  },
  {
    name: '<Cite> naming an unknown source',
    mutate: (c) => c.replace(STORY, '<Cite source="news-report" />', '<Cite source="news-reprot" />'),
    expected: [{ file: STORY, field: 'line 16 <Cite source="news-reprot">', message: 'no source "news-reprot" (known: news-report, stats-office)', fix: 'add content/sources/news-reprot.yaml' }],
    all: [`error ${STORY} › line 16 <Cite source="news-reprot">`],
  },
  {
    name: 'unknown component in the MDX',
    mutate: (c) => c.append(STORY, '\n<PieChart dataset="widget-sales" />\n'),
    expected: [{ file: STORY, field: 'line 24 <PieChart>', message: 'unknown component <PieChart>', fix: 'use one of the story components (known: ' }],
    all: [`error ${STORY} › line 24 <PieChart>`],
  },
  {
    name: 'component missing a required prop',
    mutate: (c) => c.replace(STORY, '<Cite source="news-report" />', '<Cite />'),
    expected: [{ file: STORY, field: 'line 16 <Cite>', message: 'is missing the `source` prop', fix: 'write it as source="…"' }],
    all: [`error ${STORY} › line 16 <Cite>`],
  },
  {
    name: 'chart naming an unknown dataset',
    mutate: (c) => c.replace(STORY, 'dataset="widget-sales"', 'dataset="widget-sale"'),
    expected: [{ file: STORY, field: 'line 20 <BarChart dataset="widget-sale">', message: 'no dataset "widget-sale" (known: widget-sales)', fix: 'add content/datasets/widget-sale.csv with its .yaml' }],
    all: [`error ${STORY} › line 20 <BarChart dataset="widget-sale">`],
  },
  {
    name: 'chart naming an unknown column',
    mutate: (c) => c.replace(STORY, 'value="units"', 'value="unit"'),
    expected: [{ file: STORY, field: 'line 20 <BarChart value="unit">', message: 'dataset "widget-sales" has no column "unit" (known: units, ', fix: `use a column declared in ${DATASET}` }],
    all: [`error ${STORY} › line 20 <BarChart value="unit">`],
  },
  {
    name: 'chart naming an unknown column in a list prop',
    mutate: (c) => c.replace(STORY, 'value="units"', 'value={["units", "yr"]}'),
    expected: [{ file: STORY, field: 'line 20 <BarChart value="yr">', message: 'dataset "widget-sales" has no column "yr" (known: year, ', fix: `use a column declared in ${DATASET}` }],
    all: [`error ${STORY} › line 20 <BarChart value="yr">`],
  },
  {
    name: '<Term> naming an unknown glossary term',
    mutate: (c) => c.append(STORY, '\nA <Term id="gizmo" />.\n'),
    expected: [{ file: STORY, field: 'line 24 <Term id="gizmo">', message: 'no glossary term "gizmo" (known: widget)', fix: 'add it to content/glossary.yaml or fix the id' }],
    all: [`error ${STORY} › line 24 <Term id="gizmo">`],
  },

  // ── story MDX, as the build's MDX parser reads it ─────────────────────────
  {
    name: 'MDX: a component opened and never closed',
    mutate: (c) => c.replace(STORY, '<Claim id="overseas" />', '<Claim id="overseas">'),
    expected: [{ file: STORY, field: 'line 18', message: '<Claim> is opened but never closed', fix: 'end the tag with /> (as in <Claim … />), or add </Claim>' }],
    // The story cannot be read: no cascade of warnings about what it shows or cites.
    all: [`error ${STORY} › line 18`],
  },
  {
    name: 'MDX: a stray { in the text',
    mutate: (c) => c.replace(STORY, "The maker's sales", "The maker's { sales"),
    expected: [{ file: STORY, field: 'line 16', message: 'a { is never closed', fix: 'remove the stray {, or close it with }' }],
    all: [`error ${STORY} › line 16`],
  },
  {
    name: 'MDX: a closing tag that closes nothing',
    mutate: (c) => c.append(STORY, '\n</BarChart>\n'),
    expected: [{ file: STORY, field: 'line 24', message: '</BarChart> closes a tag that was never opened', fix: 'remove </BarChart>' }],
    all: [`error ${STORY} › line 24`],
  },
  {
    name: 'MDX: a prop value without quotes',
    mutate: (c) => c.replace(STORY, '<Cite source="news-report" />', '<Cite source=news-report />'),
    expected: [{ file: STORY, field: 'line 16', message: 'a value in the <Cite> tag is not in quotes', fix: 'put text values in double quotes' }],
    all: [`error ${STORY} › line 16`],
  },
  {
    name: 'MDX: a component written in lower case',
    mutate: (c) => c.replace(STORY, '<Claim id="future" />', '<claim id="future" />'),
    expected: [
      { file: STORY, field: 'line 22 <claim>', message: 'is not a story component: components start with a capital letter', fix: 'write <Claim>' },
      { severity: 'warning', file: FUTURE, field: '', message: 'is never shown', fix: 'add <Claim id="future" />' },
    ],
  },
  {
    name: 'MDX: a prop the component does not take',
    mutate: (c) => c.replace(STORY, '<Claim id="overseas" />', '<Claim id="overseas" level={1} />'),
    expected: [{ file: STORY, field: 'line 18 <Claim level>', message: 'unknown prop "level"', fix: '<Claim> takes id' }],
    all: [`error ${STORY} › line 18 <Claim level>`],
  },
  {
    name: 'MDX: text inside a component that shows none',
    mutate: (c) => c.replace(STORY, '<Claim id="overseas" />', '<Claim id="overseas">Our view.</Claim>'),
    expected: [{ file: STORY, field: 'line 18 <Claim>', message: 'takes nothing between its tags', fix: 'write it as one tag ending in />' }],
  },

  // ── dates named for what is wrong, and no cascades ─────────────────────────
  {
    name: 'a story date with month 13 and day 45: one problem, no false warnings',
    mutate: (c) => c.replace(STORY, 'published: 2026-11-01', 'published: 2024-13-45'),
    expected: [{ file: STORY, field: 'published', message: 'text "2024-13-45" is not a date: there is no month 13', fix: 'write a real date as YYYY-MM-DD' }],
    all: [`error ${STORY} › published`],
  },
  {
    name: 'a correction on 30 February',
    mutate: (c) => c.replace(STORY, 'date: 2026-11-02', 'date: 2026-02-30'),
    expected: [{ file: STORY, field: 'corrections[0].date', message: 'is not a date: February 2026 has 28 days', fix: 'write a real date as YYYY-MM-DD' }],
    all: [`error ${STORY} › corrections[0].date`],
  },

  // ── figure checks: unverified, floors and ceilings ─────────────────────────
  {
    name: 'an unverified figure without a note saying why',
    mutate: (c) => c.replace(CLAIM, 'assessment: accurate', 'assessment: unverified'),
    expected: [{ file: CLAIM, field: 'figures[0].note', message: 'is required when the assessment is unverified', fix: 'say why the figure could not be verified' }],
    all: [`error ${CLAIM} › figures[0].note`],
  },
  {
    name: 'a figure marked accurate with nothing to compute it from',
    mutate: (c) => c.replace(CLAIM, /    compute:\n[\s\S]*?    tolerance: \{ relative: 0\.05 \}\n/, ''),
    expected: [{ file: CLAIM, field: 'figures[0].compute', message: 'is required to check a figure against the data', fix: 'set assessment: unverified with a note' }],
    all: [`error ${CLAIM} › figures[0].compute`],
  },
  {
    name: 'a floor ("more than") the data fall short of by more than the tolerance',
    mutate: (c) => c.replace(CLAIM, 'tolerance: { relative: 0.05 }', 'tolerance: { relative: 0.001 }\n    bound: lower'),
    expected: [{ file: CLAIM, field: 'figures[0].assessment', message: 'marked accurate, but the data give 139.2 million units against the stated floor of 140 — outside the tolerance of 0.1 %', fix: 'correct the assessment' }],
    all: [`error ${CLAIM} › figures[0].assessment`],
  },

  // ── scaffold placeholders ──────────────────────────────────────────────────
  {
    name: 'a scaffold placeholder left in a claim (a warning while editing)',
    mutate: (c) => c.replace(CLAIM, 'summary: The data give 139.2 million, close to the stated figure.', 'summary: "[replace: the verdict in one line]"'),
    expected: [{ severity: 'warning', file: CLAIM, field: 'summary', message: 'still holds the placeholder "[replace: the verdict in one line]"', fix: 'the build refuses placeholders' }],
    all: [`warning ${CLAIM} › summary`],
  },
  {
    name: 'the scaffold\'s placeholder address left in a source',
    mutate: (c) => c.replace(NEWS, 'url: https://example.org/news/widgets', 'url: https://example.org/replace-me'),
    expected: [{ severity: 'warning', file: NEWS, field: 'url', message: 'still holds the placeholder address https://example.org/replace-me', fix: 'write the real text (or address)' }],
    all: [`warning ${NEWS} › url`],
  },
  {
    name: 'a placeholder in the story text, by line',
    mutate: (c) => c.replace(STORY, "The maker's sales", "[replace: the explainer] The maker's sales"),
    expected: [{ severity: 'warning', file: STORY, field: 'line 16', message: 'still holds the placeholder "[replace: the explainer]"', fix: 'before publishing' }],
  },

  // ── CSV ─────────────────────────────────────────────────────────────────────
  {
    name: 'a decimal in an integer column, with advice for whole numbers',
    mutate: (c) => c.replace(CSV, 'europe,2021,40', 'europe,2021.0x,40'),
    expected: [{ file: CSV, field: 'line 4 › year', message: '"2021.0x" is not a number (column type integer)', fix: 'write a whole number in plain digits' }],
    all: [`error ${CSV} › line 4 › year`],
  },

  // ── glossary scope ──────────────────────────────────────────────────────────
  {
    name: '<Term> naming a term that belongs to another story',
    mutate: (c) => {
      c.replace(GLOSSARY, '- id: widget\n', '- id: widget\n  stories: [rival]\n');
      c.write('content/stories/rival/index.mdx', c.read(STORY).replace(/<Claim[^\n]*\n/g, '').replace(/corrections:[\s\S]*?---/, 'corrections: []\n---'));
      c.append(STORY, '\nA <Term id="widget">widget</Term>.\n');
    },
    expected: [{ file: STORY, field: 'line 24 <Term id="widget">', message: 'the glossary term "widget" belongs to other stories (rival)', fix: 'add demo to its `stories:` in content/glossary.yaml' }],
  },
  {
    name: 'a glossary term scoped to a story that does not exist',
    mutate: (c) => c.replace(GLOSSARY, '- id: widget\n', '- id: widget\n  stories: [dmeo]\n'),
    expected: [{ file: GLOSSARY, field: '[0].stories[0]', message: 'no story "dmeo" (known: demo)', fix: 'give the folder name of a story' }],
    all: [`error ${GLOSSARY} › [0].stories[0]`],
  },
  {
    name: 'a story excluding a term that does not exist',
    mutate: (c) => c.replace(STORY, 'summary: Mostly right.', 'summary: Mostly right.\nexcludeTerms: [widgte]'),
    expected: [{ file: STORY, field: 'excludeTerms[0]', message: 'no glossary term "widgte" (known: widget)', fix: 'give the id of a term in content/glossary.yaml' }],
    all: [`error ${STORY} › excludeTerms[0]`],
  },
  {
    name: '<Term> naming a term the story excludes',
    mutate: (c) => {
      c.replace(STORY, 'summary: Mostly right.', 'summary: Mostly right.\nexcludeTerms: [widget]');
      c.append(STORY, '\nA <Term id="widget">widget</Term>.\n');
    },
    expected: [{ file: STORY, field: 'line 25 <Term id="widget">', message: 'the glossary term "widget" is excluded from this story (excludeTerms)', fix: 'remove "widget" from excludeTerms' }],
  },

  // ── claims: quote, claimReviewed, figures ─────────────────────────────────
  {
    name: 'claim quote not in the original (shows the nearest passage)',
    mutate: (c) => c.replace(CLAIM, 'quote: overseas sales reached more than 140 million units', 'quote: overseas sales reached more than 150 million units'),
    expected: [
      { file: CLAIM, field: 'quote', message: `not found in ${ORIGINAL} (nearest passage, `, fix: `copy the exact words from ${ORIGINAL}, or correct the original` },
    ],
    all: [`error ${CLAIM} › quote`],
  },
  {
    name: 'claim quote that occurs twice',
    mutate: (c) => c.replace(FUTURE, 'quote: The company will certainly win in the future.', 'quote: million units'),
    expected: [{ file: FUTURE, field: 'quote', message: `found 2 times in ${ORIGINAL}`, fix: 'add a `prefix:` (the words just before) or `suffix:` (the words just after)' }],
    all: [`error ${FUTURE} › quote`],
  },
  {
    name: 'claimReviewed of 75 characters or more',
    mutate: (c) => c.replace(FUTURE, 'claimReviewed: The company will win market share in future', `claimReviewed: ${'The company will win market share in every market in the future, says'.padEnd(80, 'x')}`),
    expected: [{ file: FUTURE, field: 'claimReviewed', message: 'is 80 characters long; it must stay under 75', fix: 'shorten it to the gist of the claim' }],
    all: [`error ${FUTURE} › claimReviewed`],
  },
  {
    name: 'claimReviewed containing a verdict label',
    mutate: (c) => c.replace(FUTURE, 'claimReviewed: The company will win market share in future', 'claimReviewed: A misleading forecast of market share'),
    expected: [{ file: FUTURE, field: 'claimReviewed', message: 'contains the rating "Misleading"', fix: 'state the claim only; the rating goes in `verdict`' }],
    all: [`error ${FUTURE} › claimReviewed`],
  },
  {
    name: 'figure marked accurate but outside the tolerance',
    mutate: (c) => c.replace(CLAIM, 'stated: 140', 'stated: 160'),
    expected: [{ file: CLAIM, field: 'figures[0].assessment', message: 'marked accurate, but the data give 139.2 million units against the stated 160 — outside the tolerance of 5 %', fix: 'correct the assessment' }],
    all: [`error ${CLAIM} › figures[0].assessment`],
  },
  {
    name: 'figure marked inaccurate but within the tolerance',
    mutate: (c) => c.replace(CLAIM, 'assessment: accurate', 'assessment: inaccurate'),
    expected: [{ file: CLAIM, field: 'figures[0].assessment', message: 'marked inaccurate, but the data give 139.2 million units, within 5 % of the stated 140', fix: 'correct the assessment' }],
    all: [`error ${CLAIM} › figures[0].assessment`],
  },
  {
    name: 'figure filter on a column the dataset does not have',
    mutate: (c) => c.replace(CLAIM, '{ region: global, year: 2021 }', '{ regoin: global, year: 2021 }'),
    expected: [{ file: CLAIM, field: 'figures[0].compute.of[0].regoin', message: 'dataset has no column "regoin"', fix: 'filter on one of: region, year, units, date, source' }],
    all: [`error ${CLAIM} › figures[0].compute.of[0].regoin`],
  },
  {
    name: 'figure filter matching no row',
    mutate: (c) => c.replace(CLAIM, '{ region: china, year: 2021 }', '{ region: china, year: 2020 }'),
    expected: [{ file: CLAIM, field: 'figures[0].compute.of[1]', message: 'no row has region = "china" and year = 2020', fix: 'check the column names and values against the dataset CSV' }],
    all: [`error ${CLAIM} › figures[0].compute.of[1]`],
  },
  {
    name: 'figure computed from a column that is not a number',
    mutate: (c) => c.replace(CLAIM, 'column: units', 'column: region'),
    expected: [{ file: CLAIM, field: 'figures[0].compute.column', message: 'column "region" holds string values, not numbers', fix: 'choose a number column' }],
    all: [`error ${CLAIM} › figures[0].compute.column`],
  },
  {
    name: 'figure naming an unknown dataset',
    mutate: (c) => c.replace(CLAIM, 'dataset: widget-sales', 'dataset: gadget-sales'),
    expected: [{ file: CLAIM, field: 'figures[0].compute.dataset', message: 'no dataset "gadget-sales" (known: widget-sales)', fix: 'fix the id, or add content/datasets/gadget-sales.csv with its .yaml' }],
    all: [`error ${CLAIM} › figures[0].compute.dataset`],
  },

  // ── datasets ──────────────────────────────────────────────────────────────
  {
    name: 'CSV value that does not fit its column type',
    mutate: (c) => c.replace(CSV, 'china,2021,51.1,', 'china,2021,"51,1",'),
    expected: [{ file: CSV, field: 'line 3 › units', message: '"51,1" is not a number (column type number)', fix: 'no thousands separators' }],
    all: [`error ${CSV} › line 3 › units`],
  },
  {
    name: 'CSV date that is not a date',
    mutate: (c) => c.replace(CSV, 'europe,2021,40,2022-02-01', 'europe,2021,40,2022-02-30'),
    expected: [{ file: CSV, field: 'line 4 › date', message: '"2022-02-30" is not a date (column type date)', fix: 'write dates as YYYY-MM-DD' }],
    all: [`error ${CSV} › line 4 › date`],
  },
  {
    name: 'CSV integer column holding a decimal',
    mutate: (c) => c.replace(CSV, 'europe,2021,', 'europe,2021.5,'),
    expected: [{ file: CSV, field: 'line 4 › year', message: '"2021.5" is not a whole number (column type integer)', fix: 'declare the column `type: number`' }],
    all: [`error ${CSV} › line 4 › year`],
  },
  {
    name: 'CSV row with the wrong number of values',
    mutate: (c) => c.replace(CSV, 'europe,2021,40,2022-02-01,news-report', 'europe,2021,40,2022-02-01'),
    expected: [{ file: CSV, field: 'line 4', message: 'has 4 values but the header has 5 columns', fix: 'check for a missing or extra comma' }],
    all: [`error ${CSV} › line 4`],
  },
  {
    name: 'CSV header with a column the metadata does not declare',
    mutate: (c) => c.write(CSV, c.read(CSV).split('\n').map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'notes' : 'n/a'}`)).join('\n')),
    expected: [{ file: CSV, field: 'header › column 6', message: 'column "notes" is not declared in the metadata file', fix: 'rename it to one of: region, year, units, date, source' }],
    all: [`error ${CSV} › header › column 6`],
  },
  {
    name: 'declared column missing from the CSV',
    mutate: (c) => c.write(CSV, c.read(CSV).split('\n').map((line) => line.split(',').filter((_, i) => i !== 3).join(',')).join('\n')),
    expected: [{ file: CSV, field: 'header', message: 'declared column "date" is missing from the CSV', fix: 'add a "date" column to the CSV, or remove it from `columns:`' }],
    all: [`error ${CSV} › header`],
  },
  {
    name: 'dataset metadata without its CSV',
    mutate: (c) => c.remove(CSV),
    expected: [{ file: DATASET, field: '', message: `has no data file ${CSV}`, fix: 'put the CSV beside the metadata file' }],
    all: [`error ${DATASET}`],
  },
  {
    name: 'dataset column of an unknown type',
    mutate: (c) => c.replace(DATASET, '{ name: region, type: string }', '{ name: region, type: text }'),
    expected: [{ file: DATASET, field: 'columns[0].type', message: 'text "text" is not allowed', fix: 'use one of: string, number, integer, date, boolean, source' }],
    all: [`error ${DATASET} › columns[0].type`],
  },
  {
    name: 'reader label for a value the column does not hold (a typo)',
    mutate: (c) => c.replace(DATASET, '{ name: region, type: string }', '{ name: region, type: string, values: { global: Worldwide, chnia: China } }'),
    expected: [{ file: DATASET, field: 'columns[0].values.chnia', message: 'no row of content/datasets/widget-sales.csv has "chnia" in the column "region" (known: china, ', fix: 'label a value the column holds' }],
    all: [`error ${DATASET} › columns[0].values.chnia`],
  },

  // ── fields: URLs, dates, required, unknown, YAML types ────────────────────
  {
    name: 'javascript: URL',
    mutate: (c) => c.replace(NEWS, 'url: https://example.org/news/widgets', 'url: javascript:alert(1)'),
    expected: [{ file: NEWS, field: 'url', message: 'must be a full web address starting with https:// or http://', fix: "copy the full address from the browser's address bar" }],
    all: [`error ${NEWS} › url`],
  },
  {
    name: 'ftp:// URL',
    mutate: (c) => c.replace(STATS, 'url: https://example.org/widgets-2021', 'url: ftp://example.org/widgets-2021.csv'),
    expected: [{ file: STATS, field: 'url', message: 'text "ftp://example.org/widgets-2021.csv" must be a full web address', fix: "copy the full address from the browser's address bar" }],
    all: [`error ${STATS} › url`],
  },
  {
    name: 'a date that does not exist (2022-02-30)',
    mutate: (c) => c.replace(STATS, 'date: 2022-01-27', 'date: 2022-02-30'),
    expected: [{ file: STATS, field: 'date', message: 'text "2022-02-30" is not a date: February 2022 has 28 days', fix: 'write a real date as YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)' }],
    all: [`error ${STATS} › date`],
  },
  {
    name: 'a date written as a word (yesterday)',
    mutate: (c) => c.replace(NEWS, 'accessed: 2026-11-25', 'accessed: yesterday'),
    expected: [{ file: NEWS, field: 'accessed', message: 'text "yesterday" is not written YYYY-MM-DD', fix: 'write a real date as YYYY-MM-DD, e.g. 2022-01-27' }],
    all: [`error ${NEWS} › accessed`],
  },
  {
    name: 'a correction date that does not exist',
    mutate: (c) => c.replace(STORY, 'date: 2026-11-02', 'date: 2026-13-02'),
    expected: [{ file: STORY, field: 'corrections[0].date', message: 'text "2026-13-02" is not a date: there is no month 13', fix: 'write a real date as YYYY-MM-DD' }],
    // The story cannot be read: no warnings about what it would have shown or cited, only the real problem.
    all: [`error ${STORY} › corrections[0].date`],
  },
  {
    name: 'missing required field',
    mutate: (c) => c.replace(FUTURE, 'claimant: Unnamed author\n', ''),
    expected: [{ file: FUTURE, field: 'claimant', message: 'is required but missing', fix: 'add `claimant:` with text' }],
    all: [`error ${FUTURE} › claimant`],
  },
  {
    name: 'missing required field inside a list entry',
    mutate: (c) => c.replace(FUTURE, '    excerpt: Widget maker grows.\n', ''),
    expected: [{ file: FUTURE, field: 'evidence[0].excerpt', message: 'is required but missing', fix: 'add `excerpt:` with text' }],
    all: [`error ${FUTURE} › evidence[0].excerpt`],
  },
  {
    name: 'unknown field (typo sumary)',
    mutate: (c) => c.replace(FUTURE, 'summary: A prediction', 'sumary: A prediction'),
    expected: [
      { file: FUTURE, field: 'sumary', message: 'unknown field "sumary"', fix: 'check the spelling; allowed fields are quote, prefix, suffix, claimant, claimDate, restatement, claimReviewed, verdict, summary,' },
      { file: FUTURE, field: 'summary', message: 'is required but missing', fix: 'add `summary:` with text' },
    ],
    all: [`error ${FUTURE} › summary`, `error ${FUTURE} › sumary`],
  },
  {
    name: 'YAML reading an unquoted true as a boolean',
    mutate: (c) => c.replace(SITE, 'tagline: A test site', 'tagline: true'),
    expected: [{ file: SITE, field: 'tagline', message: 'must be text, not boolean true', fix: 'YAML reads true as boolean; write it in quotes: "true"' }],
    all: [`error ${SITE} › tagline`],
  },
  {
    name: 'YAML reading a bare number where text is expected',
    mutate: (c) => c.replace(SITE, '  name: Fixture Newsroom', '  name: 2049'),
    expected: [{ file: SITE, field: 'publisher.name', message: 'must be text, not number 2049', fix: 'write it in quotes: "2049"' }],
    all: [`error ${SITE} › publisher.name`],
  },
  {
    name: 'a value not in the allowed list',
    mutate: (c) => c.replace(NEWS, 'kind: news', 'kind: newspaper'),
    expected: [{ file: NEWS, field: 'kind', message: 'text "newspaper" is not allowed', fix: 'use one of: primary-data, filing, press-release, analyst-report, news, repost, reference, speech, other' }],
    all: [`error ${NEWS} › kind`],
  },
  {
    name: 'claim without evidence',
    mutate: (c) => c.replace(FUTURE, /evidence:\n[\s\S]*$/, 'evidence: []\n'),
    expected: [{ file: FUTURE, field: 'evidence', message: 'needs at least one piece of evidence', fix: 'add one or more' }],
    all: [`error ${FUTURE} › evidence`],
  },

  // ── files: syntax, encoding, names ────────────────────────────────────────
  {
    name: 'malformed YAML (bad indentation)',
    mutate: (c) => c.replace(STATS, 'publisher: Statistics Office', '  publisher: Statistics Office'),
    expected: [{ file: STATS, field: '', message: 'is not valid YAML at line 1: Nested mappings are not allowed in compact mappings', fix: 'check the indentation' }],
    all: [`error ${STATS}`],
  },
  {
    name: 'malformed YAML in a list file (misaligned entry)',
    mutate: (c) => c.replace(VERDICTS, '- id: misleading', ' - id: misleading'),
    expected: [{ file: VERDICTS, field: '', message: 'is not valid YAML at line 7', fix: 'check the indentation' }],
  },
  {
    name: 'frontmatter without its closing ---',
    mutate: (c) => c.replace(ORIGINAL, 'published: 2022\n---\n', 'published: 2022\n'),
    expected: [{ file: ORIGINAL, field: 'frontmatter', message: 'is missing', fix: 'three hyphens (---)' }],
    all: [`error ${ORIGINAL} › frontmatter`],
  },
  {
    name: 'frontmatter that is not valid YAML (line counted in the file)',
    mutate: (c) => c.replace(STORY, 'dek: A test story.', 'dek: A test story: really.'),
    expected: [{ file: STORY, field: 'frontmatter', message: 'is not valid YAML at line 3', fix: 'quote text containing ": "' }],
    // The story cannot be read, so nothing counts as shown or cited: no warnings about it, no false errors.
    all: [`error ${STORY} › frontmatter`],
  },
  {
    name: 'original with no article text',
    mutate: (c) => c.replace(ORIGINAL, /(published: 2022\n---\n)[\s\S]*$/, '$1\n'),
    expected: [{ file: ORIGINAL, field: 'body', message: 'has no article text', fix: 'paste the article under review' }],
    all: [`error ${ORIGINAL} › body`],
  },
  {
    name: 'empty file',
    mutate: (c) => c.write(NEWS, ''),
    expected: [{ file: NEWS, field: '', message: 'is empty', fix: 'fill it in, or delete the file' }],
    all: [`error ${NEWS}`],
  },
  {
    name: 'Latin-1 bytes',
    mutate: (c) => c.write(GLOSSARY, Buffer.from(c.read(GLOSSARY).replace(/小部件/, 'widgét'), 'latin1')),
    expected: [{ file: GLOSSARY, field: '', message: 'is not valid UTF-8 text (perhaps Latin-1', fix: 'save the file as UTF-8' }],
    all: [`error ${GLOSSARY}`],
  },
  {
    name: 'UTF-16 with a byte-order mark',
    mutate: (c) => c.write(STATS, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(c.read(STATS), 'utf16le')])),
    expected: [{ file: STATS, field: '', message: 'is saved as UTF-16', fix: 'save the file as UTF-8' }],
    all: [`error ${STATS}`],
  },
  {
    name: 'file name that is not a slug',
    mutate: (c) => c.write('content/sources/Bad Name.yaml', c.read(STATS)),
    expected: [{ file: 'content/sources/Bad Name.yaml', field: '', message: 'file name "Bad Name" is not a valid id', fix: 'rename the file to lower-case letters, digits and hyphens' }],
    all: ['error content/sources/Bad Name.yaml'],
  },
  {
    name: 'story folder without index.mdx',
    mutate: (c) => c.write('content/stories/draft/notes.md', 'Ideas.\n'),
    expected: [{ file: 'content/stories/draft/index.mdx', field: '', message: 'is missing', fix: 'create it or remove content/stories/draft/' }],
    all: ['error content/stories/draft/index.mdx'],
  },
  {
    name: 'missing site.yaml',
    mutate: (c) => c.remove(SITE),
    expected: [{ file: SITE, field: '', message: 'is missing', fix: 'create it with the site name and publisher information' }],
    all: [`error ${SITE}`],
  },
  {
    name: 'a broken rating in verdicts.yaml is reported there, not again on the claims that use it',
    mutate: (c) => c.replace(VERDICTS, '  tone: true\n', '  tone: truthy\n'),
    expected: [{ file: VERDICTS, field: '[0].tone', message: 'text "truthy" is not allowed', fix: 'use one of: true, mostly-true' }],
    all: [`error ${VERDICTS} › [0].tone`],
  },
  {
    name: 'verdicts.yaml that is a mapping, not a list',
    mutate: (c) => c.write(VERDICTS, 'true: True\nfalse: False\n'),
    expected: [{ file: VERDICTS, field: '', message: 'must be a list of entries', fix: 'start each entry with "- id: …"' }],
  },

  // ── warnings ──────────────────────────────────────────────────────────────
  {
    name: 'source never cited',
    mutate: (c) => c.write('content/sources/spare.yaml', c.read(STATS)),
    expected: [{ severity: 'warning', file: 'content/sources/spare.yaml', field: '', message: 'is never cited', fix: 'or delete it' }],
    all: ['warning content/sources/spare.yaml'],
  },
  {
    name: 'claim never shown',
    mutate: (c) => c.replace(STORY, '\n<Claim id="future" />', ''),
    expected: [{ severity: 'warning', file: FUTURE, field: '', message: 'is never shown', fix: `add <Claim id="future" /> to ${STORY}` }],
    all: [`warning ${FUTURE}`],
  },
  {
    name: 'dataset never used',
    mutate: (c) => {
      c.write('content/datasets/spare.yaml', c.read(DATASET));
      c.write('content/datasets/spare.csv', c.read(CSV));
    },
    expected: [{ severity: 'warning', file: 'content/datasets/spare.yaml', field: '', message: 'is never drawn or used in a figure check', fix: "use it in a chart or a claim's figures, or delete it" }],
    all: ['warning content/datasets/spare.yaml'],
  },
];

describe('bad content: one mutation of the valid fixture, one problem in the right place', () => {
  it('has a distinct name for every mutation', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  for (const testCase of cases) {
    it(testCase.name, () => {
      const problems = run(testCase.mutate);
      if (testCase.expected.some((e) => (e.severity ?? 'error') === 'error')) {
        expect(problems.some((p) => p.severity === 'error')).toBe(true);
      }
      for (const want of testCase.expected) expectProblem(problems, want);
      if (testCase.all) expect(problems.map(where).sort()).toEqual([...testCase.all].sort());
    });
  }
});

describe('bad content: two stories', () => {
  /** The demo story, its original and claims again as a second story, "rival". */
  function withSecondStory(c: FixtureCopy): void {
    c.write('content/stories/rival/index.mdx', c.read(STORY).replace('original: demo', 'original: rival').replace(/corrections:[\s\S]*?---/, 'corrections: []\n---'));
    c.write('content/originals/rival.md', c.read(ORIGINAL));
    c.write('content/claims/rival/overseas.yaml', c.read(CLAIM));
    c.write('content/claims/rival/future.yaml', c.read(FUTURE));
  }

  it('start clean', () => {
    expect(run(withSecondStory)).toEqual([]);
  });

  it('one story\'s bad frontmatter gives exactly one problem, and the other story is unaffected', () => {
    const problems = run((c) => {
      withSecondStory(c);
      c.replace(STORY, 'published: 2026-11-01', 'published: 2024-13-45');
    });
    expect(problems.map(where)).toEqual([`error ${STORY} › published`]);
  });

  it('one story\'s broken YAML frontmatter gives exactly one problem too', () => {
    const problems = run((c) => {
      withSecondStory(c);
      c.replace(STORY, 'dek: A test story.', 'dek: A test story: really.');
    });
    expect(problems.map(where)).toEqual([`error ${STORY} › frontmatter`]);
  });

  it('one story\'s MDX syntax error gives exactly one problem, and the other story\'s claims are still judged', () => {
    const problems = run((c) => {
      withSecondStory(c);
      c.replace('content/stories/rival/index.mdx', '<Claim id="future" />', '');
      c.replace(STORY, '<Claim id="overseas" />', '<Claim id="overseas">');
    });
    expect(problems.map(where).sort()).toEqual([`error ${STORY} › line 18`, 'warning content/claims/rival/future.yaml'].sort());
  });
});

describe('bad content: the build refuses what editing only warns about', () => {
  it('turns a placeholder into an error when checking for the build', () => {
    const copy = new FixtureCopy();
    copy.replace(CLAIM, 'summary: The data give 139.2 million, close to the stated figure.', 'summary: "[replace: the verdict in one line]"');
    expect(checkContent(copy.root).problems.map(where)).toEqual([`warning ${CLAIM} › summary`]);
    expect(checkContent(copy.root, undefined, { purpose: 'build' }).problems.map(where)).toEqual([`error ${CLAIM} › summary`]);
  });
});

describe('bad content: every problem says how to fix it', () => {
  it('gives a fix for every problem of every mutation above', () => {
    for (const testCase of cases) {
      for (const problem of run(testCase.mutate)) expect(problem.fix, `${testCase.name}: ${formatProblem(problem)}`).toMatch(/\S/);
    }
  });
});

describe('bad content: reporting', () => {
  it('reports every error of several mutations together, not just the first', () => {
    // Eight mistakes in seven files (two in one claim); each is reported, and nothing else.
    const problems = run((c) => {
      c.replace(CLAIM, 'source: stats-office', 'source: stats-ofice');
      c.replace(VERDICTS, 'ordinal: 2', 'ordinal: 3');
      c.replace(STORY, 'value="units"', 'value="unit"');
      c.replace(NEWS, 'url: https://example.org/news/widgets', 'url: javascript:alert(1)');
      c.replace(CLAIM, 'stated: 140', 'stated: 160');
      c.replace(FUTURE, 'claimReviewed: The company will win market share in future', 'claimReviewed: A misleading forecast');
      c.append(GLOSSARY, '- id: widget\n  term: gizmo\n  definition: Another device.\n');
      c.write('content/sources/Bad Name.yaml', c.read(STATS));
    });
    expect(problems.map(where).sort()).toEqual(
      [
        `error ${CLAIM} › evidence[0].source`,
        `error ${VERDICTS} › [1].ordinal`,
        `error ${STORY} › line 20 <BarChart value="unit">`,
        `error ${NEWS} › url`,
        `error ${CLAIM} › figures[0].assessment`,
        `error ${FUTURE} › claimReviewed`,
        `error ${GLOSSARY} › [1].id`,
        'error content/sources/Bad Name.yaml',
      ].sort(),
    );
  });

  it('reports a claim quote line exactly as an editor reads it', () => {
    const problems = run((c) => c.replace(CLAIM, 'quote: overseas sales reached more than 140 million units', 'quote: overseas sales reached more than 150 million units'));
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0] as Problem)).toMatch(
      /^content\/claims\/demo\/overseas\.yaml › quote: not found in content\/originals\/demo\.md \(nearest passage, \d+ % similar: "overseas sales reached more than 140 million units"\)\. Fix: copy the exact words from content\/originals\/demo\.md, or correct the original$/,
    );
  });
});

describe('npm run check:content on a copy of the fixture', () => {
  const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
  const cli = (root: string) => {
    const env = { ...process.env };
    delete env.MARGINALIA_CONTENT_DIR;
    return spawnSync('node_modules/.bin/node', ['scripts/check-content.ts', root], { cwd: projectRoot, env, encoding: 'utf8', timeout: 60_000 });
  };

  it('exits 1 and prints the `file › field:` line for broken content', () => {
    const copy = new FixtureCopy();
    copy.replace(CLAIM, 'source: stats-office', 'source: stats-ofice');
    const result = cli(copy.root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`✗ ${CLAIM} › evidence[0].source: no source "stats-ofice" (known: stats-office, news-report). Fix: fix the id, or add content/sources/stats-ofice.yaml`);
    expect(result.stdout).toContain('1 error, 0 warnings in content/');
  });

  it('exits 0 on the valid fixture with 0 errors and 0 warnings', () => {
    const result = cli(VALID_ROOT);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('0 errors, 0 warnings in content/');
  });

  it('exits 0 when there are only warnings', () => {
    const copy = new FixtureCopy();
    copy.write('content/sources/spare.yaml', copy.read(STATS));
    const result = cli(copy.root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('! content/sources/spare.yaml: is never cited.');
    expect(result.stdout).toContain('0 errors, 1 warning in content/');
  });
});
