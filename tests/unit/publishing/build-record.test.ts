import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { previewEnv, readBuildRecord, writeBuildRecord } from '../../../src/lib/publishing/build-record.ts';

const dir = mkdtempSync(join(tmpdir(), 'marginalia-build-record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build record', () => {
  it('reads back what the build wrote', () => {
    const cache = join(dir, 'a');
    writeBuildRecord(cache, { site: 'https://example.org', base: '/checks/', outDir: dir });
    expect(readBuildRecord(cache)).toEqual({ site: 'https://example.org', base: '/checks/', outDir: dir });
  });

  it('is absent when nothing was built, when it is not JSON, or when the output folder is gone', () => {
    expect(readBuildRecord(join(dir, 'none'))).toBeUndefined();
    const cache = join(dir, 'b');
    writeBuildRecord(cache, { site: 'https://example.org', base: '/', outDir: join(dir, 'deleted') });
    expect(readBuildRecord(cache)).toBeUndefined();
    writeFileSync(join(cache, 'marginalia-last-build.json'), '{ not json');
    expect(readBuildRecord(cache)).toBeUndefined();
  });
});

describe('previewEnv', () => {
  const record = { site: 'https://example.org', base: '/checks/', outDir: '/srv/site' };

  it('serves the recorded build under its base path', () => {
    expect(previewEnv(record, {})).toEqual({ BASE_PATH: '/checks/', SITE_URL: 'https://example.org', MARGINALIA_OUT_DIR: '/srv/site' });
  });

  it('lets variables already set win, and adds nothing without a record', () => {
    expect(previewEnv(record, { BASE_PATH: '/other/' })).toEqual({ SITE_URL: 'https://example.org', MARGINALIA_OUT_DIR: '/srv/site' });
    expect(previewEnv(undefined, {})).toEqual({});
  });
});
