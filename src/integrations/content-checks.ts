// Runs the content integrity checks on every build (fails it on any error) and in dev, where pages are replaced by
// a page listing the problems (the same lines as the build's report) for as long as the content has errors —
// at start-up and after any edit — and the browser reloads when the problems change.
import { existsSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/content-dir.ts';
import { checkContent } from '../lib/integrity/check-content.ts';
import { problemPage } from '../lib/dev/problem-page.ts';
import { formatReport, type Problem } from '../lib/content/problem.ts';

export class ContentCheckError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Content has errors; nothing was built.\n${formatReport(problems)}`);
    this.name = 'ContentCheckError';
    this.problems = problems;
  }
}

const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');

/** A browser asking for a page (not a script, style, image or Vite's own modules). */
function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.headers['sec-fetch-dest'] === 'document') return true;
  const path = (req.url ?? '').split('?')[0] ?? '';
  return /text\/html/.test(req.headers.accept ?? '') && !/\/(@|_astro\/|node_modules\/|src\/)/.test(path);
}

export function contentChecks(): AstroIntegration {
  let root = process.cwd();
  let problems: Problem[] = [];
  return {
    name: 'marginalia:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build' && command !== 'dev') return;
        problems = checkContent(root, contentDir(root)).problems;
        // Called as methods: the logger's methods need their `this`.
        if (hasErrors(problems)) logger.error(`\n${formatReport(problems)}`);
        else if (problems.length) logger.warn(`\n${formatReport(problems)}`);
        if (hasErrors(problems) && command === 'build') {
          // Leave no earlier site behind that could be mistaken for this build's output.
          const outDir = fileURLToPath(config.outDir);
          if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
          throw new ContentCheckError(problems);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir(root);
        const recheck = (path: string) => {
          if (!path.startsWith(dir)) return;
          const before = formatReport(problems);
          problems = checkContent(root, dir).problems;
          const report = formatReport(problems);
          if (report === before) return;
          if (hasErrors(problems)) logger.error(`\n${report}`);
          else logger.info(problems.length ? `content errors fixed; ${problems.length} warning(s) remain` : 'content errors fixed');
          // Open pages reload: into the problem page while there are errors, back into the site once they are fixed.
          server.hot.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
        server.middlewares.use((req, res, next) => {
          if (!hasErrors(problems) || !isPageRequest(req)) return next();
          server
            .transformIndexHtml(req.url ?? '/', problemPage(problems))
            .then((html) => {
              res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
              res.end(html);
            })
            .catch(next);
        });
      },
    },
  };
}
