import { describe, expect, it } from 'vitest';
import { BUNDLER_ENV, buildEnv, buildEnvAdditions, dropBundlerEnv } from '../../../src/lib/publishing/build-env.ts';

describe('the build environment', () => {
  it("has mimalloc return the bundler's freed memory at once, and says what it added", () => {
    expect(buildEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', MIMALLOC_PURGE_DELAY: '0', MARGINALIA_BUNDLER_ENV: 'MIMALLOC_PURGE_DELAY' });
  });

  it('keeps a value the environment already sets, and adds nothing then', () => {
    expect(buildEnv({ MIMALLOC_PURGE_DELAY: '10' })).toEqual({ MIMALLOC_PURGE_DELAY: '10' });
    expect(buildEnvAdditions({ MIMALLOC_PURGE_DELAY: '10' })).toEqual({});
  });

  it('takes away what it added once the bundler has read it, so the card renderer keeps its own default', () => {
    const env = buildEnv({ PATH: '/bin' });
    dropBundlerEnv(env);
    expect(env).toEqual({ PATH: '/bin' });
  });

  it("leaves a deployer's own value, and any variable that is not one of its own even if listed", () => {
    const own = { MIMALLOC_PURGE_DELAY: '10' };
    dropBundlerEnv(own);
    expect(own).toEqual({ MIMALLOC_PURGE_DELAY: '10' });
    const listed: NodeJS.ProcessEnv = { PATH: '/bin', MARGINALIA_BUNDLER_ENV: 'PATH' };
    dropBundlerEnv(listed);
    expect(listed).toEqual({ PATH: '/bin' });
  });

  it('adds only variables the allocator reads, nothing the site or Astro would see', () => {
    expect(Object.keys(BUNDLER_ENV).every((name) => name.startsWith('MIMALLOC_'))).toBe(true);
  });
});
