import { describe, expect, it } from 'vitest';
import { BUILD_ENV, buildEnv } from '../../../src/lib/publishing/build-env.ts';

describe('buildEnv', () => {
  it("has mimalloc return the bundler's freed memory at once", () => {
    expect(buildEnv({ PATH: '/bin' })).toEqual({ MIMALLOC_PURGE_DELAY: '0', PATH: '/bin' });
  });

  it('keeps a value the environment already sets, so a deployer can change it', () => {
    expect(buildEnv({ MIMALLOC_PURGE_DELAY: '10' }).MIMALLOC_PURGE_DELAY).toBe('10');
  });

  it('adds only variables the allocator reads, nothing the site or Astro would see', () => {
    expect(Object.keys(BUILD_ENV).every((name) => name.startsWith('MIMALLOC_'))).toBe(true);
  });
});
