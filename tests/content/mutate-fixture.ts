// Copies the valid fixture to a fresh temporary folder and edits real files there, so each bad-content test
// runs the same code path as the build (read from disk, then every integrity rule).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The valid fixture's project root (it holds `content/`). */
export const VALID_ROOT = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

const created: string[] = [];

/** A fresh copy of the valid fixture; returns the new project root (with `content/` inside). */
export function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'marginalia-bad-content-'));
  cpSync(join(VALID_ROOT, 'content'), join(root, 'content'), { recursive: true });
  created.push(root);
  return root;
}

/** Removes every copy made so far (call from afterEach/afterAll). */
export function removeCopies(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** A fixture copy with editing helpers; paths are relative to the project root, e.g. `content/glossary.yaml`. */
export class FixtureCopy {
  readonly root: string;

  constructor(root = copyFixture()) {
    this.root = root;
  }

  path(file: string): string {
    return join(this.root, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  /** Writes a file, creating its folder if needed. */
  write(file: string, content: string | Uint8Array): this {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    writeFileSync(this.path(file), content);
    return this;
  }

  /** Replaces exactly one occurrence of `from` (throws if it is absent, so a stale mutation cannot pass silently). */
  replace(file: string, from: string | RegExp, to: string): this {
    const text = this.read(file);
    const found = typeof from === 'string' ? text.includes(from) : from.test(text);
    if (!found) throw new Error(`mutation target ${String(from)} not found in ${file}`);
    return this.write(file, text.replace(from, to));
  }

  append(file: string, extra: string): this {
    return this.write(file, this.read(file) + extra);
  }

  rename(from: string, to: string): this {
    renameSync(this.path(from), this.path(to));
    return this;
  }

  remove(file: string): this {
    unlinkSync(this.path(file));
    return this;
  }
}
