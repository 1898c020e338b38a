// `npm run new` and the dev workbench: plans the files for a new story or claim, with comments explaining every field.
// Pure: the caller reads the content, passes what exists, and writes the planned files. The starter files are valid
// against the schemas and pass the integrity checks, with "[replace: …]" placeholders (content/placeholder.ts) that
// the checks report until the editor fills them in: warnings while editing, errors in the build.
import { anchorQuote } from '../anchoring/anchor-quote.ts';
import { SLUG_PATTERN } from '../content/fields.ts';
import { placeholder, PLACEHOLDER_URL } from '../content/placeholder.ts';

export { PLACEHOLDER_URL };

export interface PlannedFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  content: string;
}

export type ScaffoldPlan =
  | { ok: true; create: PlannedFile[]; update: PlannedFile[]; next: string[]; notes: string[] }
  | { ok: false; message: string };

export interface ScaffoldVerdict {
  id: string;
  label: string;
  ordinal: number | null;
}

/** What exists in content/ that the scaffold builds on. */
export interface ContentSnapshot {
  /** Content folder relative to the project root: "content" unless MARGINALIA_CONTENT_DIR says otherwise. */
  contentDir: string;
  /** Whether a file (project-relative path) exists. */
  exists: (path: string) => boolean;
  /** Source ids in content/sources/. */
  sources: readonly string[];
  verdicts: readonly ScaffoldVerdict[];
  /** Today, YYYY-MM-DD. */
  today: string;
}

export const FIRST_CLAIM = 'first-claim';
const STARTER_QUOTE = placeholder('a sentence of the article that makes a claim');

/** A message saying why `slug` is not a valid id, or undefined when it is. */
export function slugProblem(what: string, slug: string | undefined): string | undefined {
  if (slug === undefined || slug === '') return `give the ${what} id, e.g. "xiaomi-harmonyos"`;
  if (SLUG_PATTERN.test(slug)) return undefined;
  const suggestion = slug
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const hint = suggestion && suggestion !== slug ? `, e.g. "${suggestion}"` : '';
  return `"${slug}" is not a valid ${what} id: ids are file names made of lower-case letters a-z, digits and single hyphens${hint}`;
}

const join = (...parts: string[]) => parts.join('/').replace(/\/+/g, '/');

/** A YAML double-quoted scalar. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** The rating a starter claim gets: "unverified" when the scale has it, else the first off-scale rating, else the first. */
export function starterVerdict(verdicts: readonly ScaffoldVerdict[]): ScaffoldVerdict | undefined {
  return verdicts.find((v) => v.id === 'unverified') ?? verdicts.find((v) => v.ordinal === null) ?? verdicts[0];
}

function verdictList(verdicts: readonly ScaffoldVerdict[]): string[] {
  return verdicts.map((v) => `#   ${v.id.padEnd(14)} ${v.label}${v.ordinal === null ? ' (off the scale)' : ''}`);
}

function refuseExisting(snapshot: ContentSnapshot, paths: readonly string[]): string | undefined {
  const existing = paths.filter((p) => snapshot.exists(p));
  if (existing.length === 0) return undefined;
  return `${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was created. Choose another id, or remove the file first.`;
}

/** The source a starter claim cites: one that exists, or a starter source file planned alongside. */
function evidenceSource(snapshot: ContentSnapshot, preferred: readonly string[], starterId: string): { id: string; file?: PlannedFile } {
  const existing = preferred.find((id) => snapshot.sources.includes(id)) ?? [...snapshot.sources].sort()[0];
  if (existing) return { id: existing };
  return { id: starterId, file: { path: join(snapshot.contentDir, 'sources', `${starterId}.yaml`), content: sourceTemplate(snapshot.today) } };
}

