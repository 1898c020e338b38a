// Content fuzzing through real builds: a few random edits (tests/content/fuzz/content-edits.ts) to a copy of the
// project, each built with `astro build`. The result must be a whole site, or the editors' report naming the file
// with no dist/ left behind; never a stack trace, a hang or a partial dist/. tests/content/fuzz-content.test.ts
// runs many more cases through the content checks alone.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/integrity/check-content.ts';
import { repoRoot, TEST_BASE_PATH, TEST_SITE_URL } from '../../tools/site/build-site.ts';
import { contentWithFixtures } from '../../tools/site/fixture-content.ts';
import { ContentWorkspace, editsArb, type Edit } from '../content/fuzz/content-edits.ts';
import { copyProject, removeProject, run } from './project-copy.ts';

/** Longer than any build of this content takes; a build still running then has hung. */
const HANG_MS = 240_000;
const STACK_TRACE = /^\s+at \S.*(:\d+:\d+\)?|\(native\))$/m;

let root: string | undefined;
let workspace: ContentWorkspace;
beforeAll(() => {
  root = copyProject('marginalia-fuzz-');
  // The shipped content and the fixture stories, merged into the copy's own content/ (not the shared merged folder).
  contentWithFixtures(join(root, 'content'));
  workspace = new ContentWorkspace(join(root, 'content'));
});
afterAll(() => removeProject(root));

const hasErrors = (edits: readonly Edit[]) => {
  workspace.apply(edits);
  try {
    return checkContent(root!, join(root!, 'content')).problems.some((p) => p.severity === 'error');
  } finally {
    workspace.restore();
  }
};

/** Builds the project with the edits applied; what a deploy would see. */
function buildWith(edits: readonly Edit[], outName: string) {
  const outDir = join(root!, outName);
  workspace.apply(edits);
  try {
    const result = run(root!, join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], { BASE_PATH: TEST_BASE_PATH, SITE_URL: TEST_SITE_URL, MARGINALIA_OUT_DIR: outDir }, HANG_MS);
    const stories = checkContent(root!, join(root!, 'content')).bundle.stories.map((s) => s.id);
    return { result, outDir, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}`, stories };
  } finally {
    workspace.restore();
  }
}

describe('content fuzzing (real builds)', () => {
  it('builds a whole site or reports the file, with no stack trace, no hang and no partial dist/', () => {
    // A fixed seed, so CI replays the same builds (this one once found YAML the checks passed and the build refused);
    // FUZZ_SEED=<n> hunts with other cases.
    const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 832631706;
    // One case the checks refuse and two they pass, so both outcomes of a build are exercised every run.
    const cases: Edit[][] = [];
    let refused = 0;
    for (const edits of fc.sample(editsArb, { numRuns: 200, seed })) {
      const fails = hasErrors(edits);
      if (fails && refused < 1) (refused += 1), cases.push(edits);
      else if (!fails && cases.length - refused < 2) cases.push(edits);
      if (cases.length === 3) break;
    }
    expect(cases.length).toBe(3);
    const outcomes: string[] = [];
    cases.forEach((edits, i) => {
      const { result, outDir, output, stories } = buildWith(edits, `dist-${i}`);
      const what = `case ${i + 1} (seed ${seed}): ${JSON.stringify(edits).slice(0, 300)}`;
      expect(result.error?.message ?? '', `${what}: the build hung or could not start`).toBe('');
      expect(output, `${what}: a stack trace in the output`).not.toMatch(STACK_TRACE);
      if (result.status === 0) {
        for (const page of ['index.html', '404.html', 'search/index.html', ...stories.flatMap((id) => [`${id}/index.html`, `${id}/original/index.html`])]) {
          expect(existsSync(join(outDir, page)), `${what}: ${page} missing from a successful build`).toBe(true);
        }
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
        expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('</html>');
        outcomes.push(`a site of ${pages} pages`);
      } else {
        expect(existsSync(outDir), `${what}: a failed build left ${outDir}`).toBe(false);
        expect(output, `${what}: no report line naming a content file`).toMatch(/✗ content\/\S+/);
        outcomes.push(`a report (${output.match(/^✗ /gm)?.length ?? 0} errors)`);
      }
    });
    console.log(`[fuzz] ${cases.length} cases through astro build (seed ${seed}): ${outcomes.join('; ')}`);
  });
});
