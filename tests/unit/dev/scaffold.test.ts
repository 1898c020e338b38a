import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { forBuild, formatReport, type Problem } from '../../../src/lib/content/problem.ts';
import { checkContent } from '../../../src/lib/integrity/check-content.ts';
import {
  FIRST_CLAIM,
  PLACEHOLDER_URL,
  addClaimToStory,
  pickQuote,
  planClaim,
  planStory,
  slugProblem,
  starterVerdict,
  type ClaimSnapshot,
  type ContentSnapshot,
  type PlannedFile,
  type ScaffoldPlan,
} from '../../../src/lib/dev/scaffold.ts';
import { copyFixture, removeCopies } from '../../content/mutate-fixture.ts';

const VERDICTS = [
  { id: 'true', label: 'True', ordinal: 2 },
  { id: 'false', label: 'False', ordinal: 1 },
  { id: 'unverified', label: 'Not enough evidence', ordinal: null },
];

function snapshot(overrides: Partial<ContentSnapshot> = {}): ContentSnapshot {
  return { contentDir: 'content', exists: () => false, sources: ['stats-office'], verdicts: VERDICTS, today: '2026-11-25', ...overrides };
}

function ok(plan: ScaffoldPlan): Extract<ScaffoldPlan, { ok: true }> {
  if (!plan.ok) throw new Error(`expected a plan, got: ${plan.message}`);
  return plan;
}

function failure(plan: ScaffoldPlan): string {
  if (plan.ok) throw new Error('expected a refusal');
  return plan.message;
}

/** Writes planned files under a project root, as scripts/new.ts does. */
function write(root: string, files: readonly PlannedFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content);
  }
}

/** The snapshot scripts/new.ts takes of a project on disk. */
function snapshotOf(root: string): ContentSnapshot {
  const { bundle } = readContent(root);
  return snapshot({
    exists: (p) => existsSync(join(root, p)),
    sources: [...bundle.declared.sources].sort(),
    verdicts: bundle.verdicts.map((v) => ({ id: v.id, label: v.data.label, ordinal: v.data.ordinal })),
  });
}

function claimSnapshotOf(root: string, story: string): ClaimSnapshot {
  const { bundle } = readContent(root);
  const storyFile = join(root, 'content/stories', story, 'index.mdx');
  const entry = bundle.stories.find((s) => s.id === story);
  const claims = bundle.claims.filter((c) => c.story === story);
  return {
    ...snapshotOf(root),
    storyText: existsSync(storyFile) ? readFileSync(storyFile, 'utf8') : undefined,
    originalId: entry?.data.original ?? story,
    originalBody: bundle.originals.find((o) => o.id === (entry?.data.original ?? story))?.body,
    takenQuotes: claims.map((c) => c.data.quote),
    storySources: claims.flatMap((c) => c.data.evidence.map((e) => e.source)),
  };
}