export function sourceTemplate(today: string): string {
  return `# A source: one document the fact check relies on. Its id is this file's name.
# Replace every [replace: …] placeholder before publishing: readers follow these links. The build refuses them.

# The document's title as the publisher gives it.
title: ${yamlString(placeholder('the title of the source'))}
# Who published it: a company, agency, research firm or outlet.
publisher: ${yamlString(placeholder('the publisher'))}
# author: Optional, the person or team who wrote it.
# Publication date: YYYY-MM-DD, YYYY-MM or YYYY. Leave it out when the page has none and say so in notes.
date: ${today}
# The address of the document (http:// or https:// only). PLACEHOLDER: replace it with the real address.
url: ${PLACEHOLDER_URL}
# When you read it for this fact check, YYYY-MM-DD.
accessed: ${today}
# archived: Optional, a snapshot at a web archive you have opened yourself: url (its address, e.g.
#   https://web.archive.org/web/20220127000000/https://…) and date (the day it was captured, YYYY-MM-DD).
# What kind of document it is: primary-data, filing, press-release, analyst-report, news, repost, reference,
# speech or other.
kind: other
# language: Optional, BCP 47 language when it is not English, e.g. zh.
# notes: Optional caveats, e.g. "repost of an IDC release; IDC's own page is gone".
`;
}

export interface ClaimTemplateInput {
  quote: string;
  /** Words just before or after the quote, when it occurs more than once. */
  context?: QuoteContext;
  source: string;
  verdict: ScaffoldVerdict;
  verdicts: readonly ScaffoldVerdict[];
  story: string;
  contentDir: string;
  /** Where the quote was taken from, when the scaffold picked it. */
  quoteNote?: string;
}

