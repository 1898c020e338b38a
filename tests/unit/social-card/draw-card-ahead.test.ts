// drawCardAhead draws into the card cache and keeps nothing; the route then reads the same bytes back.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cacheDir = mkdtempSync(join(tmpdir(), 'marginalia-cards-'));
process.env.MARGINALIA_CACHE_DIR = cacheDir;
const { drawCardAhead, renderCardPng } = await import('../../../src/lib/social-card/render-card.ts');
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const cards = () => readdirSync(join(cacheDir, 'cards')).filter((file) => file.endsWith('.png'));

describe('drawCardAhead', () => {
  it('resolves to nothing, with the card drawn into the cache', async () => {
    const content = { title: 'Drawn before its route', siteName: 'Marginalia', counts: [] };
    await expect(drawCardAhead(content)).resolves.toBeUndefined();
    expect(cards()).toHaveLength(1);
    const png = await renderCardPng(content);
    expect(Buffer.from(png).equals(readFileSync(join(cacheDir, 'cards', cards()[0]!)))).toBe(true);
  });
  it('keeps one file per card however often it is asked for ahead', async () => {
    const content = { title: 'Asked for twice', siteName: 'Marginalia', counts: [] };
    const before = cards().length;
    await Promise.all([drawCardAhead(content), drawCardAhead(content)]);
    await drawCardAhead(content);
    expect(cards().length).toBe(before + 1);
  });
});
