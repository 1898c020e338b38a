// `npm run bench`: builds synthetic sites of 10, 50 and 200 stories, and the same pages as a plain Astro + MDX site,
// and reports wall time, peak memory, pages and output size against the goals (tools/bench/report.ts).
//
//   npm run bench                         all three sizes; writes bench/results.json and bench/RESULTS.md
//   npm run bench -- --sizes 10,50        other sizes (results files are then left alone unless --write)
//   npm run bench -- --profile 200        also one CPU-profiled build at 200 stories (bench/work/profiles/, git-ignored);
//                                         --sizes '' --profile 200 for the profile alone
//   npm run bench -- --sizes '' --memory 1000   one build of 1,000 stories with its memory sampled every half second
//                                         (tools/bench/memory-sampler.ts): where resident memory, the heap and its
//                                         large-object space peaked; the samples stay in bench/work/memory/
//   npm run bench -- --runs 1             builds per size and site (default 3, alternating; the median is reported)
//   npm run bench -- --keep               keep the temp folder (content, both projects, outputs) and print its path
//   npm run bench -- --sizes 200 --project ../other-checkout   build another checkout's code (A/B comparisons)
//   npm run bench -- --sizes 10,50,200,1000   also 1,000 stories (opt-in: minutes, and the peak memory goal)
//   npm run bench -- --warm 200           the size at which an editor's rebuild is timed (default 200; '' for none): one
//                                         claim changed after the cold build, built again with Astro's caches
//   npm run bench -- --no-lighthouse      skip Lighthouse (mobile) on a story, a claim and an original page of that
//                                         size (served gzipped, as a static host does; needs the lighthouse devDependency)
//
// Marginalia builds run `astro build` in the environment `npm run build` gives it (src/lib/publishing/build-env.ts);
// the plain site builds as plain Astro does. Each Marginalia build runs in its own copy of the project (src/,
// public/, configs; node_modules linked) with its own Astro cache, so it never shares .astro/ or the content cache with a build or test running in this checkout.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, realpathSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, type as osType, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../src/lib/integrity/check-content.ts';
import { buildEnvAdditions } from '../src/lib/publishing/build-env.ts';
import { plainPageCount, plainSiteFiles } from '../tools/bench/plain-site.ts';
import { checkGoals, goalLines, lighthouseGoals, markdownTable, marginalCosts, medianRun, TABLE_HEADER, tableRows, textTable, warmGoal, type BuildMeasure, type LighthouseResult, type SizeResult, type WarmMeasure } from '../tools/bench/report.ts';
import { runLighthouse } from '../tools/bench/lighthouse.ts';
import { memoryLines, parseSamples, summariseMemory } from '../tools/bench/memory-summary.ts';
import { serveStatic } from '../tools/site/serve.ts';
import { syntheticContent } from '../tools/bench/synthetic-content.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,50,200' },
    seed: { type: 'string', default: '20261125' },
    profile: { type: 'string' },
    memory: { type: 'string' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    write: { type: 'boolean' },
    project: { type: 'string' },
    warm: { type: 'string', default: '200' },
    lighthouse: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
/** Where the Marginalia code to build comes from: this checkout, or another (e.g. a worktree of an older commit) to compare. */
const projectSource = values.project ? resolve(values.project) : repoRoot;
const sizes = values.sizes.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const seed = Number(values.seed);
const runs = Math.max(1, Number(values.runs) || 1);
const defaultSizes = values.sizes === '10,50,200';
const writeResults = values.write ?? (defaultSizes && !values.project);
const warmSize = Number(values.warm) || 0;

const nodeBin = existsSync(join(repoRoot, 'node_modules/.bin/node')) ? join(repoRoot, 'node_modules/.bin/node') : process.execPath;
const astroCli = realpathSync(join(repoRoot, 'node_modules/.bin/astro'));
const timeBin = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));

// ── files ───────────────────────────────────────────────────────────────────
function writeFiles(dir: string, files: Map<string, string>): void {
  for (const [path, text] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

function walk(dir: string): Array<{ path: string; size: number }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => join(dir, rel))
    .filter((p) => lstatSync(p).isFile())
    .map((p) => ({ path: p, size: statSync(p).size }));
}