export function claimTemplate(input: ClaimTemplateInput): string {
  const original = join(input.contentDir, 'originals', `${input.story}.md`);
  return `# A claim from the article under review. Its id is this file's name; the story shows it with
# <Claim id="…" /> (the file name without .yaml). Every field is explained above it; see docs/EDITING.md.
# Replace every [replace: …] placeholder: the checks list them, and the build refuses them.

# The exact words of the claim in the original (${original}). The build finds them there:
# whitespace, quote marks and case may differ, nothing else. If the words occur more than once, add
# prefix: (words just before) or suffix: (words just after) so they point at one place.${input.quoteNote ? `\n# ${input.quoteNote}` : ''}
quote: ${yamlString(input.quote)}
${input.context?.prefix ? `prefix: ${yamlString(input.context.prefix)}\n` : ''}${input.context?.suffix ? `suffix: ${yamlString(input.context.suffix)}\n` : ''}# Who made the claim: the article's author, or the person it quotes.
claimant: The author of the article under review
# claimDate: Optional, when the claim was made: YYYY-MM-DD, YYYY-MM or YYYY.
# The claim in plain words, as you checked it.
restatement: ${yamlString(placeholder('the claim in plain words, as checked'))}
# The claim in under 75 characters, without the rating (it goes into ClaimReview structured data).
claimReviewed: ${yamlString(placeholder('the claim in a few words'))}
# The rating, one of the ids in ${join(input.contentDir, 'verdicts.yaml')}:
${verdictList(input.verdicts).join('\n')}
verdict: ${input.verdict.id}
# The verdict in one line, shown beside the rating.
summary: ${yamlString(placeholder('the verdict in one line'))}
# What a general reader needs to follow the verdict. Separate paragraphs with a blank line.
explanation: ${yamlString(placeholder('the explanation: what the claim says, what the evidence shows, and why that leads to the rating'))}
# The evidence, one item per source: the source's id (a file name in ${join(input.contentDir, 'sources')}/ without
# .yaml), the figure or sentence you rely on quoted from it, and where in the source it is.
evidence:
  - source: ${input.source}
    excerpt: ${yamlString(placeholder('the figure or sentence you rely on, quoted from the source'))}
    locator: ${yamlString(placeholder('the page, table or paragraph'))}
    # note: Optional, how this evidence bears on the claim.
# figures: Optional figure checks: the build recomputes a number the claim states from a dataset and fails when
# the data contradict your assessment. For example:
#   - label: Smartphones shipped outside China, 2021
#     stated: 140                     # the number the article states, in unit
#     statedText: more than 140 million units
#     unit: million units
#     compute:
#       dataset: xiaomi-shipments     # a file name in content/datasets/ without .csv
#       column: units                 # the column holding the numbers
#       op: difference                # value | sum | difference | ratio
#       of:                           # row filters: value/sum take one, difference/ratio two
#         - { region: global, year: 2021 }
#         - { region: china, year: 2021 }
#       scale: 1                      # multiplies the result, e.g. 100 for a percentage
#     tolerance: { relative: 0.05 }   # or { absolute: 2 }
#     assessment: accurate            # accurate | inaccurate: your judgement, checked against the data
# Optional topics, for readers and search, e.g. [smartphones, sanctions].
topics: []
`;
}

export function originalTemplate(today: string): string {
  return `---
# The article under review. Its id is this file's name; the story names it in \`original:\`.
# Paste the article's text below the closing line of hyphens, verbatim (or its translation).

# The article's headline.
title: ${yamlString(placeholder('the headline of the article under review'))}
# BCP 47 language the article was written in, e.g. en, zh, de.
language: en
# true when the text below is a machine translation; then explain it in translationNote.
machineTranslated: false
# translationNote: Optional, how the translation was made.
# Where it appeared, and who wrote it: "unknown" when not known.
outlet: unknown
author: unknown
# When it was published: YYYY-MM-DD, YYYY-MM, YYYY, or unknown.
published: unknown
# publishedNote: Optional, how the date was established.
# url: Optional, the article's address (http:// or https://).
# archived: Optional, a snapshot at a web archive: url and date (the day it was captured).
# Scaffolded ${today}.
---
${placeholder('the article under review, verbatim')}

${STARTER_QUOTE}
`;
}

export function storyTemplate(input: { story: string; today: string; claim: string; source: string; contentDir: string }): string {
  return `---
# A fact-checked explainer. Its id (and address) is this folder's name: /${input.story}/.

# The headline.
title: ${yamlString(placeholder('the headline of the fact check'))}
# The standfirst under the headline: what the article under review says and what we checked.
dek: ${yamlString(placeholder('one or two sentences saying what the article claims and what we checked'))}
# Who wrote the fact check.
authors: [${yamlString(placeholder('your name'))}]
# First publication, YYYY-MM-DD. Add \`updated: YYYY-MM-DD\` when you revise the story.
published: ${input.today}
# The article under review: a file name in ${join(input.contentDir, 'originals')}/ without .md.
original: ${input.story}
# What is true and what is not, in two or three sentences, at the top of the story.
summary: ${yamlString(placeholder('the verdict on the article in two or three sentences'))}
# Corrections and updates, one item each, e.g.
#   - date: ${input.today}
#     kind: correction          # correction | update | clarification
#     text: What changed and why.
#     claim: ${input.claim}       # optional: the claim concerned
#     verdictBefore: half-true  # optional, with verdictAfter, when a rating changed
#     verdictAfter: mostly-false
corrections: []
---

{/* The story, in Markdown with components. The ones used most:
    Claim with id="…"      a claim card (a file name in ${join(input.contentDir, 'claims', input.story)}/)
    Cite with source="…"   a numbered citation of a source (a file name in ${join(input.contentDir, 'sources')}/)
    ClaimsSummary          how many claims got which rating
    BarChart, LineChart, StackedBar, Timeline with dataset="…"   charts drawn from ${join(input.contentDir, 'datasets')}/
    Term with id="…"       a glossary term
    See docs/EDITING.md for every component and its props. */}

${placeholder('the explainer: what the article says, why it matters, and what we found')}<Cite source="${input.source}" />.

<Claim id="${input.claim}" />
`;
}

/** `npm run new -- story <slug>`: the story, its original and one claim the story shows. */
export function planStory(slug: string | undefined, snapshot: ContentSnapshot): ScaffoldPlan {
  const problem = slugProblem('story', slug);
  if (problem || slug === undefined) return { ok: false, message: problem ?? 'give the story id' };
  const verdict = starterVerdict(snapshot.verdicts);
  if (!verdict) return { ok: false, message: `${join(snapshot.contentDir, 'verdicts.yaml')} has no ratings; add the rating scale first (see docs/EDITING.md)` };
  const dir = snapshot.contentDir;
  const storyFile = join(dir, 'stories', slug, 'index.mdx');
  const originalFile = join(dir, 'originals', `${slug}.md`);
  const claimFile = join(dir, 'claims', slug, `${FIRST_CLAIM}.yaml`);
  const source = evidenceSource(snapshot, [], `${slug}-source`);
  const refused = refuseExisting(snapshot, [storyFile, originalFile, claimFile, ...(source.file ? [source.file.path] : [])]);
  if (refused) return { ok: false, message: refused };
  const create: PlannedFile[] = [
    { path: storyFile, content: storyTemplate({ story: slug, today: snapshot.today, claim: FIRST_CLAIM, source: source.id, contentDir: dir }) },
    { path: originalFile, content: originalTemplate(snapshot.today) },
    { path: claimFile, content: claimTemplate({ quote: STARTER_QUOTE, source: source.id, verdict, verdicts: snapshot.verdicts, story: slug, contentDir: dir }) },
    ...(source.file ? [source.file] : []),
  ];
  const next = [
    `Paste the article under review into ${originalFile}, below its frontmatter, and fill in its fields.`,
    `Edit ${claimFile}: copy the claim's exact words from the original into \`quote\`, then rate it.`,
    source.file
      ? `Replace the placeholders in ${source.file.path}, including its address (${PLACEHOLDER_URL}).`
      : `The starter claim and story cite the existing source "${source.id}": cite the sources you actually rely on.`,
    `Write the story in ${storyFile}. Add claims with: npm run new -- claim ${slug} <claim-id>`,
    `Run npm run check:content, then npm run dev and open the story at /${slug}/.`,
  ];
  return { ok: true, create, update: [], next, notes: [] };
}

