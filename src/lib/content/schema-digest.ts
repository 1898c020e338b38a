// Astro's content store keeps parsed entries between builds and clears them only when content.config.ts itself or
// the Astro config changes, not when a schema imported from src/lib/content does. After a change to the schemas (an
// upgrade, say) the store would hand pages entries of the old shape. The digest of the schema modules, kept beside
// the store, tells the content checks when to clear it. It also covers where the content lives: the store keys
// entries by id and content hash, so the same files read from another folder (MARGINALIA_CONTENT_DIR) would keep the
// old folder's paths, and the build would look for files that are gone.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The modules whose text defines what an entry looks like. */
const SCHEMA_MODULES = ['schema.ts', 'fields.ts'];

export function schemaDigest(contentFolder = ''): string {
  const hash = createHash('sha256');
  for (const name of SCHEMA_MODULES) hash.update(readFileSync(new URL(name, import.meta.url)));
  if (contentFolder) hash.update(`\0${contentFolder}`);
  return hash.digest('hex');
}

/**
 * Clears Astro's content store in `cacheDir` when the schemas, or the content folder (an absolute path), changed
 * since it was written; true when it did.
 */
export function clearStoreIfSchemasChanged(cacheDir: string, contentFolder = ''): boolean {
  const record = join(cacheDir, 'marginalia-schema-digest.txt');
  const store = join(cacheDir, 'data-store.json');
  const digest = schemaDigest(contentFolder);
  const previous = existsSync(record) ? readFileSync(record, 'utf8') : undefined;
  const changed = previous !== undefined && previous !== digest;
  if (changed && existsSync(store)) rmSync(store);
  if (previous !== digest && existsSync(cacheDir)) writeFileSync(record, digest);
  return changed;
}