const temps: string[] = [];
afterEach(() => {
  removeCopies();
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('slugProblem', () => {
  it('accepts lower-case letters, digits and single hyphens', () => {
    expect(slugProblem('story', 'xiaomi-harmonyos-2')).toBeUndefined();
  });
  it.each(['My_Story', 'UPPER', 'two--hyphens', '-leading', 'trailing-', 'with space', 'ünïcode'])('refuses %j and suggests a fix', (slug) => {
    const message = slugProblem('story', slug);
    expect(message).toMatch(new RegExp(`^"${slug}" is not a valid story id: ids are file names made of lower-case letters a-z, digits and single hyphens`));
  });
  it('suggests a valid id made from the given one', () => {
    expect(slugProblem('claim', 'Overseas Sales!')).toContain('e.g. "overseas-sales"');
  });
  it('asks for an id when none is given', () => {
    expect(slugProblem('story', undefined)).toMatch(/give the story id/);
  });
});

describe('starterVerdict', () => {
  it('prefers "unverified", then a rating off the scale, then the first', () => {
    expect(starterVerdict(VERDICTS)?.id).toBe('unverified');
    expect(starterVerdict([VERDICTS[0]!, { id: 'opinion', label: 'Opinion', ordinal: null }])?.id).toBe('opinion');
    expect(starterVerdict([VERDICTS[1]!])?.id).toBe('false');
    expect(starterVerdict([])).toBeUndefined();
  });
});

describe('planStory', () => {
  it('plans the story, its original and a first claim that the story shows and that cites an existing source', () => {
    const plan = ok(planStory('new-story', snapshot()));
    expect(plan.create.map((f) => f.path)).toEqual(['content/stories/new-story/index.mdx', 'content/originals/new-story.md', `content/claims/new-story/${FIRST_CLAIM}.yaml`]);
    const [story, original, claim] = plan.create.map((f) => f.content);
    expect(story).toContain(`<Claim id="${FIRST_CLAIM}" />`);
    expect(story).toContain('<Cite source="stats-office" />');
    expect(story).toContain('original: new-story');
    expect(story).toContain('published: 2026-11-25');
    const claimData = parseYaml(claim ?? '');
    expect(claimData.evidence[0].source).toBe('stats-office');
    expect(claimData.verdict).toBe('unverified');
    expect(original).toContain(claimData.quote);
  });
  it('explains every field of the claim in a comment above it', () => {
    const claim = ok(planStory('new-story', snapshot())).create[2]?.content ?? '';
    const lines = claim.split('\n');
    for (const field of Object.keys(parseYaml(claim))) {
      const at = lines.findIndex((l) => l.startsWith(`${field}:`));
      expect(lines[at - 1]?.startsWith('#'), `comment above ${field}`).toBe(true);
    }
  });
  it('plans a starter source with a placeholder address, said to be replaced, when there is no source yet', () => {
    const plan = ok(planStory('new-story', snapshot({ sources: [] })));
    const source = plan.create.find((f) => f.path === 'content/sources/new-story-source.yaml');
    expect(source?.content).toContain(`url: ${PLACEHOLDER_URL}`);
    expect(source?.content).toMatch(/PLACEHOLDER: replace it with the real address/);
    expect(plan.next.join('\n')).toContain(PLACEHOLDER_URL);
  });
  it('refuses an invalid id', () => {
    expect(failure(planStory('New Story', snapshot()))).toMatch(/"New Story" is not a valid story id/);
  });
  it('refuses when any of its files exists, naming it, and plans nothing', () => {
    const message = failure(planStory('demo', snapshot({ exists: (p) => p === 'content/originals/demo.md' })));
    expect(message).toBe('content/originals/demo.md already exists; nothing was created. Choose another id, or remove the file first.');
  });
  it('writes its files into MARGINALIA_CONTENT_DIR when content lives elsewhere', () => {
    const plan = ok(planStory('s', snapshot({ contentDir: 'tests/fixtures/valid/content' })));
    expect(plan.create[0]?.path).toBe('tests/fixtures/valid/content/stories/s/index.mdx');
  });
});

/**
 * What the checks say of scaffolded files: no error, and a warning for each placeholder left (naming file and field)
 * that the build turns into an error, so a placeholder is never published.
 */
function expectOnlyPlaceholders(problems: readonly Problem[]): void {
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) expect(problem).toMatchObject({ severity: 'warning', blocksBuild: true, message: expect.stringMatching(/^still holds the placeholder/) });
  expect(forBuild(problems).every((p) => p.severity === 'error')).toBe(true);
}

describe('the scaffolded story passes the integrity checks, but for its placeholders', () => {
  it('beside existing content: no error, a warning per placeholder, and the build refuses them', () => {
    const root = copyFixture();
    write(root, ok(planStory('fresh-story', snapshotOf(root))).create);
    const { problems, bundle } = checkContent(root);
    expectOnlyPlaceholders(problems);
    expect(problems.map((p) => `${p.file} › ${p.field}`)).toContain('content/stories/fresh-story/index.mdx › title');
    expect(problems.map((p) => `${p.file} › ${p.field}`)).toContain('content/claims/fresh-story/first-claim.yaml › claimReviewed');
    expect(checkContent(root, undefined, { purpose: 'build' }).problems.filter((p) => p.severity === 'error').length).toBe(problems.length);
    expect(bundle.stories.map((s) => s.id)).toContain('fresh-story');
  });
  it('in a project with no sources yet (with its starter source)', () => {
    const root = mkdtempSync(join(tmpdir(), 'marginalia-scaffold-'));
    temps.push(root);
    const fixture = copyFixture();
    mkdirSync(join(root, 'content'));
    for (const file of ['site.yaml', 'verdicts.yaml']) writeFileSync(join(root, 'content', file), readFileSync(join(fixture, 'content', file)));
    writeFileSync(join(root, 'content/glossary.yaml'), '[]\n');
    write(root, ok(planStory('first', snapshotOf(root))).create);
    const { problems } = checkContent(root);
    expectOnlyPlaceholders(problems);
    expect(problems.map((p) => `${p.file} › ${p.field}`)).toContain('content/sources/first-source.yaml › url');
  });
  it('and so does a claim added to it afterwards', () => {
    const root = copyFixture();
    write(root, ok(planStory('fresh-story', snapshotOf(root))).create);
    const plan = ok(planClaim('fresh-story', 'second', claimSnapshotOf(root, 'fresh-story')));
    write(root, [...plan.create, ...plan.update]);
    const { problems, bundle } = checkContent(root);
    expectOnlyPlaceholders(problems);
    expect(bundle.claims.map((c) => c.id)).toContain('fresh-story/second');
  });
});

describe('planClaim', () => {
  it('plans a claim on an existing story, quoting the first sentence no claim quotes yet, and shows it in the story', () => {
    const root = copyFixture();
    const original = join(root, 'content/originals/demo.md');
    writeFileSync(original, `${readFileSync(original, 'utf8').trimEnd()} Domestic sales fell for the third year running.\n`);
    const plan = ok(planClaim('demo', 'domestic', claimSnapshotOf(root, 'demo')));
    expect(plan.create.map((f) => f.path)).toEqual(['content/claims/demo/domestic.yaml']);
    const data = parseYaml(plan.create[0]?.content ?? '');
    expect(data.quote).toBe('Domestic sales fell for the third year running');
    // The story's claims cite stats-office and news-report: the new claim cites one of the story's own sources.
    expect(['stats-office', 'news-report']).toContain(data.evidence[0].source);
    expect(plan.update[0]?.path).toBe('content/stories/demo/index.mdx');
    expect(plan.update[0]?.content).toMatch(/<Claim id="domestic" \/>\n$/);
    write(root, [...plan.create, ...plan.update]);
    const { problems } = checkContent(root);
    expectOnlyPlaceholders(problems);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['content/claims/demo/domestic.yaml']));
  });
  it('says so when every sentence of the original is quoted already, and leaves a placeholder quote', () => {
    const plan = ok(planClaim('demo', 'domestic', claimSnapshotOf(copyFixture(), 'demo')));
    expect(parseYaml(plan.create[0]?.content ?? '').quote).toBe('[replace: the exact words of the claim]');
    expect(plan.notes.join('\n')).toMatch(/No unquoted sentence found in content\/originals\/demo\.md/);
  });
  it('uses the quote the editor gives, and refuses one that is not in the original', () => {
    const root = copyFixture();
    const snap = claimSnapshotOf(root, 'demo');
    expect(parseYaml(ok(planClaim('demo', 'x', snap, 'domestic sales were only 50 million units')).create[0]?.content ?? '').quote).toBe('domestic sales were only 50 million units');
    expect(failure(planClaim('demo', 'x', snap, 'words nobody wrote'))).toMatch(/the quote "words nobody wrote" is not found exactly once in content\/originals\/demo\.md/);
  });
  it('refuses a story that does not exist, an existing claim and invalid ids', () => {
    const root = copyFixture();
    expect(failure(planClaim('nope', 'x', claimSnapshotOf(root, 'nope')))).toMatch(/there is no story "nope" \(content\/stories\/nope\/index\.mdx not found\)/);
    expect(failure(planClaim('demo', 'overseas', claimSnapshotOf(root, 'demo')))).toMatch(/^content\/claims\/demo\/overseas\.yaml already exists/);
    expect(failure(planClaim('demo', 'Bad_Id', claimSnapshotOf(root, 'demo')))).toMatch(/"Bad_Id" is not a valid claim id/);
  });
  it('does not add the card again when the story already shows the claim', () => {
    const root = copyFixture();
    const snap = { ...claimSnapshotOf(root, 'demo'), storyText: 'Text\n\n<Claim id="later" />\n' };
    const plan = ok(planClaim('demo', 'later', snap));
    expect(plan.update).toEqual([]);
    expect(plan.next.join('\n')).toContain('already shows it');
  });
});

describe('pickQuote', () => {
  const body = 'Short one. The first real sentence is here. The second real sentence is here! The first real sentence is here.';
  it('skips short sentences, sentences already quoted and sentences that occur twice', () => {
    expect(pickQuote(body, [])).toBe('The second real sentence is here');
    expect(pickQuote(body, ['second real sentence'])).toBeUndefined();
  });
});

describe('addClaimToStory', () => {
  it('appends the card at the end of the story', () => {
    expect(addClaimToStory('Intro.\n\n<Claim id="a" />\n', 'b')).toBe('Intro.\n\n<Claim id="a" />\n\n<Claim id="b" />\n');
  });
  it('puts it before a closing references list', () => {
    expect(addClaimToStory('Intro.\n\n<References />\n', 'b')).toBe('Intro.\n\n<Claim id="b" />\n\n<References />\n');
  });
});
