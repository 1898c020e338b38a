// Advance widths from a TrueType/OpenType font file (cmap + hmtx), so build-time images can wrap text by the
// real width of the font they are drawn in. Pure: give it the file's bytes. Kerning is ignored (widths err long).

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width of one character in font units; characters the font lacks get the .notdef advance. */
  advanceUnits(codePoint: number): number;
  /** True when the font has a glyph for the character. */
  hasGlyph(codePoint: number): boolean;
  /** Width in px of `text` set at `fontSize` px. */
  width(text: string, fontSize: number): number;
}

interface Table {
  offset: number;
  length: number;
}

function tables(view: DataView): Map<string, Table> {
  const count = view.getUint16(4);
  const found = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    found.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  return found;
}

/** Character → glyph lookup from a cmap subtable of format 4 (BMP) or 12 (full Unicode). */
function glyphLookup(view: DataView, cmap: Table): (codePoint: number) => number {
  const count = view.getUint16(cmap.offset + 2);
  const subtables: Array<{ platform: number; encoding: number; offset: number; format: number }> = [];
  for (let i = 0; i < count; i++) {
    const record = cmap.offset + 4 + i * 8;
    const offset = cmap.offset + view.getUint32(record + 4);
    subtables.push({ platform: view.getUint16(record), encoding: view.getUint16(record + 2), offset, format: view.getUint16(offset) });
  }
  const full = subtables.find((s) => s.format === 12 && (s.platform === 0 || (s.platform === 3 && s.encoding === 10)));
  if (full) {
    const groups = view.getUint32(full.offset + 12);
    return (cp) => {
      let [lo, hi] = [0, groups - 1];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = full.offset + 16 + mid * 12;
        const start = view.getUint32(at);
        const end = view.getUint32(at + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(at + 8) + (cp - start);
      }
      return 0;
    };
  }
  const bmp = subtables.find((s) => s.format === 4 && (s.platform === 0 || (s.platform === 3 && s.encoding === 1)));
  if (!bmp) throw new Error('font has no Unicode cmap (format 4 or 12)');
  const segments = view.getUint16(bmp.offset + 6) / 2;
  const ends = bmp.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (cp > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + i * 2);
      const rangeOffset = view.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = view.getUint32(0);
  if (signature !== 0x00010000 && signature !== 0x4f54544f && signature !== 0x74727565) throw new Error('not a TrueType or OpenType font file (woff/woff2 are not supported)');
  const found = tables(view);
  const need = (tag: string): Table => {
    const table = found.get(tag);
    if (!table) throw new Error(`font has no "${tag}" table`);
    return table;
  };
  const unitsPerEm = view.getUint16(need('head').offset + 18);
  const metricsCount = view.getUint16(need('hhea').offset + 34);
  const hmtx = need('hmtx').offset;
  const glyphOf = glyphLookup(view, need('cmap'));
  const advanceOfGlyph = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, metricsCount - 1) * 4);
  const cache = new Map<number, number>();
  const advanceUnits = (codePoint: number): number => {
    let advance = cache.get(codePoint);
    if (advance === undefined) cache.set(codePoint, (advance = advanceOfGlyph(glyphOf(codePoint))));
    return advance;
  };
  return {
    unitsPerEm,
    advanceUnits,
    hasGlyph: (codePoint) => glyphOf(codePoint) !== 0,
    width(text, fontSize) {
      let units = 0;
      for (const char of text) units += advanceUnits(char.codePointAt(0) ?? 0);
      return (units / unitsPerEm) * fontSize;
    },
  };
}
