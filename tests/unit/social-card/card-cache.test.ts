import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey, diskCardCache } from '../../../src/lib/social-card/card-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'marginalia-card-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('cardKey', () => {
  it('is the same for the same card and rendering, and differs when either changes', () => {
    expect(cardKey('<svg/>', 'resvg 2.6.2')).toBe(cardKey('<svg/>', 'resvg 2.6.2'));
    expect(cardKey('<svg/>', 'resvg 2.6.2')).not.toBe(cardKey('<svg> </svg>', 'resvg 2.6.2'));
    expect(cardKey('<svg/>', 'resvg 2.6.2')).not.toBe(cardKey('<svg/>', 'resvg 2.6.3'));
    expect(cardKey('<svg/>', 'resvg 2.6.2')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('diskCardCache', () => {
  const cache = diskCardCache(join(dir, 'cards'));
  it('has nothing for a card never drawn', async () => {
    expect(await cache.get(cardKey('a', 'r'))).toBeUndefined();
  });
  it('gives back the bytes it was given, and leaves no temporary file', async () => {
    await cache.set(cardKey('b', 'r'), PNG);
    expect(await cache.get(cardKey('b', 'r'))).toEqual(PNG);
    expect(readdirSync(join(dir, 'cards'))).toEqual([`${cardKey('b', 'r')}.png`]);
  });
  it('ignores a file that is not a whole PNG', async () => {
    writeFileSync(join(dir, 'cards', `${cardKey('c', 'r')}.png`), 'not a png');
    expect(await cache.get(cardKey('c', 'r'))).toBeUndefined();
  });
  it('never throws when the folder cannot be written', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const broken = diskCardCache(join(dir, 'a-file', 'cards'));
    await expect(broken.set(cardKey('d', 'r'), PNG)).resolves.toBeUndefined();
    expect(await broken.get(cardKey('d', 'r'))).toBeUndefined();
  });
});
