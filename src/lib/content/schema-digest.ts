// Astro's content store keeps parsed entries between builds and clears them only when content.config.ts itself or
// the Astro config changes, not when a schema imported from src/lib/content does. After a change to the schemas (an
// upgrade, say) the store would hand pages entries of the old shape. The digest of the schema modules, kept beside
// the store, tells the content checks when to clear it. A build also records where the content lives: the store keys
// entries by id and content hash, so the same files read from another folder (MARGINALIA_CONTENT_DIR) would keep the
// old folder's paths, and the build would look for files that are gone.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The modules whose text defines what an entry looks like. */
const SCHEMA_MODULES = ['schema.ts', 'fields.ts'];

export function schemaDigest(): string {
  const hash = createHash('sha256');
  for (const name of SCHEMA_MODULES) hash.update(readFileSync(new URL(name, import.meta.url)));
  return hash.digest('hex');
}

/** Compares `value` with what `record` holds, writes it when it differs; true when an earlier value differed. */
function changedSince(cacheDir: string, record: string, value: string): boolean {
  const file = join(cacheDir, record);
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (previous !== value && existsSync(cacheDir)) writeFileSync(file, value);
  return previous !== undefined && previous !== value;
}

/**
 * Clears Astro's content store in `cacheDir` when the schemas changed since it was written, or, given the content
 * folder (an absolute path; builds give it), when the last build read another folder; true when it did.
 */
export function clearStoreIfSchemasChanged(cacheDir: string, contentFolder?: string): boolean {
  const store = join(cacheDir, 'data-store.json');
  const schemas = changedSince(cacheDir, 'marginalia-schema-digest.txt', schemaDigest());
  const folder = contentFolder !== undefined && changedSince(cacheDir, 'marginalia-content-folder.txt', contentFolder);
  const changed = schemas || folder;
  if (changed && existsSync(store)) rmSync(store);
  return changed;
}
