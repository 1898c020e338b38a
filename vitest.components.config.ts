// The components project: renders story components through Astro's container API (which needs Astro's Vite
// configuration) to check that what the content checks accept is exactly what renders.
import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

/** Tests of a component's stylesheet only read the file: they run in the unit project, without Astro. */
export const STYLESHEET_TESTS = 'tests/components/**/*.css.test.ts';

export default getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'], exclude: [...configDefaults.exclude, STYLESHEET_TESTS], environment: 'node' } });