/**
 * Links this repository's packages into a project: a real node_modules folder whose entries are symlinks, so
 * packages resolve as usual while the caches Astro and Vite keep in node_modules (.astro, .vite) stay private
 * to the project instead of landing in (and thrashing) this checkout's node_modules.
 */
function linkNodeModules(projectRoot: string): void {
  const dir = join(projectRoot, 'node_modules');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (name === '.vite' || name === '.astro' || existsSync(join(dir, name))) continue;
    symlinkSync(join(repoRoot, 'node_modules', name), join(dir, name));
  }
}

/** A private copy of the project to build in: its own .astro/ and cache; node_modules linked. */
function marginaliaProject(work: string): string {
  const root = join(work, 'marginalia');
  mkdirSync(root, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(projectSource, name))) cpSync(join(projectSource, name), join(root, name), { recursive: true });
  }
  linkNodeModules(root);
  // The project's own config, with the content cache in a folder the bench clears before each build.
  writeFileSync(join(root, 'astro.config.bench.mjs'), "import config from './astro.config.mjs';\n\nexport default { ...config, cacheDir: './.bench-cache/' };\n");
  return root;
}

// ── measuring a build ───────────────────────────────────────────────────────
interface RunResult {
  wallMs: number;
  peakRssMb: number | null;
  output: string;
}

/** Peak RSS of a pid from /proc (used when /usr/bin/time is missing): VmHWM is the high-water mark. */
function procPeakKb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function runBuild(cwd: string, args: string[], env: Record<string, string>, nodeFlags: string[] = []): Promise<RunResult> {
  const command = [nodeBin, ...nodeFlags, astroCli, 'build', ...args];
  const [file, ...argv] = timeBin ? [timeBin, '-v', ...command] : command;
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(file as string, argv, {
      cwd,
      env: { ...process.env, PATH: `${join(repoRoot, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let polledKb: number | null = null;
    const poll = timeBin ? undefined : setInterval(() => (polledKb = Math.max(polledKb ?? 0, procPeakKb(child.pid ?? -1) ?? 0)), 100);
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      if (code !== 0) {
        fail(new Error(`astro build failed in ${cwd} (exit ${code}):\n${output.split("\n").slice(-60).map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l)).join("\n")}`));
        return;
      }
      const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      const kb = timed ? Number(timed[1]) : polledKb;
      ok({ wallMs, peakRssMb: kb ? kb / 1024 : null, output });
    });
  });
}

/** A Marginalia build of `contentDir` into `outDir`, in the environment `npm run build` gives it (src/lib/publishing/build-env.ts). */
function buildMarginalia(contentDir: string, outDir: string, env: Record<string, string> = {}, nodeFlags: string[] = []): Promise<RunResult> {
  return runBuild(marginaliaRoot, ['--config', 'astro.config.bench.mjs'], { ...buildEnvAdditions(process.env), MARGINALIA_CONTENT_DIR: contentDir, MARGINALIA_OUT_DIR: outDir, ...env }, nodeFlags);
}

/**
 * The chart gallery (/charts/, src/data/chart-gallery.ts) draws shipped datasets by id and fails the build when they
 * are missing. Until it copes with other content, the generated content gets those datasets and the sources they
 * cite (a few "never drawn/cited" warnings). Returns nothing once the gallery no longer names missing datasets.
 */
function galleryDatasets(files: Map<string, string>): Map<string, string> {
  const gallery = join(repoRoot, 'src/data/chart-gallery.ts');
  const extra = new Map<string, string>();
  if (!existsSync(gallery)) return extra;
  const ids = new Set([...readFileSync(gallery, 'utf8').matchAll(/dataset: '([a-z0-9-]+)'/g)].map((m) => m[1] as string));
  for (const id of ids) {
    const yamlFile = join(repoRoot, 'content/datasets', `${id}.yaml`);
    if (files.has(`datasets/${id}.yaml`) || !existsSync(yamlFile)) continue;
    const yamlText = readFileSync(yamlFile, 'utf8');
    extra.set(`datasets/${id}.yaml`, yamlText);
    extra.set(`datasets/${id}.csv`, readFileSync(join(repoRoot, 'content/datasets', `${id}.csv`), 'utf8'));
    const sources = (parseYaml(yamlText) as { sources?: string[] }).sources ?? [];
    for (const source of sources) extra.set(`sources/${source}.yaml`, readFileSync(join(repoRoot, 'content/sources', `${source}.yaml`), 'utf8'));
  }
  return extra;
}

/** Nothing kept from an earlier build: Astro's and Vite's caches, and the drawn social cards (node_modules/.cache). */
function coldStart(projectRoot: string): void {
  for (const dir of ['.astro', '.bench-cache', 'node_modules/.vite', 'node_modules/.astro', 'node_modules/.cache']) rmSync(join(projectRoot, dir), { recursive: true, force: true });
}

/** Build logs go to bench/work/logs/ (git-ignored) for a look at the phases. */
function saveLog(name: string, output: string): void {
  const dir = join(repoRoot, 'bench/work/logs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.log`), output);
}

