import { describe, expect, it } from 'vitest';
import { checkPlaceholders } from '../../../src/lib/integrity/check-placeholders.ts';
import { bundleOf, claim, original, source, story } from './make-bundle.ts';

const FIX = 'write the real text (or address) before publishing: the build refuses placeholders';

describe('checkPlaceholders', () => {
  it('finds nothing in content without placeholders', () => {
    expect(checkPlaceholders(bundleOf({ stories: [story('demo', 'Text.')], claims: [claim('demo', 'a')], sources: [source('s')], originals: [original('demo', 'Body.')] }))).toEqual([]);
  });

  it('reports a placeholder in a field as a warning that blocks the build, naming the field', () => {
    const bundle = bundleOf({ claims: [claim('demo', 'a', { summary: '[replace: the verdict in one line]' })] });
    expect(checkPlaceholders(bundle)).toEqual([
      { severity: 'warning', file: 'content/claims/demo/a.yaml', field: 'summary', message: 'still holds the placeholder "[replace: the verdict in one line]"', fix: FIX, blocksBuild: true },
    ]);
  });

  it('names fields inside lists', () => {
    const bundle = bundleOf({ claims: [claim('demo', 'a', { evidence: [{ source: 's', excerpt: 'x', locator: '[replace: the page]' }] })] });
    expect(checkPlaceholders(bundle).map((p) => p.field)).toEqual(['evidence[0].locator']);
  });

  it('reports the starter source address', () => {
    const [problem] = checkPlaceholders(bundleOf({ sources: [source('s', { url: 'https://example.org/replace-me' })] }));
    expect(problem).toMatchObject({ field: 'url', message: 'still holds the placeholder address https://example.org/replace-me' });
  });

  it('reports a placeholder in a story body by its line in the file, and in an original by its body', () => {
    const bundle = bundleOf({ stories: [story('demo', 'One.\n\n[replace: the explainer]\n', {}, 12)], originals: [original('demo', '[replace: the article]')] });
    expect(checkPlaceholders(bundle).map((p) => [p.file, p.field])).toEqual([
      ['content/originals/demo.md', 'body'],
      ['content/stories/demo/index.mdx', 'line 14'],
    ]);
  });
});
