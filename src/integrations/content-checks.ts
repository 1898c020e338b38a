// Runs the content integrity checks on every build (fails it on any error) and in dev (errors shown in the browser overlay).
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/content-dir.ts';
import { checkContent } from '../lib/integrity/check-content.ts';
import { formatReport, type Problem } from '../lib/integrity/problem.ts';

export class ContentCheckError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Content has errors; nothing was built.\n${formatReport(problems)}`);
    this.name = 'ContentCheckError';
    this.problems = problems;
  }
}

export function contentChecks(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'marginalia:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = checkContent(root, contentDir(root));
        const errors = problems.filter((p) => p.severity === 'error');
        if (problems.length) (errors.length ? logger.error : logger.warn)(`\n${formatReport(problems)}`);
        if (errors.length && command === 'build') {
          // Leave no earlier site behind that could be mistaken for this build's output.
          const outDir = fileURLToPath(config.outDir);
          if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
          throw new ContentCheckError(problems);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const recheck = (path: string) => {
          if (!path.startsWith(contentDir(root))) return;
          const { problems } = checkContent(root, contentDir(root));
          const errors = problems.filter((p) => p.severity === 'error');
          if (errors.length === 0) return;
          logger.error(`\n${formatReport(problems)}`);
          setTimeout(() => server.hot.send({ type: 'error', err: { message: formatReport(errors), stack: '', plugin: 'marginalia:content-checks' } }), 300);
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
