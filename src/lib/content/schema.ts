// Zod schemas for every collection in content/. Used by Astro's loaders (src/content.config.ts)
// and by the integrity checker, so the build and `npm run check:content` read content the same way.
import { z } from 'astro/zod';
import { isoDate, languageTag, partialDate, scalarToText, slug, text, webUrl } from './fields.ts';
import { archivedCopySchema, archivedIsItself } from './archived-copy.ts';

// ── verdicts.yaml ────────────────────────────────────────────────────────────
export const VERDICT_ICONS = ['check', 'check-partial', 'half', 'cross-partial', 'cross', 'warning', 'question', 'speech', 'clock'] as const;

export const VERDICT_TONES = ['true', 'mostly-true', 'mixed', 'misleading', 'mostly-false', 'false', 'neutral'] as const;

export const verdictSchema = z.strictObject({
  /** Id claims use in their `verdict` field. */
  id: slug,
  /** Label readers see, e.g. "Mostly true". */
  label: text,
  /** Position on the ordinal scale (higher = more accurate); null for ratings off the scale (opinion, unverifiable). */
  ordinal: z.number().int().nullable(),
  /** Colour family from the design tokens (--verdict-<tone>). */
  tone: z.preprocess(scalarToText, z.enum(VERDICT_TONES)),
  /** Icon shape drawn beside the label, so the rating never relies on colour alone. */
  icon: z.enum(VERDICT_ICONS),
  /** What the rating means, shown on the methodology page. */
  meaning: text,
});
export type Verdict = z.infer<typeof verdictSchema>;

