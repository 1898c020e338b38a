// Builds the Pagefind search index into the build's output folder after every `astro build`, so search works on
// any static host without a server. Only pages marked data-pagefind-body (stories, claims, sources) are indexed.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function searchIndex(): AstroIntegration {
  return {
    name: 'marginalia:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const outDir = fileURLToPath(dir);
        const pagefind = await import('pagefind');
        // Chart drawings and data tables repeat what the text says; skipping them keeps the index small and fast to build.
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg', 'figure.chart details', '.cite-note'] });
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no page to index (no element with data-pagefind-body?)');
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages in ${Date.now() - started} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
