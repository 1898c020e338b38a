// A temporary folder for a test file's own small inputs, removed after its tests: `write` puts bytes in a named file
// and returns its path, `path` names one that is not written (a file that is gone).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function scratchFiles(prefix: string) {
  const folder = mkdtempSync(join(tmpdir(), `${prefix}-`));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return {
    path: (name: string) => join(folder, name),
    write(name: string, bytes: string | Uint8Array): string {
      writeFileSync(join(folder, name), bytes);
      return join(folder, name);
    },
  };
}