export interface ClaimSnapshot extends ContentSnapshot {
  /** The story's MDX file text, when the story exists. */
  storyText: string | undefined;
  /** The original's article text (without frontmatter), when it exists. */
  originalBody: string | undefined;
  /** Quotes of the story's existing claims. */
  takenQuotes: readonly string[];
  /** Sources the story's existing claims cite, first preferred. */
  storySources: readonly string[];
  /** The story's `original:` id. */
  originalId: string | undefined;
}

const collapse = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Sentences of the article, in order, as candidates for a claim's quote. */
export function sentences(body: string): string[] {
  const text = body.replace(/^#+\s*/gm, '').replace(/[*_>`]/g, ' ');
  return (text.match(/[^.!?。！？\n]+[.!?。！？]*/g) ?? []).map((s) => s.trim().replace(/\s+/g, ' '));
}

/** The first sentence of the original that no claim quotes yet and that occurs only once, or undefined. */
export function pickQuote(body: string, taken: readonly string[]): string | undefined {
  const used = taken.map(collapse);
  for (const sentence of sentences(body)) {
    const words = sentence.replace(/[.!?。！？]+$/, '');
    if (words.length < 12 || words.length > 240) continue;
    const key = collapse(words);
    if (used.some((quote) => quote.includes(key) || key.includes(quote))) continue;
    if (anchorQuote(body, { exact: words }).ok) return words;
  }
  return undefined;
}

/** Where to put a new claim card in the story: before a closing <References />, else at the end. */
export function addClaimToStory(storyText: string, claim: string): string {
  const tag = `<Claim id="${claim}" />`;
  const lines = storyText.replace(/\s+$/, '').split('\n');
  const last = lines.at(-1)?.trim() ?? '';
  if (/^<References\s*\/>$/.test(last)) return [...lines.slice(0, -1), tag, '', lines.at(-1), ''].join('\n');
  return `${lines.join('\n')}\n\n${tag}\n`;
}

/** Words around a quote that occurs more than once, pointing at one occurrence. */
export interface QuoteContext {
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** A claim id from the first words of its quote, unlike any in `taken`: "overseas-sales-reached-more". */
export function claimSlugFor(quote: string, taken: ReadonlySet<string>): string {
  const words = quote.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean).slice(0, 5);
  const base = words.join('-') || 'claim';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** `npm run new -- claim <story> <slug>`: a commented claim file, shown at the end of the story. */
export function planClaim(story: string | undefined, slug: string | undefined, snapshot: ClaimSnapshot, quote?: string, context?: QuoteContext): ScaffoldPlan {
  const problem = slugProblem('story', story) ?? slugProblem('claim', slug);
  if (problem || story === undefined || slug === undefined) return { ok: false, message: problem ?? 'give the story and claim ids' };
  const dir = snapshot.contentDir;
  const storyFile = join(dir, 'stories', story, 'index.mdx');
  if (snapshot.storyText === undefined) return { ok: false, message: `there is no story "${story}" (${storyFile} not found); create it first with: npm run new -- story ${story}` };
  const claimFile = join(dir, 'claims', story, `${slug}.yaml`);
  const refused = refuseExisting(snapshot, [claimFile]);
  if (refused) return { ok: false, message: refused };
  const verdict = starterVerdict(snapshot.verdicts);
  if (!verdict) return { ok: false, message: `${join(dir, 'verdicts.yaml')} has no ratings; add the rating scale first (see docs/EDITING.md)` };
  const originalFile = join(dir, 'originals', `${snapshot.originalId ?? story}.md`);
  const notes: string[] = [];
  let chosen = quote?.trim();
  let quoteNote: string | undefined;
  if (chosen) {
    if (snapshot.originalBody !== undefined && !anchorQuote(snapshot.originalBody, { exact: chosen, prefix: context?.prefix, suffix: context?.suffix }).ok) {
      return { ok: false, message: `the quote "${chosen}" is not found exactly once in ${originalFile}; copy the exact words of the claim from it` };
    }
  } else {
    chosen = snapshot.originalBody === undefined ? undefined : pickQuote(snapshot.originalBody, snapshot.takenQuotes);
    if (chosen) quoteNote = `PLACEHOLDER: the first sentence of the original no other claim quotes yet; replace it with the claim's words.`;
    else {
      chosen = placeholder('the exact words of the claim');
      notes.push(`No unquoted sentence found in ${originalFile}: \`quote\` is a placeholder, and npm run check:content reports it until you copy the claim's words.`);
    }
  }
  const source = evidenceSource(snapshot, snapshot.storySources, `${story}-source`);
  if (source.file && snapshot.exists(source.file.path)) return { ok: false, message: `${source.file.path} already exists but could not be read; fix it first` };
  const content = claimTemplate({ quote: chosen, source: source.id, verdict, verdicts: snapshot.verdicts, story, contentDir: dir, ...(quoteNote ? { quoteNote } : {}), ...(context ? { context } : {}) });
  const shown = new RegExp(`<Claim\\s+id=["']${slug}["']`).test(snapshot.storyText);
  return {
    ok: true,
    create: [{ path: claimFile, content }, ...(source.file ? [source.file] : [])],
    update: shown ? [] : [{ path: storyFile, content: addClaimToStory(snapshot.storyText, slug) }],
    next: [
      `Edit ${claimFile}: check \`quote\` against the original, restate the claim, rate it and give the evidence.`,
      shown ? `${storyFile} already shows it with <Claim id="${slug}" />.` : `<Claim id="${slug}" /> was added at the end of ${storyFile}: move it to where the story discusses the claim.`,
      `Run npm run check:content, then npm run dev and open /${story}/claims/${slug}/.`,
    ],
    notes,
  };
}
