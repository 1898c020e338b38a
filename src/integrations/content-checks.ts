// The content checks on every build and in the dev server: one report, worded the same in `npm run check:content`,
// the build and the browser.
// - Build: the report is printed once; on an error the build ends with exit code 1, no stack trace and no dist/.
//   Scaffold placeholders, warnings while editing, are errors here: they must not be published.
// - Dev: while the content has errors, every route of the site (pages, feeds, cards) answers with the problem page,
//   from start-up and after each save; it polls for changes and returns to the site once the content is fixed.
//   Open pages of the site reload when the problems change. The editor's workbench (a dev toolbar app) reads the
//   same report from /__marginalia/problems.json.
import { existsSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forgetChecked, rememberChecked } from '../lib/content/checked-content.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { clearStoreIfSchemasChanged } from '../lib/content/schema-digest.ts';
import { formatReport, hasErrors, type Problem } from '../lib/content/problem.ts';
import { problemPage, PROBLEMS_ENDPOINT } from '../lib/dev/problem-page.ts';
import { checkContent } from '../lib/integrity/check-content.ts';
import { writeBuildRecord } from '../lib/publishing/build-record.ts';
import { DEFAULT_SITE, deployWarning } from '../lib/publishing/deploy-config.ts';
import { workbench } from './workbench.ts';

/** Requests for Vite's and Astro's own modules and tools, which must keep working while the site is replaced. */
const TOOLING = /^\/(@|__|node_modules\/|src\/|\.astro\/|_astro\/)/;

/** A request for a page, feed or card of the site (not a module, a tool or a file from public/). */
function isSiteRequest(req: IncomingMessage, publicFile: (path: string) => boolean, base: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  const local = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  if (TOOLING.test(path) || TOOLING.test(local)) return false;
  return !publicFile(local);
}

export function contentChecks(): AstroIntegration {
  let root = process.cwd();
  let problems: Problem[] = [];
  let base = '/';
  let publicDir = '';
  let site = DEFAULT_SITE;
  let cacheDir = '';
  return {
    name: 'marginalia:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger, addDevToolbarApp }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ?? DEFAULT_SITE;
        cacheDir = fileURLToPath(config.cacheDir);
        publicDir = fileURLToPath(config.publicDir);
        if (command !== 'build' && command !== 'dev') return;
        // The dev server keeps its store while the folder it watches stays the same; builds also clear it when they read
        // content from another folder than the build before.
        if (clearStoreIfSchemasChanged(fileURLToPath(config.cacheDir), command === 'build' ? contentDir(root) : undefined)) logger.info('the content folder or its schemas changed since the last build: reading every file again');
        const checked = checkContent(root, contentDir(root), { purpose: command === 'build' ? 'build' : 'edit' });
        problems = checked.problems;
        // The build's loaders take these entries instead of reading every file again (the dev server's read afresh).
        if (command === 'build') rememberChecked(contentDir(root), checked.bundle);
        if (problems.length > 0) logger[hasErrors(problems) ? 'error' : 'warn'](`\n${formatReport(problems)}`);
        if (command === 'dev') {
          addDevToolbarApp(workbench.app);
          return;
        }
        if (hasErrors(problems)) {
          // Leave no earlier site behind that could be mistaken for this build's output, and end here: the report
          // above is the whole story, and a thrown error would add Astro's stack trace to it.
          const outDir = fileURLToPath(config.outDir);
          if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
          logger.error('Nothing was built: fix the errors above (npm run check:content lists them again).');
          process.exit(1);
        }
        const warning = deployWarning(process.env);
        if (warning) logger.warn(warning);
      },
      // Content sync is over: the store holds the entries now.
      'astro:build:start': () => forgetChecked(),
      'astro:build:done': ({ dir }) => {
        // `npm run preview` serves this build under the base path it was built for.
        writeBuildRecord(cacheDir, { site, base, outDir: fileURLToPath(dir) });
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir(root);
        let version = 0;
        let pending: ReturnType<typeof setTimeout> | undefined;
        // Editors' saves can arrive as several events (truncate, then write): check once they settle, so a file
        // caught half-written is not reported as empty until the next save.
        const recheck = (path: string) => {
          if (!path.startsWith(dir)) return;
          clearTimeout(pending);
          pending = setTimeout(runChecks, 150);
        };
        const runChecks = () => {
          const before = formatReport(problems);
          problems = checkContent(root, dir, { purpose: 'edit' }).problems;
          const report = formatReport(problems);
          if (report === before) return;
          version += 1;
          if (hasErrors(problems)) logger.error(`\n${report}`);
          else logger.info(problems.length ? `content errors fixed; ${problems.length} warning(s) remain` : 'content errors fixed');
          // Open pages of the site reload, into the problem page while there are errors (the problem page itself polls).
          server.hot.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
        const publicFile = (path: string) => path !== '/' && existsSync(`${publicDir}${path}`) && !path.endsWith('/');
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (path === PROBLEMS_ENDPOINT) {
            res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
            res.end(JSON.stringify({ version, problems }));
            return;
          }
          if (workbench.handles(req)) {
            workbench.handle(req, res, root, dir, base, logger).catch(next);
            return;
          }
          if (!hasErrors(problems) || !isSiteRequest(req, publicFile, base)) return next();
          res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(problemPage(problems, version));
        });
      },
    },
  };
}