// ── glossary.yaml ────────────────────────────────────────────────────────────
export const glossaryTermSchema = z.strictObject({
  id: slug,
  /** The term as a reader meets it, e.g. "Hongmeng". */
  term: text,
  /** The term in its own script, e.g. 鸿蒙, marked up with `lang`. */
  native: z.string().optional(),
  /** BCP 47 language of `native`, e.g. "zh". */
  lang: languageTag.optional(),
  /** Exact words (case-insensitive) to mark as this term in the original; defaults to `term`. */
  matches: z.array(text).default([]),
  /** One or two sentences a general reader understands. */
  definition: text,
  /** Sources backing the definition. */
  sources: z.array(slug).default([]),
  /** The stories (folder names) the term belongs to: it marks their text and original only. Empty: every story. */
  stories: z.array(slug).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

// ── sources/<id>.yaml ────────────────────────────────────────────────────────
export const SOURCE_KINDS = ['primary-data', 'filing', 'press-release', 'analyst-report', 'news', 'repost', 'reference', 'speech', 'other'] as const;

/** Refuses an `archived` copy that is the live address itself. */
function archivedElsewhere(page: { url?: string | undefined; archived?: { url: string; date: string } | undefined }, ctx: z.RefinementCtx) {
  if (archivedIsItself(page)) {
    ctx.addIssue({ code: 'custom', path: ['archived', 'url'], message: 'is the live address, not a copy at a web archive', params: { fix: 'write the address of a snapshot at a web archive (https://web.archive.org/web/…), or leave `archived` out' } });
  }
}

export const sourceSchema = z.strictObject({
  title: text,
  publisher: text,
  author: z.string().optional(),
  /** Publication date; omit when the page carries none and say so in `notes`. */
  date: partialDate.optional(),
  url: webUrl,
  /** When the page was read for this fact check. */
  accessed: isoDate,
  /** A web-archive snapshot of the page and its capture day; left out when no snapshot has been verified. */
  archived: archivedCopySchema.optional(),
  kind: z.enum(SOURCE_KINDS),
  /** BCP 47 language of the source when it is not English. */
  language: languageTag.optional(),
  /** Caveats: repost of another outlet, figures that differ from other trackers… */
  notes: z.string().optional(),
}).superRefine(archivedElsewhere);
export type Source = z.infer<typeof sourceSchema>;

// ── datasets/<id>.yaml (+ <id>.csv) ──────────────────────────────────────────
export const COLUMN_TYPES = ['string', 'number', 'integer', 'date', 'boolean', 'source'] as const;

export const columnSchema = z.strictObject({
  /** Column name exactly as in the CSV header. */
  name: text,
  type: z.enum(COLUMN_TYPES),
  /** Unit of the values, e.g. "million units", "%", "people". */
  unit: z.string().optional(),
  /** Human label for axes and table headers; defaults to the name. */
  label: z.string().optional(),
  /** What the column holds. */
  description: z.string().optional(),
  /** Reader labels for a text column's values, shown in charts and tables, e.g. `{ china: China, global: Worldwide }`;
   * props and row filters keep the values as the CSV has them. */
  values: z.record(z.string(), text).optional(),
});

export const datasetMetaSchema = z.strictObject({
  title: text,
  description: text,
  columns: z.array(columnSchema).min(1, 'must list at least one column'),
  /** Sources of the data; a `source` column names the source of each row. */
  sources: z.array(slug).min(1, 'must name at least one source'),
  license: z.string().optional(),
  notes: z.string().optional(),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

// ── claims/<story>/<claim>.yaml ──────────────────────────────────────────────
export const evidenceSchema = z.strictObject({
  /** Id of a file in content/sources/. */
  source: slug,
  /** The figure or sentence relied on, quoted from the source. */
  excerpt: text,
  /** Where in the source: page, table, paragraph. */
  locator: z.string().optional(),
  /** How this evidence bears on the claim. */
  note: z.string().optional(),
});

/** Selects dataset rows whose columns equal these values. */
export const rowFilterSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export const FIGURE_OPS = ['value', 'sum', 'difference', 'ratio'] as const;

/** How the article states its number: as the figure ("about 140"), or as a floor or a ceiling. */
export const FIGURE_BOUNDS = ['exact', 'lower', 'upper'] as const;

/** The editor's judgement of a stated figure; unverified when no data could confirm or refute it. */
export const FIGURE_ASSESSMENTS = ['accurate', 'inaccurate', 'unverified'] as const;

export const figureCheckSchema = z
  .strictObject({
    /** What the figure is, e.g. "Xiaomi smartphones shipped outside China, 2021". */
    label: text,
    /** The number the article states, in `unit`. */
    stated: z.number(),
    /** The article's words for it, e.g. "more than 140 million units". */
    statedText: text,
    unit: text,
    /**
     * exact (default): the article gives the figure itself. lower: "more than", "at least" — the data must not fall
     * short of it. upper: "under", "up to", "less than" — the data must not exceed it.
     */
    bound: z.enum(FIGURE_BOUNDS).default('exact'),
    /** How to compute the same figure from a dataset; may be left out when the assessment is unverified. */
    compute: z
      .strictObject({
        dataset: slug,
        column: text,
        /** value: the one matching row · sum: all matching rows · difference/ratio: first selection against the second. */
        op: z.enum(FIGURE_OPS),
        of: z.array(rowFilterSchema).min(1, 'must have at least one row filter').max(2, 'takes at most two row filters'),
        /** Multiplies the result, e.g. 100 to turn a ratio into a percentage. */
        scale: z.number().default(1),
      })
      .optional(),
    /** How far the data may be from the stated figure (or fall short of a floor, exceed a ceiling) and still agree. */
    tolerance: z
      .strictObject({ relative: z.number().min(0).optional(), absolute: z.number().min(0).optional() })
      .refine((t) => t.relative !== undefined || t.absolute !== undefined, 'must give `relative` (e.g. 0.05 for 5 %) or `absolute`')
      .optional(),
    /** The editor's judgement of the stated figure; the build checks accurate and inaccurate against the data. */
    assessment: z.enum(FIGURE_ASSESSMENTS),
    /** Why the figure could not be verified; required with assessment unverified, shown to readers. */
    note: z.string().optional(),
  })
  .superRefine((check, ctx) => {
    const missing = (path: string, message: string, fix: string) => ctx.addIssue({ code: 'custom', path: [path], message, params: { fix } });
    if (check.assessment !== 'unverified' && !check.compute) missing('compute', 'is required to check a figure against the data', 'add compute: (dataset, column, op, of), or set assessment: unverified with a note saying why it could not be checked');
    if (check.compute && !check.tolerance) missing('tolerance', 'is required with compute', 'add tolerance: { relative: 0.05 } (5 %) or { absolute: 2 } in the figure\'s unit');
    if (check.assessment === 'unverified' && !check.note?.trim()) missing('note', 'is required when the assessment is unverified', 'say why the figure could not be verified, for readers, e.g. "No source gives Xiaomi\'s shipments outside China."');
  });
export type FigureCheck = z.infer<typeof figureCheckSchema>;

export const claimSchema = z.strictObject({
  /** The exact words of the original (whitespace, quote style and case may differ). */
  quote: text,
  /** Text just before the quote, when the quote occurs more than once. */
  prefix: z.string().optional(),
  /** Text just after the quote, when the quote occurs more than once. */
  suffix: z.string().optional(),
  /** Who made the claim. */
  claimant: text,
  claimDate: partialDate.optional(),
  /** The claim in plain words, as checked. */
  restatement: text,
  /** The claim in under 75 characters, without the verdict (used for ClaimReview). */
  claimReviewed: text,
  verdict: slug,
  /** One line: the verdict in words. */
  summary: text,
  /** Explanation a general reader follows (Markdown paragraphs). */
  explanation: text,
  evidence: z.array(evidenceSchema).min(1, 'needs at least one piece of evidence'),
  figures: z.array(figureCheckSchema).default([]),
  topics: z.array(z.string()).default([]),
});
export type ClaimData = z.infer<typeof claimSchema>;

// ── originals/<story>.md ─────────────────────────────────────────────────────
export const originalSchema = z.strictObject({
  title: text,
  /** BCP 47 language the article was written in, e.g. "zh". */
  language: languageTag,
  /** True when the text here is a machine translation. */
  machineTranslated: z.boolean(),
  translationNote: z.string().optional(),
  /** Where it appeared; "unknown" when not known. */
  outlet: text,
  author: text,
  /** Publication date as far as known, or "unknown". */
  published: z.union([z.literal('unknown'), partialDate]),
  publishedNote: z.string().optional(),
  url: webUrl.optional(),
  /** A web-archive snapshot of the article and its capture day. */
  archived: archivedCopySchema.optional(),
}).superRefine(archivedElsewhere);
export type OriginalData = z.infer<typeof originalSchema>;

// ── stories/<story>/index.mdx ────────────────────────────────────────────────
export const CORRECTION_KINDS = ['correction', 'update', 'clarification'] as const;

export const correctionSchema = z.strictObject({
  date: isoDate,
  kind: z.enum(CORRECTION_KINDS),
  /** What changed and why. */
  text: text,
  /** Short id of the claim concerned, if any. */
  claim: slug.optional(),
  verdictBefore: slug.optional(),
  verdictAfter: slug.optional(),
});
export type Correction = z.infer<typeof correctionSchema>;

export const storySchema = z.strictObject({
  title: text,
  /** The standfirst under the headline. */
  dek: text,
  authors: z.array(text).min(1, 'needs at least one author'),
  published: isoDate,
  updated: isoDate.optional(),
  /** Id of the article under review in content/originals/. */
  original: slug,
  /** What's true and what isn't, in two or three sentences. */
  summary: text,
  corrections: z.array(correctionSchema).default([]),
  /** Glossary terms (ids) that must not mark this story or its original, though they apply to every story. */
  excludeTerms: z.array(slug).default([]),
});
export type StoryData = z.infer<typeof storySchema>;

// ── site.yaml ────────────────────────────────────────────────────────────────
export const siteSchema = z.strictObject({
  name: text,
  tagline: text,
  language: languageTag.default('en'),
  publisher: z.strictObject({
    name: text,
    url: webUrl.optional(),
    description: text,
    funding: text,
    contact: text,
    correctionsPolicy: text,
  }),
});
export type SiteData = z.infer<typeof siteSchema>;
