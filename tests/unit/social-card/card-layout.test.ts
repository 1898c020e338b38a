import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  cardAlt,
  claimCardAlt,
  CARD_COLOURS,
  CARD_HEIGHT,
  CARD_WIDTH,
  MARGIN,
  TITLE_SIZES,
  TONE_COLOURS,
  layoutCard,
  layoutChips,
  layoutTitle,
  socialCardSvg,
  type Measure,
} from '../../../src/lib/social-card/card-layout.ts';
import { counted, rating } from '../verdicts/fixtures.ts';

const root = join(import.meta.dirname, '../../..');
/** Every character 0.5 em wide: predictable wrapping. */
const fixed: Measure = (text, _face, size) => [...text].length * size * 0.5;

const COUNTS = [
  counted(rating('True', 'true', 'check'), 7),
  counted(rating('Mostly true', 'mostly-true', 'check-partial'), 6),
  counted(rating('Half true', 'mixed', 'half'), 3),
  counted(rating('Opinion', 'neutral', 'speech'), 1),
];

describe('layoutTitle', () => {
  it('uses the largest size for a short title', () => {
    expect(layoutTitle('Short title', fixed, 400).fontSize).toBe(TITLE_SIZES[0]);
  });
  it('steps down the size until a long title fits the box', () => {
    const title = 'Does Xiaomi sell 140 million phones abroad, and is that why it shuns HarmonyOS, the system Huawei built?';
    const layout = layoutTitle(title, fixed, 400);
    expect(layout.fontSize).toBeLessThan(TITLE_SIZES[0]);
    expect(layout.truncated).toBe(false);
    expect(layout.lines.join(' ')).toBe(title);
    const bottom = (layout.baselines.at(-1) ?? 0) + layout.fontSize * 0.25;
    expect(bottom).toBeLessThanOrEqual(400);
    for (const line of layout.lines) expect(fixed(line, 'title', layout.fontSize)).toBeLessThanOrEqual(CARD_WIDTH - 2 * MARGIN);
  });
  it('truncates with an ellipsis at the smallest size when nothing else fits', () => {
    const layout = layoutTitle('word '.repeat(200), fixed, 400);
    expect(layout.fontSize).toBe(TITLE_SIZES.at(-1));
    expect(layout.truncated).toBe(true);
    expect(layout.lines.at(-1)?.endsWith('…')).toBe(true);
  });
});

describe('layoutChips', () => {
  it('puts one chip per rating with its count and label, inside the card', () => {
    const { chips, rows } = layoutChips(COUNTS, fixed);
    expect(chips.map((c) => c.text)).toEqual(['7 True', '6 Mostly true', '3 Half true', '1 Opinion']);
    expect(rows).toBe(1);
    for (const chip of chips) {
      expect(chip.x).toBeGreaterThanOrEqual(MARGIN);
      expect(chip.x + chip.width).toBeLessThanOrEqual(CARD_WIDTH - MARGIN);
      expect(chip.y).toBeLessThan(CARD_HEIGHT);
    }
  });
  it('wraps into more rows when the ratings do not fit in one, keeping every chip inside', () => {
    const many = Array.from({ length: 8 }, (_, i) => counted(rating(`Rating number ${i}`, 'neutral', 'question'), i + 1));
    const { chips, rows } = layoutChips(many, fixed);
    expect(rows).toBeGreaterThan(1);
    expect(chips).toHaveLength(8);
    for (const chip of chips) expect(chip.x + chip.width).toBeLessThanOrEqual(CARD_WIDTH - MARGIN);
    expect(new Set(chips.map((c) => c.y)).size).toBe(rows);
  });
});

