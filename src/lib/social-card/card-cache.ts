// Social cards already drawn, kept between builds. A card is a pure function of its SVG, the font files and the
// renderers' versions, so a rebuild (the tests build the site several times a run, an editor rebuilds after each
// change) reads an unchanged card back instead of drawing it again: a card takes tens of ms to draw, a read well under one.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** PNG files start with these 8 bytes; anything else in the cache (a file cut short) is not used. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface CardCache {
  get(key: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
  set(key: string, png: Uint8Array): Promise<void>;
}

/** The cache key of a card: SHA-256 of its SVG and of what else decides its pixels (fonts, renderer versions). */
export function cardKey(svg: string, rendering: string): string {
  return createHash('sha256').update(rendering).update('\0').update(svg).digest('hex');
}

/** Cards as files `<key>.png` in `dir`. Never fails a build: a cache that cannot be read or written is skipped. */
export function diskCardCache(dir: string): CardCache {
  return {
    async get(key) {
      try {
        const bytes = await readFile(join(dir, `${key}.png`));
        if (bytes.length < 8 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
        return new Uint8Array(bytes);
      } catch {
        return undefined;
      }
    },
    async set(key, png) {
      try {
        await mkdir(dir, { recursive: true });
        // Written under another name, then renamed: two builds at once never read half a file.
        const temporary = join(dir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
        await writeFile(temporary, png);
        await rename(temporary, join(dir, `${key}.png`));
      } catch {
        // A read-only or full disk only costs the next build the drawing.
      }
    },
  };
}
