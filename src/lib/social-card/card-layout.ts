// The social card of a story (og:image, 1200×630) as an SVG string: site name, title, and how many claims got
// which rating; a claim's card has the claim for its title and its one rating. Pure: text is measured through the `measure` function the caller passes (real font metrics at
// build time, a fixed-width stand-in in tests); rendering to PNG happens in the endpoint.
import type { Verdict } from '../content/schema.ts';
import { verdictSummaryText, type VerdictCount } from '../verdicts/verdict-counts.ts';
import { ellipsize, wrapText } from '../text/wrap-text.ts';
import { FILLED_ICONS, VERDICT_ICON_PATHS } from '../verdicts/verdict-icons.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The three faces the card uses; the endpoint loads a font file for each. */
export type CardFace = 'title' | 'label' | 'strong';

export const CARD_FONTS: Record<CardFace, { family: string; weight: number }> = {
  title: { family: 'Source Serif 4', weight: 700 },
  label: { family: 'Source Sans 3', weight: 400 },
  strong: { family: 'Source Sans 3', weight: 700 },
};

/** Width in px of `text` set in `face` at `size` px. */
export type Measure = (text: string, face: CardFace, size: number) => number;

/** Light-theme colours, named and valued as in src/styles/tokens.css (a unit test keeps them in step). */
export const CARD_COLOURS = {
  bg: '#fdfcfa',
  surface: '#f3f1ec',
  text: '#1d1d1f',
  'text-muted': '#55555a',
  border: '#d4d1c9',
  link: '#0b5cad',
} as const;

export const TONE_COLOURS: Record<Verdict['tone'], { tone: string; bg: string }> = {
  true: { tone: '#1a7f4b', bg: '#d9f0e2' },
  'mostly-true': { tone: '#0b7285', bg: '#e0f3f7' },
  mixed: { tone: '#9a6a00', bg: '#fbf0d2' },
  misleading: { tone: '#b25400', bg: '#fde8d4' },
  'mostly-false': { tone: '#c2410c', bg: '#fde4da' },
  false: { tone: '#b42318', bg: '#fbe1de' },
  neutral: { tone: '#5b5b66', bg: '#ececf0' },
};

export interface SocialCardInput {
  title: string;
  siteName: string;
  /** Ratings with at least one claim, in scale order (see countByVerdict). */
  counts: readonly VerdictCount<unknown>[];
  /** A single claim's rating: the card shows it alone, by its label, instead of counts. */
  rating?: Verdict | undefined;
  measure: Measure;
}

/** What a claim's card says above its rating. */
export const RATING_HEADING = 'Our rating';

// ── layout constants ─────────────────────────────────────────────────────────
export const MARGIN = 72;
const CONTENT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const SITE_NAME_SIZE = 30;
const SITE_NAME_BASELINE = 96;
const TITLE_TOP = 150;
/** Title sizes tried from largest to smallest until the title fits its box. */
export const TITLE_SIZES = [72, 64, 56, 50, 44] as const;
const TITLE_LEADING = 1.16;
const CHIP_SIZE = 28;
const CHIP_HEIGHT = 56;
const CHIP_GAP = 14;
const CHIP_PAD = 18;
const ICON_SIZE = 28;
const ICON_GAP = 10;
const TOTAL_SIZE = 26;
const BOTTOM = CARD_HEIGHT - 56;

export interface Chip {
  x: number;
  y: number;
  width: number;
  text: string;
  verdict: Verdict;
}

/** Verdict chips flowed left to right, wrapping into rows; rows are stacked up from the bottom. */
export function layoutChips(
  counts: readonly Pick<VerdictCount<unknown>, 'verdict' | 'count'>[],
  measure: Measure,
  chipText: (chip: Pick<VerdictCount<unknown>, 'verdict' | 'count'>) => string = ({ verdict, count }) => `${count} ${verdict.label}`,
): { chips: Chip[]; rows: number } {
  const rows: Array<Array<Omit<Chip, 'x' | 'y'>>> = [[]];
  let x = 0;
  for (const counted of counts) {
    const { verdict } = counted;
    const text = chipText(counted);
    const width = CHIP_PAD + ICON_SIZE + ICON_GAP + measure(text, 'strong', CHIP_SIZE) + CHIP_PAD;
    const row = rows.at(-1) ?? [];
    if (row.length > 0 && x + width > CONTENT_WIDTH) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)?.push({ width, text, verdict });
    x += width + CHIP_GAP;
  }
  const used = rows.filter((r) => r.length > 0);
  const chips = used.flatMap((row, r) => {
    const y = BOTTOM - (used.length - r) * CHIP_HEIGHT - (used.length - r - 1) * CHIP_GAP;
    let left = MARGIN;
    return row.map((chip) => {
      const placed = { ...chip, x: left, y };
      left += chip.width + CHIP_GAP;
      return placed;
    });
  });
  return { chips, rows: used.length };
}

export interface TitleLayout {
  fontSize: number;
  lines: string[];
  truncated: boolean;
  /** Baseline of each line. */
  baselines: number[];
}

