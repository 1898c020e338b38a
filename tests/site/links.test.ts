// Every internal link, image, script and stylesheet in the build resolves under the base path, fragments included.
import { describe, expect, it } from 'vitest';
import { checkLinks } from './gates/links.ts';
import { siteEnv } from './site-env.ts';

describe('internal links', () => {
  it('all resolve to files and ids in the build', () => {
    expect(checkLinks(siteEnv())).toEqual([]);
  });
});
