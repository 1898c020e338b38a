// Astro's content store keeps parsed entries between builds and clears them only when content.config.ts itself or
// the Astro config changes, not when a schema imported from src/lib/content does. After a change to the schemas (an
// upgrade, say) the store would hand pages entries of the old shape. The digest of the schema modules, kept beside
// the store, tells the content checks when to clear it.
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

/** Clears Astro's content store in `cacheDir` when the schemas changed since it was written; true when it did. */
export function clearStoreIfSchemasChanged(cacheDir: string): boolean {
  const record = join(cacheDir, 'marginalia-schema-digest.txt');
  const store = join(cacheDir, 'data-store.json');
  const digest = schemaDigest();
  const previous = existsSync(record) ? readFileSync(record, 'utf8') : undefined;
  const changed = previous !== undefined && previous !== digest;
  if (changed && existsSync(store)) rmSync(store);
  if (previous !== digest && existsSync(cacheDir)) writeFileSync(record, digest);
  return changed;
}