/** The largest title size at which the title fits the box between the site name and the verdict summary. */
export function layoutTitle(title: string, measure: Measure, boxBottom: number): TitleLayout {
  const height = boxBottom - TITLE_TOP;
  const attempt = (fontSize: number, allowTruncation: boolean): TitleLayout | undefined => {
    const lineHeight = fontSize * TITLE_LEADING;
    const maxLines = Math.max(1, Math.floor(height / lineHeight));
    const wrapped = wrapText(title, CONTENT_WIDTH, (s) => measure(s, 'title', fontSize), allowTruncation ? maxLines : Infinity);
    if (wrapped.lines.length > maxLines) return undefined;
    const baselines = wrapped.lines.map((_, i) => TITLE_TOP + fontSize + i * lineHeight);
    return { fontSize, lines: wrapped.lines, truncated: wrapped.truncated, baselines };
  };
  for (const size of TITLE_SIZES) {
    const fitted = attempt(size, false);
    if (fitted) return fitted;
  }
  const smallest = TITLE_SIZES.at(-1) ?? 44;
  return attempt(smallest, true) as TitleLayout;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

function fontAttrs(face: CardFace, size: number): string {
  const { family, weight } = CARD_FONTS[face];
  return `font-family="${family}" font-weight="${weight}" font-size="${size}"`;
}

export interface CardLayout {
  siteName: string;
  totalText: string;
  totalBaseline: number;
  title: TitleLayout;
  chips: Chip[];
}

export function layoutCard(input: SocialCardInput): CardLayout {
  const { rating } = input;
  const { chips, rows } = rating ? layoutChips([{ verdict: rating, count: 1 }], input.measure, ({ verdict }) => verdict.label) : layoutChips(input.counts, input.measure);
  const total = input.counts.reduce((sum, c) => sum + c.count, 0);
  const chipsTop = rows === 0 ? BOTTOM : BOTTOM - rows * CHIP_HEIGHT - (rows - 1) * CHIP_GAP;
  const totalBaseline = chipsTop - 18;
  const titleBottom = totalBaseline - TOTAL_SIZE - 28;
  const siteName = ellipsize(input.siteName, CONTENT_WIDTH, (s) => input.measure(s, 'strong', SITE_NAME_SIZE));
  const totalText = rating ? RATING_HEADING : total === 0 ? 'Fact check' : `${total} claim${total === 1 ? '' : 's'} checked`;
  return { siteName, totalText, totalBaseline, title: layoutTitle(input.title, input.measure, titleBottom), chips };
}

function chipSvg(chip: Chip): string {
  const colours = TONE_COLOURS[chip.verdict.tone];
  const filled = FILLED_ICONS.has(chip.verdict.icon);
  const iconX = chip.x + CHIP_PAD;
  const iconY = chip.y + (CHIP_HEIGHT - ICON_SIZE) / 2;
  const scale = ICON_SIZE / 16;
  return [
    `<rect x="${chip.x}" y="${chip.y}" width="${round(chip.width)}" height="${CHIP_HEIGHT}" rx="${CHIP_HEIGHT / 2}" fill="${colours.bg}" stroke="${colours.tone}" stroke-width="3"/>`,
    `<path transform="translate(${iconX} ${iconY}) scale(${scale})" d="${VERDICT_ICON_PATHS[chip.verdict.icon]}" fill="${filled ? colours.tone : 'none'}" stroke="${colours.tone}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<text x="${iconX + ICON_SIZE + ICON_GAP}" y="${chip.y + CHIP_HEIGHT / 2 + CHIP_SIZE * 0.35}" ${fontAttrs('strong', CHIP_SIZE)} fill="${CARD_COLOURS.text}">${escapeXml(chip.text)}</text>`,
  ].join('');
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The whole card as a standalone SVG document. */
export function socialCardSvg(input: SocialCardInput): string {
  const layout = layoutCard(input);
  const { title } = layout;
  const titleLines = title.lines
    .map((line, i) => `<text x="${MARGIN}" y="${round(title.baselines[i] ?? 0)}" ${fontAttrs('title', title.fontSize)} fill="${CARD_COLOURS.text}">${escapeXml(line)}</text>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${CARD_COLOURS.bg}"/>`,
    `<rect width="${CARD_WIDTH}" height="14" fill="${CARD_COLOURS.link}"/>`,
    `<text x="${MARGIN}" y="${SITE_NAME_BASELINE}" ${fontAttrs('strong', SITE_NAME_SIZE)} fill="${CARD_COLOURS.link}">${escapeXml(layout.siteName)}</text>`,
    titleLines,
    `<text x="${MARGIN}" y="${layout.totalBaseline}" ${fontAttrs('label', TOTAL_SIZE)} fill="${CARD_COLOURS['text-muted']}">${escapeXml(layout.totalText)}</text>`,
    ...layout.chips.map(chipSvg),
    '</svg>',
  ].join('');
}

/** Text alternative of a claim's social card: the claim and its rating. */
export function claimCardAlt(claim: string, rating: Verdict): string {
  return `${claim} — ${RATING_HEADING.toLowerCase()}: ${rating.label}`;
}

/** Text alternative of a story's social card: its title and the verdict summary it shows. */
export function cardAlt(title: string, counts: readonly VerdictCount<unknown>[]): string {
  return `${title} — ${verdictSummaryText(counts)}`;
}
