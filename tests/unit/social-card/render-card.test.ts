import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/social-card/card-layout.ts';
import { CARD_FONT_FILES, renderCardPng } from '../../../src/lib/social-card/render-card.ts';
import { counted, rating } from '../verdicts/fixtures.ts';

const COUNTS = [
  counted(rating('True', 'true', 'check'), 7),
  counted(rating('Mostly true', 'mostly-true', 'check-partial'), 6),
  counted(rating('Half true', 'mixed', 'half'), 3),
  counted(rating('Opinion', 'neutral', 'speech'), 1),
];

describe('CARD_FONT_FILES', () => {
  it('names a font for the title, the labels and the strong labels', () => {
    expect(Object.keys(CARD_FONT_FILES).sort()).toEqual(['label', 'strong', 'title']);
  });

  it('names TrueType files that the installed packages hold', () => {
    const require = createRequire(join(import.meta.dirname, '../../../package.json'));
    for (const file of Object.values(CARD_FONT_FILES)) {
      expect(file).toMatch(/\.ttf$/);
      expect(existsSync(require.resolve(file)), file).toBe(true);
    }
  });
});

// The first two tests moved from card-layout.test.ts, assertions unchanged.
describe('renderCardPng', () => {
  it('renders a 1200×630 PNG with the shipped fonts', async () => {
    const png = await renderCardPng({ title: 'A test card', siteName: 'Marginalia', counts: COUNTS });
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });
  it('draws the text: a card with a title differs from one without', async () => {
    const a = await renderCardPng({ title: 'A test card', siteName: 'Marginalia', counts: [] });
    const b = await renderCardPng({ title: ' ', siteName: 'Marginalia', counts: [] });
    expect(a.length).toBeGreaterThan(b.length + 500);
  });

  it('writes an opaque image: 8-bit RGB, no alpha channel', async () => {
    const png = await renderCardPng({ title: 'A test card', siteName: 'Marginalia', counts: COUNTS });
    expect([png[24], png[25]]).toEqual([8, 2]);
  });

  it('draws the same card byte for byte from the same content, so builds are reproducible', async () => {
    const content = { title: 'Did the maker sell 140 million abroad?', siteName: 'Marginalia', counts: COUNTS };
    const [a, b] = await Promise.all([renderCardPng(content), renderCardPng(content)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('draws every card asked for at once', async () => {
    const titles = ['One', 'Two', 'Three', 'Four', 'Five'];
    const pngs = await Promise.all(titles.map((title) => renderCardPng({ title, siteName: 'Marginalia', counts: [] })));
    expect(pngs.map((png) => String.fromCharCode(...png.subarray(1, 4)))).toEqual(['PNG', 'PNG', 'PNG', 'PNG', 'PNG']);
    expect(new Set(pngs.map((png) => Buffer.from(png).toString('base64'))).size).toBe(5);
  });
});

describe('drawCardAhead', () => {
  // The cache folder is read when the module loads: a fresh module instance sees this test's folder.
  const cacheDir = mkdtempSync(join(tmpdir(), 'marginalia-cards-'));
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(cacheDir, { recursive: true, force: true });
  });
  async function withCache() {
    vi.stubEnv('MARGINALIA_CACHE_DIR', cacheDir);
    vi.resetModules();
    return import('../../../src/lib/social-card/render-card.ts');
  }
  const cards = () => readdirSync(join(cacheDir, 'cards')).filter((file) => file.endsWith('.png'));

  it('resolves to nothing, with the card drawn into the cache, and renderCardPng reads those bytes back', async () => {
    const { drawCardAhead, renderCardPng: render } = await withCache();
    const content = { title: 'Drawn before its route', siteName: 'Marginalia', counts: [] };
    await expect(drawCardAhead(content)).resolves.toBeUndefined();
    expect(cards()).toHaveLength(1);
    const png = await render(content);
    expect(Buffer.from(png).equals(readFileSync(join(cacheDir, 'cards', cards()[0]!)))).toBe(true);
  });
  it('keeps one file per card however often it is asked for ahead', async () => {
    const { drawCardAhead } = await withCache();
    const content = { title: 'Asked for twice', siteName: 'Marginalia', counts: [] };
    const before = cards().length;
    await Promise.all([drawCardAhead(content), drawCardAhead(content)]);
    await drawCardAhead(content);
    expect(cards().length).toBe(before + 1);
  });
});
