import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedCard, cardCacheDir, cardKey, setCardCacheDir } from '../../../src/lib/social-card/card-cache.ts';

const dirs: string[] = [];
afterEach(() => {
  setCardCacheDir(undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-cards-'));
  dirs.push(dir);
  return join(dir, 'cards');
}

/** A drawing function that counts its calls. */
function drawer(bytes: number[]) {
  const calls = { count: 0 };
  return { calls, draw: async () => (calls.count++, new Uint8Array(bytes)) };
}

describe('cardKey', () => {
  it('changes with the content and with the drawing code, and only with them', () => {
    const content = { title: 'A', siteName: 'S', counts: [{ verdict: 'true', count: 2 }] };
    expect(cardKey(content, 'code')).toBe(cardKey({ ...content }, 'code'));
    expect(cardKey({ ...content, title: 'B' }, 'code')).not.toBe(cardKey(content, 'code'));
    expect(cardKey(content, 'new code')).not.toBe(cardKey(content, 'code'));
  });
});

describe('cachedCard', () => {
  it('draws a card once and reads it back from the folder the next time (another build)', async () => {
    const dir = tempDir();
    const first = drawer([1, 2, 3]);
    expect([...(await cachedCard(dir, 'k', first.draw))]).toEqual([1, 2, 3]);
    const second = drawer([9]);
    expect([...(await cachedCard(dir, 'k', second.draw))]).toEqual([1, 2, 3]);
    expect([first.calls.count, second.calls.count]).toEqual([1, 0]);
    expect(readdirSync(dir)).toEqual(['k.png']);
  });

  it('draws again for another key', async () => {
    const dir = tempDir();
    await cachedCard(dir, 'k', drawer([1]).draw);
    const other = drawer([2]);
    expect([...(await cachedCard(dir, 'other', other.draw))]).toEqual([2]);
    expect(other.calls.count).toBe(1);
  });

  it('keeps nothing without a folder (dev, tests): every card is drawn', async () => {
    const card = drawer([5]);
    await cachedCard(undefined, 'k', card.draw);
    await cachedCard(undefined, 'k', card.draw);
    expect(card.calls.count).toBe(2);
  });

  it('keeps nothing when drawing fails', async () => {
    const dir = tempDir();
    await expect(cachedCard(dir, 'k', () => Promise.reject(new Error('no font')))).rejects.toThrow('no font');
    expect(existsSync(join(dir, 'k.png'))).toBe(false);
  });
});

describe('setCardCacheDir', () => {
  it('names the folder for the whole process, until it is unset', () => {
    setCardCacheDir('/tmp/x');
    expect(cardCacheDir()).toBe('/tmp/x');
    setCardCacheDir(undefined);
    expect(cardCacheDir()).toBeUndefined();
  });
});
