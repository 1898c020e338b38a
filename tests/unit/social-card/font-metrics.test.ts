import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontMetrics } from '../../../src/lib/social-card/font-metrics.ts';
import { CARD_FONT_FILES } from '../../../src/lib/social-card/render-card.ts';

// A font file small enough to read by eye: 1000 units per em; glyph 0 (.notdef) 500 units wide, glyph 1 ("A") 600,
// glyph 2 ("B") 700; glyph 3 ("i") lies past the last horizontal metric, so it takes the last advance (700).

type Cmap = { format: 4 } | { format: 12; platform?: number; encoding?: number } | { format: 'mac-only' };

/** Big-endian writer. */
class Bytes {
  readonly out: number[] = [];
  u16(value: number): this {
    this.out.push((value >> 8) & 0xff, value & 0xff);
    return this;
  }
  i16(value: number): this {
    return this.u16(value & 0xffff);
  }
  u32(value: number): this {
    this.out.push((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
    return this;
  }
  tag(text: string): this {
    for (const char of text) this.out.push(char.charCodeAt(0));
    return this;
  }
}

/** A format 4 subtable: A–B by delta (glyphs 1–2), i through the glyph array (glyph 3), and the closing 0xFFFF segment. */
function format4(): number[] {
  const segments = [
    { start: 0x41, end: 0x42, delta: -0x40, rangeOffset: 0 },
    { start: 0x69, end: 0x69, delta: 0, rangeOffset: 4 },
    { start: 0xffff, end: 0xffff, delta: 1, rangeOffset: 0 },
  ];
  const body = new Bytes().u16(4).u16(14 + segments.length * 8 + 2 + 2).u16(0).u16(segments.length * 2).u16(0).u16(0).u16(0);
  for (const s of segments) body.u16(s.end);
  body.u16(0);
  for (const s of segments) body.u16(s.start);
  for (const s of segments) body.i16(s.delta);
  for (const s of segments) body.u16(s.rangeOffset);
  body.u16(3); // glyph array: "i" → glyph 3
  return body.out;
}

/** A format 12 subtable: A–B (glyphs 1–2) and 😀 (U+1F600, glyph 3). */
function format12(): number[] {
  const groups = [
    [0x41, 0x42, 1],
    [0x1f600, 0x1f600, 3],
  ];
  const body = new Bytes().u16(12).u16(0).u32(16 + groups.length * 12).u32(0).u32(groups.length);
  for (const [start, end, glyph] of groups) body.u32(start ?? 0).u32(end ?? 0).u32(glyph ?? 0);
  return body.out;
}

function cmapTable(cmap: Cmap): number[] {
  const subtable = cmap.format === 12 ? format12() : format4();
  const [platform, encoding] = cmap.format === 12 ? [cmap.platform ?? 3, cmap.encoding ?? 10] : cmap.format === 'mac-only' ? [1, 0] : [3, 1];
  return [...new Bytes().u16(0).u16(1).u16(platform).u16(encoding).u32(12).out, ...subtable];
}

function font(options: { signature?: number; cmap?: Cmap; without?: string } = {}): Uint8Array {
  const head = new Bytes();
  for (let i = 0; i < 18; i++) head.out.push(0);
  head.u16(1000);
  while (head.out.length < 54) head.out.push(0);
  const hhea = new Bytes();
  for (let i = 0; i < 34; i++) hhea.out.push(0);
  hhea.u16(3);
  const hmtx = new Bytes().u16(500).i16(0).u16(600).i16(0).u16(700).i16(0).i16(10);
  const tables = Object.entries({ cmap: cmapTable(options.cmap ?? { format: 4 }), head: head.out, hhea: hhea.out, hmtx: hmtx.out }).filter(([tag]) => tag !== options.without);
  const file = new Bytes().u32(options.signature ?? 0x00010000).u16(tables.length).u16(0).u16(0).u16(0);
  let offset = 12 + tables.length * 16;
  for (const [tag, data] of tables) {
    file.tag(tag).u32(0).u32(offset).u32(data.length);
    offset += data.length;
  }
  for (const [, data] of tables) file.out.push(...data);
  return new Uint8Array(file.out);
}

const cp = (char: string) => char.codePointAt(0) ?? 0;

describe('readFontMetrics', () => {
  const metrics = readFontMetrics(font());

  it('reads the units per em from the head table', () => {
    expect(metrics.unitsPerEm).toBe(1000);
  });

  it('reads the advance of each character through the cmap and hmtx tables', () => {
    expect([metrics.advanceUnits(cp('A')), metrics.advanceUnits(cp('B'))]).toEqual([600, 700]);
  });

  it('finds a glyph through the glyph array of a cmap segment', () => {
    expect(metrics.hasGlyph(cp('i'))).toBe(true);
  });

  it('gives a glyph past the last horizontal metric the last advance', () => {
    expect(metrics.advanceUnits(cp('i'))).toBe(700);
  });

  it('gives a character the font lacks the .notdef advance, and says it has no glyph', () => {
    expect([metrics.advanceUnits(cp('Z')), metrics.hasGlyph(cp('Z'))]).toEqual([500, false]);
  });

  it('measures text in px: the sum of the advances, scaled from units per em to the font size', () => {
    expect(metrics.width('AB', 10)).toBe(13);
    expect(metrics.width('AZ', 20)).toBe(22);
  });

  it('measures empty text as 0', () => {
    expect(metrics.width('', 64)).toBe(0);
  });

  it('knows no character beyond the Basic Multilingual Plane from a format 4 cmap', () => {
    expect(metrics.hasGlyph(cp('😀'))).toBe(false);
  });

  it('reads a format 12 cmap, beyond the Basic Multilingual Plane too', () => {
    const full = readFontMetrics(font({ cmap: { format: 12 } }));
    expect([full.advanceUnits(cp('A')), full.advanceUnits(cp('B')), full.hasGlyph(cp('😀')), full.hasGlyph(cp('i'))]).toEqual([600, 700, true, false]);
  });

  it('measures a character outside the BMP as one character, not two halves', () => {
    expect(readFontMetrics(font({ cmap: { format: 12 } })).width('😀', 1000)).toBe(700);
  });

  it('reads a Unicode cmap of platform 0 as well as Windows (3)', () => {
    expect(readFontMetrics(font({ cmap: { format: 12, platform: 0, encoding: 4 } })).hasGlyph(cp('A'))).toBe(true);
  });

  it('reads fonts in a larger buffer, at an offset', () => {
    const bytes = font();
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 7);
    expect(readFontMetrics(padded.subarray(7)).width('AB', 10)).toBe(13);
  });

  it('accepts the OpenType and Apple TrueType signatures', () => {
    expect(readFontMetrics(font({ signature: 0x4f54544f })).unitsPerEm).toBe(1000);
    expect(readFontMetrics(font({ signature: 0x74727565 })).unitsPerEm).toBe(1000);
  });

  it('refuses a WOFF2 file', () => {
    expect(() => readFontMetrics(font({ signature: 0x774f4632 }))).toThrow('not a TrueType or OpenType font file (woff/woff2 are not supported)');
  });

  it('names a table the font lacks', () => {
    expect(() => readFontMetrics(font({ without: 'hmtx' }))).toThrow('font has no "hmtx" table');
  });

  it('refuses a font whose cmap has no Unicode subtable', () => {
    expect(() => readFontMetrics(font({ cmap: { format: 'mac-only' } }))).toThrow('font has no Unicode cmap (format 4 or 12)');
  });
});

// Moved from card-layout.test.ts, assertions unchanged.
describe('readFontMetrics (on the shipped card fonts)', () => {
  const root = join(import.meta.dirname, '../../..');
  const require = createRequire(join(root, 'package.json'));
  const serif = readFontMetrics(readFileSync(require.resolve(CARD_FONT_FILES.title)));
  it('reads the em size and the advance widths of the glyphs', () => {
    expect(serif.unitsPerEm).toBe(1000);
    expect(serif.width('MMMM', 64)).toBeGreaterThan(serif.width('iiii', 64) * 2);
    expect(serif.width('ab', 50)).toBeCloseTo(serif.width('a', 50) + serif.width('b', 50), 6);
    expect(serif.width('', 64)).toBe(0);
  });
  it('knows which characters the font has', () => {
    expect(serif.hasGlyph('A'.codePointAt(0) ?? 0)).toBe(true);
    expect(serif.hasGlyph('米'.codePointAt(0) ?? 0)).toBe(false);
  });
  it('refuses files that are not TrueType or OpenType', () => {
    expect(() => readFontMetrics(new TextEncoder().encode('wOF2 not a font at all'))).toThrow(/not a TrueType/);
  });
});
