import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { contentSnapshot, writePlan } from '../../../src/lib/dev/scaffold-files.ts';
import { copyFixture, removeCopies } from '../../content/mutate-fixture.ts';

afterAll(removeCopies);

describe('contentSnapshot', () => {
  it('describes content/ for the planners: sources, ratings, and a story\'s text, original and claims', () => {
    const root = copyFixture();
    const dir = join(root, 'content');
    const snapshot = contentSnapshot(root, dir, readContent(root, dir).bundle, 'demo');
    expect(snapshot.contentDir).toBe('content');
    expect(snapshot.sources).toEqual(['news-report', 'stats-office']);
    expect(snapshot.verdicts.map((v) => v.id)).toEqual(['true', 'misleading', 'false', 'opinion']);
    expect(snapshot.storyText).toContain('<Claim id="overseas" />');
    expect(snapshot.originalId).toBe('demo');
    expect(snapshot.originalBody).toContain('Widget maker sold 190 million widgets');
    expect(snapshot.takenQuotes).toHaveLength(2);
    expect(snapshot.exists('content/site.yaml')).toBe(true);
    expect(snapshot.exists('content/nope.yaml')).toBe(false);
  });
});

describe('writePlan', () => {
  const root = mkdtempSync(join(tmpdir(), 'marginalia-write-plan-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates new files with their folders and rewrites updated ones, returning the paths', () => {
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/story.mdx'), 'old');
    const written = writePlan(root, { ok: true, create: [{ path: 'content/claims/s/a.yaml', content: 'quote: x\n' }], update: [{ path: 'content/story.mdx', content: 'new' }], next: [], notes: [] });
    expect(written).toEqual(['content/claims/s/a.yaml', 'content/story.mdx']);
    expect(readFileSync(join(root, 'content/claims/s/a.yaml'), 'utf8')).toBe('quote: x\n');
    expect(readFileSync(join(root, 'content/story.mdx'), 'utf8')).toBe('new');
  });

  it('never overwrites a file it was to create', () => {
    expect(() => writePlan(root, { ok: true, create: [{ path: 'content/claims/s/a.yaml', content: 'other' }], update: [], next: [], notes: [] })).toThrow(/EEXIST/);
    expect(existsSync(join(root, 'content/claims/s/a.yaml'))).toBe(true);
    expect(readFileSync(join(root, 'content/claims/s/a.yaml'), 'utf8')).toBe('quote: x\n');
  });
});
