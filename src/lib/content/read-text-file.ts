// A content file's text read back after the checks (src/lib/content/entry-body.ts, dataset-rows.ts), decoded as they
// decode it; a file that went or no longer decodes gives nothing, which the next content check reports.
import { readFileSync } from 'node:fs';
import { decodeText } from './decode-text.ts';

export function readTextFile(path: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.text : undefined;
}