describe('layoutCard', () => {
  it('counts the claims and keeps the title above the verdict summary', () => {
    const layout = layoutCard({ title: 'A title', siteName: 'Marginalia', counts: COUNTS, measure: fixed });
    expect(layout.totalText).toBe('17 claims checked');
    const chipsTop = Math.min(...layout.chips.map((c) => c.y));
    expect(layout.totalBaseline).toBeLessThan(chipsTop);
    expect(layout.title.baselines.at(-1) ?? 0).toBeLessThan(layout.totalBaseline - 26);
  });
  it('says "1 claim checked" in the singular, and has no chips without claims', () => {
    expect(layoutCard({ title: 'T', siteName: 'S', counts: [counted(rating('True', 'true', 'check'), 1)], measure: fixed }).totalText).toBe('1 claim checked');
    expect(layoutCard({ title: 'T', siteName: 'S', counts: [], measure: fixed }).chips).toEqual([]);
  });
});

describe("a claim's card", () => {
  const rating = COUNTS[2]!.verdict;
  const layout = layoutCard({ title: 'Sales reached 140 million', siteName: 'Marginalia', counts: [], rating, measure: fixed });
  it('shows its one rating by its label, under "Our rating", not as a count', () => {
    expect(layout.chips.map((c) => c.text)).toEqual(['Half true']);
    expect(layout.chips[0]?.verdict).toBe(rating);
    expect(layout.totalText).toBe('Our rating');
  });
  it('keeps the claim above the rating', () => {
    expect(layout.title.baselines.at(-1) ?? 0).toBeLessThan(layout.totalBaseline - 26);
  });
  it('has a text alternative naming the claim and its rating', () => {
    expect(claimCardAlt('Sales reached 140 million', rating)).toBe('Sales reached 140 million — our rating: Half true');
  });
});

describe('socialCardSvg', () => {
  const svg = socialCardSvg({ title: 'Rats & "cats" <sold> 140 million?', siteName: 'Fact & Fiction', counts: COUNTS, measure: fixed });
  it('is well-formed SVG of 1200×630', () => {
    // resvg parses SVG strictly and throws on malformed XML (fast-xml-parser alone is lenient).
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    expect(() => new Resvg('<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>', { font: { loadSystemFonts: false } })).toThrow();
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg);
    expect(doc.svg['@_width']).toBe(String(CARD_WIDTH));
    expect(doc.svg['@_height']).toBe(String(CARD_HEIGHT));
  });
  it('carries the title, the site name and the count per rating, escaped', () => {
    const texts: string[] = [];
    const doc = new XMLParser({ ignoreAttributes: false, processEntities: true, isArray: (name) => name === 'text' }).parse(svg);
    for (const t of doc.svg.text) texts.push(String(typeof t === 'object' ? t['#text'] : t));
    expect(texts.join(' ')).toContain('Rats & "cats" <sold> 140 million?');
    expect(texts).toContain('Fact & Fiction');
    for (const label of ['7 True', '6 Mostly true', '3 Half true', '1 Opinion']) expect(texts).toContain(label);
  });
  it('names only the fonts the renderer loads', () => {
    const families = new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]));
    expect([...families].sort()).toEqual(['Source Sans 3', 'Source Serif 4']);
  });
});

describe('card colours', () => {
  // The card is an image: it cannot read CSS, so its colours are copied from the light theme and kept in step here.
  const tokens = readFileSync(join(root, 'src/styles/tokens.css'), 'utf8');
  const light = (name: string) => new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6})`, 'i').exec(tokens)?.[1]?.toLowerCase();
  it('match the light theme of src/styles/tokens.css', () => {
    for (const [name, value] of Object.entries(CARD_COLOURS)) expect(value, name).toBe(light(name));
    for (const [name, { tone, bg }] of Object.entries(TONE_COLOURS)) {
      expect(tone, name).toBe(light(`verdict-${name}`));
      expect(bg, `${name} background`).toBe(light(`verdict-${name}-bg`));
    }
  });
});

describe('cardAlt', () => {
  it('is the title followed by the verdict summary', () => {
    expect(cardAlt('A title', [counted(rating('True', 'true', 'check'), 2)])).toBe('A title — 2 claims checked: 2 True.');
  });
});
