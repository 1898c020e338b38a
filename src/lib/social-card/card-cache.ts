// Social cards kept between builds, keyed by what they are drawn from, so a rebuild draws only the cards whose story
// changed (drawing one takes ~30 ms of a core). The build's integration names the folder (in Astro's cache dir); with
// none named (dev, tests) every card is drawn. The key includes a digest of the drawing code, so a new layout or
// renderer draws every card again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY = Symbol.for('marginalia.card-cache-dir');

/** Names the folder cards are kept in for this process (the build), or none. */
export function setCardCacheDir(dir: string | undefined): void {
  (globalThis as { [KEY]?: string | undefined })[KEY] = dir;
}

export function cardCacheDir(): string | undefined {
  return (globalThis as { [KEY]?: string | undefined })[KEY];
}

/** The key of a card: its content and the code that draws it. */
export function cardKey(content: unknown, code: string): string {
  return createHash('sha256').update(code).update('\0').update(JSON.stringify(content)).digest('hex');
}

/** The card from the cache folder, or drawn and kept there. */
export async function cachedCard(dir: string | undefined, key: string, draw: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  if (!dir) return draw();
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = await draw();
  mkdirSync(dir, { recursive: true });
  // Written whole, then renamed: a build stopped mid-write leaves no half card for the next one.
  writeFileSync(`${file}.${process.pid}.tmp`, png);
  renameSync(`${file}.${process.pid}.tmp`, file);
  return png;
}
