// Rebuilds leave the pages they keep where they are (src/lib/publishing/kept-output.ts says how and why). Only for
// `astro build` with experimental.incrementalBuild on; otherwise Astro empties the output folder as usual.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readManifest, recordedOutputs } from '../lib/publishing/incremental-manifest.ts';
import { droppedOutputs, emptyExcept, removeOutputs } from '../lib/publishing/kept-output.ts';

export function keptOutput(): AstroIntegration {
  let active = false;
  let outDir = '';
  let cacheDir = '';
  let keptBefore = new Set<string>();
  return {
    name: 'marginalia:kept-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        active = command === 'build' && config.experimental.incrementalBuild === true;
        if (active) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        if (!active) return;
        keptBefore = emptyExcept(outDir, recordedOutputs(readManifest(cacheDir), outDir));
      },
      'astro:build:done': ({ logger }) => {
        if (!active) return;
        const dropped = droppedOutputs(keptBefore, recordedOutputs(readManifest(cacheDir), outDir));
        removeOutputs(outDir, dropped);
        if (dropped.length > 0) logger.info(`removed ${dropped.length} file(s) of pages the last build had and this one does not`);
        keptBefore = new Set();
      },
    },
  };
}
