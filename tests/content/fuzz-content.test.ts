// Content fuzzing, in-process: random edits (fuzz/content-edits.ts) to a copy of the shipped content and the fixture
// stories, each checked by the build's own content checks. Whatever the edit, the checks must answer with a clean
// bill or problems that each name a file of the content and say what is wrong: never an exception, a stack trace or
// "[object Object]". tests/site/fuzz-build.test.ts takes a few such cases through a real build.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { checkContent } from '../../src/lib/integrity/check-content.ts';
import { contentWithFixtures } from '../../tools/site/fixture-content.ts';
import { ContentWorkspace, editsArb, type Edit } from './fuzz/content-edits.ts';

// A folder of its own: the shared merged folder (MERGED_CONTENT_DIR) is what the site tests build from.
const root = mkdtempSync(join(tmpdir(), 'marginalia-fuzz-'));
const contentDir = contentWithFixtures(join(root, 'content'));
const workspace = new ContentWorkspace(contentDir);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Cases per run: about 12 s on a quiet 2-core machine, CI's budget for this test. */
const CASES = 100;
/** FUZZ_TIME_MS=<ms> hunts longer: as many cases as fit in that time (the count then depends on the machine). */
const HUNT_MS = process.env.FUZZ_TIME_MS ? Number(process.env.FUZZ_TIME_MS) : undefined;

/** What is wrong with the checks' answer to one case; empty when it is a clean result or a usable report. */
export function reportFailures(edits: readonly Edit[]): string[] {
  const changed = workspace.apply(edits);
  const deleted = new Set(edits.filter((e) => e.kind === 'delete').map((e) => `content/${workspace.documents[e.file % workspace.documents.length]!.path}`));
  try {
    let problems;
    try {
      problems = checkContent(root, contentDir).problems;
    } catch (error) {
      return [`the checks threw on edits to ${changed.join(', ')}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
    }
    return problems.flatMap((problem) => {
      const line = formatProblem(problem);
      const failures: string[] = [];
      if (!/^content\//.test(problem.file)) failures.push(`names no content file: ${line}`);
      else if (!existsSync(join(root, problem.file)) && !deleted.has(problem.file)) failures.push(`names a file that does not exist: ${line}`);
      if (problem.message.trim() === '') failures.push(`says nothing: ${line}`);
      if (/\n\s+at \S|\[object Object\]/.test(line)) failures.push(`carries a stack trace or an unprinted object: ${line}`);
      return failures;
    });
  } finally {
    workspace.restore();
  }
}

describe('content fuzzing (in-process checks)', () => {
  it('starts from content that passes the checks', () => {
    expect(checkContent(root, contentDir).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('answers every random edit with a clean result or a report naming the file, never an exception', () => {
    let withErrors = 0;
    const details = fc.check(
      fc.property(editsArb, (edits) => {
        const failures = reportFailures(edits);
        if (failures.length > 0) throw new Error(failures.join('\n'));
      }),
      {
        numRuns: HUNT_MS ? 1_000_000 : CASES,
        ...(HUNT_MS ? { interruptAfterTimeLimit: HUNT_MS, markInterruptAsFailure: false } : {}),
        seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
      },
    );
    // How many cases led to errors, from a sample with the same seed: the fuzzer must exercise both outcomes.
    for (const edits of fc.sample(editsArb, { numRuns: 50, seed: details.seed })) {
      workspace.apply(edits);
      if (checkContent(root, contentDir).problems.some((p) => p.severity === 'error')) withErrors += 1;
      workspace.restore();
    }
    console.log(`[fuzz] ${details.numRuns} cases through the content checks (seed ${details.seed}${details.interrupted ? ', stopped at the time budget' : ''}); in a sample of 50, ${withErrors} gave errors`);
    // The report shows the failing edits (huge values cut short) and the seed to replay them: FUZZ_SEED=<seed>.
    if (details.failed) throw new Error((fc.defaultReportMessage(details) ?? 'fuzzing failed').replace(/(.)\1{200,}/g, (run, c: string) => `${c.repeat(20)}…(${run.length} times)`).slice(0, 20_000));
    if (!HUNT_MS) expect(details.numRuns).toBe(CASES);
    expect(withErrors).toBeGreaterThan(0);
    expect(withErrors).toBeLessThan(50);
  }, (HUNT_MS ?? 0) + 180_000);
});