function measureOutput(outDir: string): Pick<BuildMeasure, 'pages' | 'distBytes'> {
  const files = walk(outDir);
  return { pages: files.filter((f) => f.path.endsWith('.html')).length, distBytes: files.reduce((n, f) => n + f.size, 0) };
}

/** Edits one claim as an editor would (its claimReviewed line), returning the file and the text now in it. */
function editOneClaim(contentDir: string): { file: string; text: string } {
  const story = readdirSync(join(contentDir, 'claims')).sort()[0] ?? '';
  const name = readdirSync(join(contentDir, 'claims', story)).filter((n) => n.endsWith('.yaml')).sort()[0] ?? '';
  const file = join(contentDir, 'claims', story, name);
  const yaml = readFileSync(file, 'utf8');
  const text = 'edited for the warm rebuild';
  if (!/^claimReviewed: .*$/m.test(yaml)) throw new Error(`${file} has no claimReviewed line to edit`);
  writeFileSync(file, yaml.replace(/^claimReviewed: (.*)$/m, `claimReviewed: $1 (${text})`));
  return { file, text };
}

/** Pages Astro kept from its incremental cache ("(cached)", "(restored)") and pages it rendered, from the build log. */
function pageCounts(output: string): { cachedPages: number; renderedPages: number } {
  const listed = (output.match(/├─/g) ?? []).length;
  const cachedPages = (output.match(/\((cached|restored)\)/g) ?? []).length;
  return { cachedPages, renderedPages: listed - cachedPages };
}

/** Lighthouse on the first story of a built site: its page, its first claim's page, its original. */
async function lighthouseOn(outDir: string, contentDir: string): Promise<LighthouseResult[] | undefined> {
  const story = readdirSync(join(contentDir, 'stories')).sort()[0] ?? '';
  const claim = (readdirSync(join(outDir, story, 'claims')).sort()[0] ?? '');
  const server = await serveStatic(outDir, '/', { gzip: true });
  try {
    const pages = [
      { kind: 'story' as const, path: `/${story}/` },
      { kind: 'claim' as const, path: `/${story}/claims/${claim}/` },
      { kind: 'original' as const, path: `/${story}/original/` },
    ];
    return await runLighthouse(pages.map((p) => ({ ...p, url: server.url(p.path) })));
  } finally {
    await server.close();
  }
}

// ── run ─────────────────────────────────────────────────────────────────────
const work = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
const astroVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
const nodeVersion = (await new Promise<string>((ok) => {
  const child = spawn(nodeBin, ['--version']);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.on('close', () => ok(out.trim()));
})) || process.version;
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: nodeVersion,
  astro: astroVersion,
  os: `${osType()} ${release()}`,
  peakRssFrom: timeBin ? `${timeBin} -v (maximum resident set size of the build process)` : '/proc/<pid>/status VmHWM',
};
console.log(`bench: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, Astro ${machine.astro}`);
console.log(`bench: working in ${work}\n`);

