import { defineConfig } from 'vitest/config';
import { STYLESHEET_TESTS } from './vitest.components.config.ts';

// Three projects: fast pure-logic tests; components rendered through Astro's container (their own config, which
// needs Astro's Vite setup); and tests that build the site and read dist/, built once in tests/site/global-setup.ts.
// Tests of files outside src/lib sit at paths mirroring them (tests/components/charts/charts.css.test.ts for
// src/components/charts/charts.css, tests/github/ for .github/) and run here when they only read the file.
export default defineConfig({
  test: {
    projects: [
      './vitest.components.config.ts',
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/tools/**/*.test.ts', 'tests/github/**/*.test.ts', STYLESHEET_TESTS],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
