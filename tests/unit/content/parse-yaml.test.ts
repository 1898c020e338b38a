import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../../src/lib/content/parse-yaml.ts';

describe('parseYaml', () => {
  it('parses a mapping', () => {
    expect(parseYaml('title: Widgets\nyear: 2021\n')).toEqual({ ok: true, data: { title: 'Widgets', year: 2021 } });
  });

  it('keeps dates as text (YAML 1.2 core schema)', () => {
    expect(parseYaml('accessed: 2026-11-25\n')).toEqual({ ok: true, data: { accessed: '2026-11-25' } });
  });

  it('reads unquoted true and numbers as non-text', () => {
    expect(parseYaml('- id: true\n  ordinal: 3\n')).toEqual({ ok: true, data: [{ id: true, ordinal: 3 }] });
  });

  it('reads a comment-only document as null', () => {
    expect(parseYaml('# nothing yet\n')).toEqual({ ok: true, data: null });
  });

  it('reports bad indentation with its line and reason', () => {
    expect(parseYaml('title: a\npublisher: b\n  url: x\n')).toEqual({ ok: false, message: 'is not valid YAML at line 2: Nested mappings are not allowed in compact mappings', line: 2 });
  });

  it('reports misaligned list items', () => {
    expect(parseYaml('- id: x\n  label: y\n - id: z\n')).toEqual({ ok: false, message: 'is not valid YAML at line 3: All sequence items must start at the same column', line: 3 });
  });

  it('reports a repeated key', () => {
    expect(parseYaml('title: a\ntitle: b\n')).toEqual({ ok: false, message: 'is not valid YAML at line 2: Map keys must be unique', line: 2 });
  });

  it('refuses an invisible control character that js-yaml (and so the build) refuses, naming its code point and place', () => {
    const parsed = parseYaml('title: a\nsummary: "one \u001b two"\n');
    expect(parsed).toMatchObject({ ok: false, line: 2, message: 'has an invisible character (U+001B) at line 2, column 15, which YAML does not allow' });
    expect(parsed.ok === false && parsed.fix).toMatch(/^delete it/);
  });

  it('refuses U+FFFF and an unpaired surrogate, but keeps emoji, tabs and CRLF', () => {
    expect(parseYaml('title: "a\uffff"\n')).toMatchObject({ ok: false, message: expect.stringContaining('(U+FFFF) at line 1, column 10') });
    expect(parseYaml('title: "a\ud800"\n')).toMatchObject({ ok: false, message: expect.stringContaining('(U+D800)') });
    expect(parseYaml('title: "📱\tphones"\r\nyear: 2021\r\n')).toEqual({ ok: true, data: { title: '📱\tphones', year: 2021 } });
  });

  it('counts the line of an invisible character from the frontmatter offset', () => {
    expect(parseYaml('title: a\nb: "\u0007"\n', 1)).toMatchObject({ ok: false, line: 3 });
  });

  it('adds the line offset of a frontmatter block', () => {
    expect(parseYaml('title: a\ntitle: b\n', 1)).toMatchObject({ ok: false, line: 3, message: 'is not valid YAML at line 3: Map keys must be unique' });
  });
});

describe('splitFrontmatter', () => {
  it('splits the block from the body and gives the body\'s first line', () => {
    expect(splitFrontmatter('---\ntitle: a\nyear: 1\n---\nBody text.\n')).toEqual({ frontmatter: 'title: a\nyear: 1', body: 'Body text.\n', bodyLine: 5 });
  });

  it('handles Windows line endings', () => {
    expect(splitFrontmatter('---\r\ntitle: a\r\n---\r\nBody')).toEqual({ frontmatter: 'title: a', body: 'Body', bodyLine: 4 });
  });

  it('allows trailing spaces after the fences', () => {
    expect(splitFrontmatter('---  \ntitle: a\n--- \nBody')).toEqual({ frontmatter: 'title: a', body: 'Body', bodyLine: 4 });
  });

  it('accepts a file that ends right after the closing fence', () => {
    expect(splitFrontmatter('---\ntitle: a\n---')).toEqual({ frontmatter: 'title: a', body: '', bodyLine: 3 });
  });

  it('stops at the first closing fence, leaving later --- in the body', () => {
    expect(splitFrontmatter('---\ntitle: a\n---\nOne\n---\nTwo')?.body).toBe('One\n---\nTwo');
  });

  it('returns undefined without a closing fence', () => {
    expect(splitFrontmatter('---\ntitle: a\nBody')).toBeUndefined();
  });

  it('returns undefined when the file does not start with a fence', () => {
    expect(splitFrontmatter('\n---\ntitle: a\n---\nBody')).toBeUndefined();
  });

  it('returns undefined for a fence of four hyphens', () => {
    expect(splitFrontmatter('----\ntitle: a\n----\nBody')).toBeUndefined();
  });
});