const marginaliaRoot = marginaliaProject(work);
/** Files added for the chart gallery (see galleryDatasets). */
let galleryFiles = 0;
let warm: WarmMeasure | undefined;
let lighthouse: LighthouseResult[] | undefined;
let lighthouseNote = '';
const results: Array<SizeResult & { runs: { marginaliaMs: number[]; plainMs: number[] }; checkContentMs: number; searchIndexMs: number | null; contentFiles: number; warnings: number }> = [];

try {
  for (const stories of sizes) {
    const content = syntheticContent({ stories, seed });
    const contentDir = join(marginaliaRoot, 'bench-content', `s${stories}`);
    writeFiles(contentDir, content.files);
    const gallery = galleryDatasets(content.files);
    writeFiles(contentDir, gallery);
    galleryFiles = gallery.size;

    // The content checks alone, in this process (the build runs them too).
    const checkStarted = performance.now();
    const { problems } = checkContent(marginaliaRoot, contentDir);
    const checkContentMs = performance.now() - checkStarted;
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new Error(`generated content has ${errors.length} errors, e.g. ${JSON.stringify(errors[0])}`);

    // Alternating runs, each cold (no .astro/, no content cache): Marginalia, then the plain site with the same text
    // and the same number of pages. The run with the median wall time of each is reported.
    const outDir = join(work, 'out', `marginalia-${stories}`);
    const plainRoot = join(work, `plain-${stories}`);
    const plainOut = join(work, 'out', `plain-${stories}`);
    const marginaliaRuns: Array<BuildMeasure & { searchIndexMs: number | null }> = [];
    const plainRuns: BuildMeasure[] = [];
    for (let run = 1; run <= runs; run++) {
      coldStart(marginaliaRoot);
      process.stdout.write(`${stories} stories${runs > 1 ? ` (run ${run} of ${runs})` : ''}: Marginalia build… `);
      const m = await buildMarginalia(contentDir, outDir);
      saveLog(`marginalia-${stories}${runs > 1 ? `-run${run}` : ''}`, m.output);
      const searchIndex = /search index: \d+ pages; (\d+) ms after the last page/.exec(m.output);
      marginaliaRuns.push({ wallMs: m.wallMs, peakRssMb: m.peakRssMb, ...measureOutput(outDir), searchIndexMs: searchIndex ? Number(searchIndex[1]) : null });
      process.stdout.write(`${(m.wallMs / 1000).toFixed(1)} s, ${marginaliaRuns.at(-1)?.pages} pages; plain Astro build… `);

      if (run === 1) {
        const otherPages = Math.max(0, (marginaliaRuns[0]?.pages ?? 0) - plainPageCount(content, 0));
        writeFiles(plainRoot, plainSiteFiles(content, { otherPages }));
        linkNodeModules(plainRoot);
      }
      coldStart(plainRoot);
      const p = await runBuild(plainRoot, [], { MARGINALIA_OUT_DIR: plainOut });
      saveLog(`plain-${stories}${runs > 1 ? `-run${run}` : ''}`, p.output);
      plainRuns.push({ wallMs: p.wallMs, peakRssMb: p.peakRssMb, ...measureOutput(plainOut) });
      console.log(`${(p.wallMs / 1000).toFixed(1)} s, ${plainRuns.at(-1)?.pages} pages`);
    }
    const { searchIndexMs, ...marginalia } = medianRun(marginaliaRuns);
    const plain = medianRun(plainRuns);
    const allRuns = { marginaliaMs: marginaliaRuns.map((r) => Math.round(r.wallMs)), plainMs: plainRuns.map((r) => Math.round(r.wallMs)) };

    results.push({ stories, marginalia, plain, runs: allRuns, checkContentMs, searchIndexMs, contentFiles: content.files.size, warnings: problems.length });

    if (stories === warmSize) {
      // An editor's rebuild: one claim changed since the last (cold) build, Astro's caches and the card cache kept.
      const edit = editOneClaim(contentDir);
      process.stdout.write(`${stories} stories: warm rebuild after editing ${edit.file.slice(contentDir.length + 1)}… `);
      const w = await buildMarginalia(contentDir, outDir);
      saveLog(`marginalia-${stories}-warm`, w.output);
      const storyPage = readFileSync(join(outDir, readdirSync(join(contentDir, 'claims')).sort()[0] ?? '', 'index.html'), 'utf8');
      if (!storyPage.includes(edit.text)) throw new Error('the warm rebuild did not show the edited claim on its story page');
      warm = { stories, coldMs: marginalia.wallMs, warmMs: w.wallMs, ...pageCounts(w.output) };
      console.log(`${(w.wallMs / 1000).toFixed(1)} s (${warm.cachedPages} pages kept, ${warm.renderedPages} rendered)`);
      if (values.lighthouse) {
        process.stdout.write(`${stories} stories: Lighthouse (mobile) on a story, a claim and an original… `);
        lighthouse = await lighthouseOn(outDir, contentDir);
        if (!lighthouse) lighthouseNote = 'Lighthouse was not run: the lighthouse devDependency is not installed (npm install).';
        console.log(lighthouse ? lighthouse.map((r) => `${r.kind} ${Object.values(r.scores).join('/')}`).join(', ') : 'not installed');
      }
    }
    // Outputs of big sizes take hundreds of MB: keep only what --keep asks for.
    if (!values.keep) for (const dir of [outDir, plainOut, contentDir, plainRoot]) rmSync(dir, { recursive: true, force: true });
  }

  const rows = tableRows(results);
  const goals = [...checkGoals(results), ...(warm ? [warmGoal(warm)] : []), ...lighthouseGoals(lighthouse ?? [])];
  const marginal = marginalCosts([...results].sort((a, b) => a.stories - b.stories));
  console.log(`\n${textTable(TABLE_HEADER, rows)}\n`);
  for (const line of goalLines(goals)) console.log(line);
  for (const m of marginal) console.log(`  marginal ${m.from}→${m.to}: ${Math.round(m.msPerStory)} ms per added story (plain Astro ${Math.round(m.plainMsPerStory)} ms)`);
  for (const r of results) console.log(`  at ${r.stories} stories: content checks alone ${Math.round(r.checkContentMs)} ms (${r.warnings} warnings); search index (Pagefind) ${r.searchIndexMs ?? '?'} ms`);

  if (writeResults) {
    const date = new Date().toISOString();
    const json = { date, seed, runsPerSize: runs, machine, goals, marginal, sizes: results, warm: warm ?? null, lighthouse: lighthouse ?? null, ...(lighthouseNote ? { lighthouseNote } : {}) };
    writeFileSync(join(repoRoot, 'bench/results.json'), `${JSON.stringify(json, null, 2)}\n`);
    const md = [
      '# Build benchmark',
      '',
      `Generated by \`npm run bench\` on ${date.slice(0, 10)}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM, Node ${machine.node}, Astro ${machine.astro}.`,
      'Synthetic stories (tools/bench/synthetic-content.ts): each an original of ~1,500 words, 15 claims with evidence, 5 charts on',
      'datasets of 20–200 rows, 3 figure checks. "plain Astro" builds the same number of pages with the same text as a minimal',
      `Astro + MDX site (tools/bench/plain-site.ts). Cold builds (no content cache); ${runs === 1 ? 'one run each' : `${runs} alternating runs of each, the median shown`}; peak RSS of the build process.`,
      '',
      markdownTable(TABLE_HEADER, rows),
      '',
      'Goals:',
      '',
      ...goalLines(goals).map((l) => `- ${l}`),
      '',
      ...(warm
        ? [`Warm rebuild at ${warm.stories} stories: one claim edited after the cold build, built again with Astro's content store, incremental build cache (experimental.incrementalBuild) and the social-card cache kept: ${(warm.warmMs / 1000).toFixed(1)} s against ${(warm.coldMs / 1000).toFixed(1)} s cold; ${warm.cachedPages} pages kept, ${warm.renderedPages} rendered.`, '']
        : []),
      ...(lighthouse
        ? [
            'Lighthouse 12.2.3, mobile preset (simulated slow 4G and a 4× slower CPU), on the first story of that build, served gzipped as a static host serves it:',
            '',
            markdownTable(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'], lighthouse.map((r) => [`${r.kind} ${r.path}`, String(r.scores.performance), String(r.scores.accessibility), String(r.scores['best-practices']), String(r.scores.seo), `${Math.round(r.metrics.fcpMs)} ms`, `${Math.round(r.metrics.lcpMs)} ms`, `${Math.round(r.metrics.tbtMs)} ms`, r.metrics.cls.toFixed(3)])),
            '',
          ]
        : lighthouseNote ? [lighthouseNote, ''] : []),
      'Marginal cost per added story (start-up cost cancels out):',
      '',
      ...marginal.map((m) => `- ${m.from}→${m.to} stories: ${Math.round(m.msPerStory)} ms (plain Astro ${Math.round(m.plainMsPerStory)} ms)`),
      '',
      'Per size: the content checks alone (in this process), their warnings, Pagefind (from the build log) and every run:',
      '',
      ...results.map((r) => `- ${r.stories} stories: checks ${Math.round(r.checkContentMs)} ms, 0 errors, ${r.warnings} warnings; Pagefind after the last page ${r.searchIndexMs ?? '?'} ms; plain Astro output ${(r.plain.distBytes / 1e6).toFixed(1)} MB; every run: Marginalia ${r.runs.marginaliaMs.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s, plain ${r.runs.plainMs.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`),
      ...(galleryFiles
        ? ['', `The warnings come from ${galleryFiles} shipped files (datasets and their sources) added because the chart gallery (/charts/) draws shipped datasets by id; see galleryDatasets() in scripts/bench.ts.`]
        : []),
      '',
      'Machine-readable figures: [results.json](results.json). Profiling notes: [PROFILE.md](PROFILE.md).',
      '',
    ].join('\n');
    writeFileSync(join(repoRoot, 'bench/RESULTS.md'), md);
    console.log('\nwrote bench/results.json and bench/RESULTS.md');
  }

  /** The generated content of one size, with the shipped datasets the gallery draws, in the project; returns its folder. */
  function writeBenchContent(stories: number): string {
    const content = syntheticContent({ stories, seed });
    const contentDir = join(marginaliaRoot, 'bench-content', `s${stories}`);
    writeFiles(contentDir, content.files);
    writeFiles(contentDir, galleryDatasets(content.files));
    return contentDir;
  }

  if (values.profile) {
    const stories = Number(values.profile);
    const contentDir = writeBenchContent(stories);
    coldStart(marginaliaRoot);
    // One folder per run; every thread that runs JS (the main one and any workers) writes its own profile there.
    const profileDir = join(repoRoot, 'bench/work/profiles', `build-${stories}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    mkdirSync(profileDir, { recursive: true });
    const outDir = join(work, 'out', `profile-${stories}`);
    process.stdout.write(`\nprofiling a build of ${stories} stories… `);
    const run = await buildMarginalia(contentDir, outDir, {}, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    const written = readdirSync(profileDir).map((f) => join(profileDir, f).slice(repoRoot.length + 1));
    console.log(`${(run.wallMs / 1000).toFixed(1)} s\n${written.map((f) => `  ${f}`).join('\n')}\nsummarise with: node tools/bench/profile-summary.ts <file>`);
  }

  if (values.memory) {
    const stories = Number(values.memory);
    const contentDir = writeBenchContent(stories);
    coldStart(marginaliaRoot);
    const samples = join(repoRoot, 'bench/work/memory', `build-${stories}-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);
    mkdirSync(dirname(samples), { recursive: true });
    process.stdout.write(`\nsampling the memory of a build of ${stories} stories… `);
    const sampler = join(repoRoot, 'tools/bench/memory-sampler.ts');
    const run = await buildMarginalia(contentDir, join(work, 'out', `memory-${stories}`), { MARGINALIA_MEMORY_SAMPLES: samples }, ['--import', sampler]);
    const summary = summariseMemory(parseSamples(readFileSync(samples, 'utf8')));
    console.log(`${(run.wallMs / 1000).toFixed(1)} s, peak RSS ${run.peakRssMb?.toFixed(0) ?? '?'} MB\n${(summary ? memoryLines(summary) : ['no samples']).map((l) => `  ${l}`).join('\n')}\n  samples: ${samples.slice(repoRoot.length + 1)}`);
  }
} finally {
  if (values.keep) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
