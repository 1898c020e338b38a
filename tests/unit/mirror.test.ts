// tests/unit mirrors src/lib one file per module: src/lib/<path>.ts is tested in tests/unit/<path>.test.ts, so a
// module added without a test fails here, and so does a test left behind when its module moves or goes.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Modules without a test while they are being rewritten; their tests come with the rewrite. Empty this list as they
 * land (story/figure-text.ts and annotations/web-annotations.ts have landed with their tests); nothing else may wait here.
 */
const AWAITING_TESTS: readonly string[] = [];

const root = join(import.meta.dirname, '../..');

/** Files under `dir` ending in `suffix`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

interface Mirror {
  /** Modules (paths under src/lib) without a test at the mirrored path. */
  untested: string[];
  /** Tests (paths under tests/unit, in a folder) whose module does not exist. */
  orphaned: string[];
  /** Entries of the awaiting list that have a test now, or no module. */
  stale: string[];
}

/** How far `tests` (under tests/unit) mirror `modules` (under src/lib), `awaiting` excepted. */
function compare(modules: readonly string[], tests: readonly string[], awaiting: readonly string[]): Mirror {
  const testOf = (module: string) => module.replace(/\.ts$/, '.test.ts');
  const moduleOf = (test: string) => test.replace(/\.test\.ts$/, '.ts');
  return {
    untested: modules.filter((module) => !tests.includes(testOf(module)) && !awaiting.includes(module)),
    // Files at the top of tests/unit (this one) test the tree as a whole; src/lib has no modules at its top.
    orphaned: tests.filter((test) => test.includes('/') && !modules.includes(moduleOf(test))),
    stale: awaiting.filter((module) => !modules.includes(module) || tests.includes(testOf(module))),
  };
}

describe('compare (the rule, on made-up trees)', () => {
  it('passes a tree where every module has its test', () => {
    expect(compare(['charts/axis.ts', 'text/wrap-text.ts'], ['charts/axis.test.ts', 'text/wrap-text.test.ts'], [])).toEqual({ untested: [], orphaned: [], stale: [] });
  });

  it('finds a module without a test', () => {
    expect(compare(['charts/axis.ts', 'charts/pie.ts'], ['charts/axis.test.ts'], []).untested).toEqual(['charts/pie.ts']);
  });

  it('finds a module whose test is in another folder', () => {
    expect(compare(['charts/axis.ts'], ['text/axis.test.ts'], [])).toEqual({ untested: ['charts/axis.ts'], orphaned: ['text/axis.test.ts'], stale: [] });
  });

  it('finds a test whose module is gone', () => {
    expect(compare([], ['charts/charts-css.test.ts'], []).orphaned).toEqual(['charts/charts-css.test.ts']);
  });

  it('excepts only the modules awaiting their tests', () => {
    expect(compare(['story/figure-text.ts', 'story/toc.ts'], [], ['story/figure-text.ts']).untested).toEqual(['story/toc.ts']);
  });

  it('finds an awaiting module that has its test now, or has gone', () => {
    expect(compare(['story/figure-text.ts'], ['story/figure-text.test.ts'], ['story/figure-text.ts', 'story/gone.ts']).stale).toEqual(['story/figure-text.ts', 'story/gone.ts']);
  });
});

describe('tests/unit mirrors src/lib', () => {
  const modules = filesUnder(join(root, 'src/lib'), '.ts');
  const tests = filesUnder(join(root, 'tests/unit'), '.test.ts');
  const mirror = compare(modules, tests, AWAITING_TESTS);

  it('finds the modules (the walk itself works)', () => {
    expect(modules).toContain('content/schema.ts');
    expect(tests).toContain('content/schema.test.ts');
  });

  it('keeps every module in a folder named for its concept, none loose at the top of src/lib', () => {
    expect(modules.filter((module) => !module.includes('/'))).toEqual([]);
  });

  it('has a test at tests/unit/<path>.test.ts for every module src/lib/<path>.ts', () => {
    expect(mirror.untested).toEqual([]);
  });

  it('has no test whose module is not at the mirrored path', () => {
    expect(mirror.orphaned).toEqual([]);
  });

  it('lists as awaiting only modules that exist and still have no test', () => {
    expect(mirror.stale).toEqual([]);
  });
});
