// `npm run new`: in a copy of the project, scaffold a story and a claim, check and build, and find their pages;
// and see the scaffolder refuse existing files and invalid ids with a clear message and exit code 1.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeProject, copyProject, run, runNode } from './project-copy.ts';

const STORY = 'scaffolded-story';
let root: string;
let created: ReturnType<typeof run>;
let added: ReturnType<typeof runNode>;

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

beforeAll(() => {
  root = copyProject('marginalia-scaffold-');
  created = run(root, 'npm', ['run', '--silent', 'new', '--', 'story', STORY]);
  added = runNode(root, 'scripts/new.ts', ['claim', STORY, 'second-claim']);
});
afterAll(() => removeProject(root));

describe('npm run new -- story / claim', () => {
  it('creates the story, its original and a first claim, and says what to do next', () => {
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`Created:\n  content/stories/${STORY}/index.mdx\n  content/originals/${STORY}.md\n  content/claims/${STORY}/first-claim.yaml`);
    expect(created.stdout).toMatch(/Next:\n  1\. Paste the article under review into content\/originals\/scaffolded-story\.md/);
    for (const file of [`content/stories/${STORY}/index.mdx`, `content/originals/${STORY}.md`, `content/claims/${STORY}/first-claim.yaml`]) expect(existsSync(join(root, file)), file).toBe(true);
  });

  it('adds a claim and shows it in the story', () => {
    expect(added.status).toBe(0);
    expect(added.stdout).toContain(`Created:\n  content/claims/${STORY}/second-claim.yaml\nUpdated:\n  content/stories/${STORY}/index.mdx`);
    expect(readFileSync(join(root, 'content/stories', STORY, 'index.mdx'), 'utf8')).toContain('<Claim id="second-claim" />');
  });

  it('leaves content with no error, and a warning for each placeholder still to fill in', () => {
    const check = runNode(root, 'scripts/check-content.ts');
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/^0 errors, \d+ warnings? in content\/$/m);
    const own = check.stdout.split('\n').filter((line) => line.includes(STORY));
    expect(own.length).toBeGreaterThan(0);
    for (const line of own) expect(line).toMatch(/^! \S+ › [^:]+: still holds the placeholder "\[replace: [^\]]+\]"\. Fix: /);
  });

  it('does not build while placeholders remain, naming each', () => {
    const build = run(root, join(root, 'node_modules', '.bin', 'astro'), ['build'], { BASE_PATH: '/news/', SITE_URL: 'https://example.org' });
    expect(build.status).toBe(1);
    expect(`${build.stdout}\n${build.stderr}`).toContain(`✗ content/stories/${STORY}/index.mdx › title: still holds the placeholder "[replace: the headline of the fact check]"`);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('builds once the placeholders are filled in: the new story and both claim pages are in the output', () => {
    for (const file of [`content/stories/${STORY}/index.mdx`, `content/originals/${STORY}.md`, `content/claims/${STORY}/first-claim.yaml`, `content/claims/${STORY}/second-claim.yaml`]) {
      const path = join(root, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\[replace: ([^\]]+)\]/g, (_, words: string) => words.charAt(0).toUpperCase() + words.slice(1)));
    }
    expect(runNode(root, 'scripts/check-content.ts').stdout).not.toContain(STORY);
    const build = run(root, join(root, 'node_modules', '.bin', 'astro'), ['build'], { BASE_PATH: '/news/', SITE_URL: 'https://example.org' });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const dist = join(root, 'dist');
    const story = readFileSync(join(dist, STORY, 'index.html'), 'utf8');
    expect(story).toContain('id="claim-first-claim"');
    expect(story).toContain('id="claim-second-claim"');
    for (const claim of ['first-claim', 'second-claim']) expect(existsSync(join(dist, STORY, 'claims', claim, 'index.html')), claim).toBe(true);
    expect(existsSync(join(dist, STORY, 'card.png'))).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`href="/news/${STORY}/"`);
  });
});

describe('npm run new refuses', () => {
  const refuse = (args: string[]) => {
    const before = files(join(root, 'content'));
    const result = runNode(root, 'scripts/new.ts', args);
    expect(files(join(root, 'content')), 'nothing was created').toEqual(before);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    return result.stderr.trim();
  };

  it('a story whose files exist, naming them', () => {
    expect(refuse(['story', STORY])).toBe(
      `✗ content/stories/${STORY}/index.mdx, content/originals/${STORY}.md, content/claims/${STORY}/first-claim.yaml already exist; nothing was created. Choose another id, or remove the file first.`,
    );
  });
  it('a claim that exists', () => {
    expect(refuse(['claim', STORY, 'second-claim'])).toBe(`✗ content/claims/${STORY}/second-claim.yaml already exists; nothing was created. Choose another id, or remove the file first.`);
  });
  it('an invalid id, saying what a valid one looks like', () => {
    expect(refuse(['story', 'My_Story'])).toBe('✗ "My_Story" is not a valid story id: ids are file names made of lower-case letters a-z, digits and single hyphens, e.g. "my-story"');
    expect(refuse(['claim', STORY, 'Second Claim'])).toMatch(/^✗ "Second Claim" is not a valid claim id/);
  });
  it('a claim for a story that does not exist', () => {
    expect(refuse(['claim', 'no-such-story', 'x'])).toMatch(/^✗ there is no story "no-such-story" \(content\/stories\/no-such-story\/index\.mdx not found\); create it first with: npm run new -- story no-such-story$/);
  });
  it('an unknown command, with the usage', () => {
    expect(refuse(['chart', 'x'])).toMatch(/^✗ unknown command "chart"\nUsage:\n  npm run new -- story <story-id>/);
  });
});
