import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearStoreIfSchemasChanged, schemaDigest } from '../../../src/lib/content/schema-digest.ts';

const dir = mkdtempSync(join(tmpdir(), 'marginalia-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('schemaDigest', () => {
  it('is stable for the same schema modules', () => {
    expect(schemaDigest()).toBe(schemaDigest());
    expect(schemaDigest()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('clearStoreIfSchemasChanged', () => {
  it('keeps the store on the first build and while the schemas stay the same', () => {
    const cache = join(dir, 'same');
    mkdirSync(cache);
    writeFileSync(join(cache, 'data-store.json'), '{}');
    expect(clearStoreIfSchemasChanged(cache)).toBe(false);
    expect(clearStoreIfSchemasChanged(cache)).toBe(false);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(true);
  });

  it('clears the store when the recorded digest differs, and records the new one', () => {
    const cache = join(dir, 'changed');
    mkdirSync(cache);
    writeFileSync(join(cache, 'data-store.json'), '{}');
    writeFileSync(join(cache, 'marginalia-schema-digest.txt'), 'an older schema');
    expect(clearStoreIfSchemasChanged(cache)).toBe(true);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
    expect(readFileSync(join(cache, 'marginalia-schema-digest.txt'), 'utf8')).toBe(schemaDigest());
  });

  it('clears the store when the content is read from another folder', () => {
    const cache = join(dir, 'moved');
    mkdirSync(cache);
    expect(clearStoreIfSchemasChanged(cache, '/tmp/a/content')).toBe(false);
    writeFileSync(join(cache, 'data-store.json'), '{}');
    expect(clearStoreIfSchemasChanged(cache, '/tmp/a/content')).toBe(false);
    expect(clearStoreIfSchemasChanged(cache, '/tmp/b/content')).toBe(true);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
  });
});
