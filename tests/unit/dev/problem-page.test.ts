import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/content/problem.ts';

/** A problem without a fix, as formatting must still handle (the constructors require one). */
const bare = (severity: Problem['severity'], file: string, field: string, message: string): Problem => ({ severity, file, field, message });
import { problemPage } from '../../../src/lib/dev/problem-page.ts';
import { error, formatProblem, warning } from '../../../src/lib/content/problem.ts';

describe('problemPage (what npm run dev shows while content has errors)', () => {
  const bad = error('content/claims/demo/x.yaml', 'evidence[0].source', 'no source "<nope>"', 'fix the id, or add content/sources/nope.yaml');
  const unused = bare('warning', 'content/sources/old.yaml', '', 'is never cited');
  const html = problemPage([unused, bad]);
  it('lists each problem as the build prints it, escaped for HTML', () => {
    const escaped = formatProblem(bad).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(html).toContain(escaped);
    expect(html).not.toContain('<nope>');
  });
  it('counts the errors in the title and heading, and shows warnings apart', () => {
    expect(html).toContain('<title>Content errors (1)</title>');
    expect(html).toContain('The content has 1 error</h1>');
    expect(html.indexOf('content/claims/demo/x.yaml')).toBeLessThan(html.indexOf('content/sources/old.yaml'));
    expect(html).toMatch(/<section class="warnings">[\s\S]*is never cited/);
  });
  it('is a complete document the dev server can inject its client into', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('</head>');
  });
});
