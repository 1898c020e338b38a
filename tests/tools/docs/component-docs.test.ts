import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/integrity/check-content.ts';
import { STORY_COMPONENTS } from '../../../src/lib/registry/story-components.ts';
import { componentReference, componentSummary, withComponentDocs } from '../../../tools/docs/component-docs.ts';

const root = join(import.meta.dirname, '../../..');
const guide = readFileSync(join(root, 'docs/EDITING.md'), 'utf8');

describe('the editing guide and the registry', () => {
  it('agree: the guide holds the tables the registry writes (run npm run docs after changing a component)', () => {
    expect(withComponentDocs(guide)).toBe(guide);
  });

  it('list every component, and every prop of each', () => {
    const reference = componentReference();
    for (const [name, spec] of Object.entries(STORY_COMPONENTS)) {
      expect(componentSummary()).toContain(`| \`<${name}>\` |`);
      for (const prop of Object.keys(spec.props)) expect(reference).toMatch(new RegExp(`### \`<${name}>\`[\\s\\S]*?\\| \`${prop}\` \\|`));
    }
  });

  it('refuse a guide without the markers, rather than lose the tables', () => {
    expect(() => withComponentDocs('# A guide')).toThrow('docs/EDITING.md has no <!-- component-summary');
  });
});

describe('every example in the registry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-examples-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the checks when written into the shipped story', () => {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    const story = join(dir, 'content/stories/xiaomi-harmonyos/index.mdx');
    const examples = Object.values(STORY_COMPONENTS).map((spec) => spec.example);
    writeFileSync(story, `${readFileSync(story, 'utf8')}\n\n${examples.join('\n\n')}\n`);
    const errors = checkContent(dir).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});
