import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDir } from '../../../src/lib/content/content-dir.ts';

const ROOT = '/srv/site';

describe('contentDir', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is content/ at the project root by default', () => {
    expect(contentDir(ROOT, {})).toBe(join(ROOT, 'content'));
  });

  it('is MARGINALIA_CONTENT_DIR when that is an absolute path', () => {
    expect(contentDir(ROOT, { MARGINALIA_CONTENT_DIR: '/tmp/fixture/content' })).toBe('/tmp/fixture/content');
  });

  it('resolves a relative MARGINALIA_CONTENT_DIR against the project root', () => {
    expect(contentDir(ROOT, { MARGINALIA_CONTENT_DIR: 'tests/fixtures/valid/content' })).toBe(join(ROOT, 'tests/fixtures/valid/content'));
  });

  it('trims spaces around the setting', () => {
    expect(contentDir(ROOT, { MARGINALIA_CONTENT_DIR: '  bench/content \n' })).toBe(join(ROOT, 'bench/content'));
  });

  it('falls back to content/ when the setting is empty or blank', () => {
    expect(contentDir(ROOT, { MARGINALIA_CONTENT_DIR: '' })).toBe(join(ROOT, 'content'));
    expect(contentDir(ROOT, { MARGINALIA_CONTENT_DIR: '   ' })).toBe(join(ROOT, 'content'));
  });

  it('reads the process environment when given none', () => {
    vi.stubEnv('MARGINALIA_CONTENT_DIR', '/elsewhere/content');
    expect(contentDir(ROOT)).toBe('/elsewhere/content');
  });
});
