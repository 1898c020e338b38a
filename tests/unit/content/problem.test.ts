import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/content/problem.ts';

/** A problem without a fix, as formatting must still handle (the constructors require one). */
const bare = (severity: Problem['severity'], file: string, field: string, message: string): Problem => ({ severity, file, field, message });
import { error, fieldPath, formatProblem, formatReport, warning } from '../../../src/lib/content/problem.ts';

describe('error and warning', () => {
  it('build problems of each severity', () => {
    expect(error('a.yaml', 'url', 'is wrong', 'fix it')).toEqual({ severity: 'error', file: 'a.yaml', field: 'url', message: 'is wrong', fix: 'fix it' });
    expect(warning('a.yaml', '', 'is unused', 'delete it')).toEqual({ severity: 'warning', file: 'a.yaml', field: '', message: 'is unused', fix: 'delete it' });
  });
});

describe('formatProblem', () => {
  it('writes file › field: message. Fix: …', () => {
    expect(formatProblem(error('content/claims/demo/overseas.yaml', 'evidence[0].source', 'no source "x"', 'fix the id'))).toBe('content/claims/demo/overseas.yaml › evidence[0].source: no source "x". Fix: fix the id');
  });

  it('leaves out the field when the whole file is at fault', () => {
    expect(formatProblem(error('content/site.yaml', '', 'is missing', 'create it'))).toBe('content/site.yaml: is missing. Fix: create it');
  });

  it('leaves out Fix when there is none', () => {
    expect(formatProblem(bare('error', 'a.yaml', 'url', 'is wrong'))).toBe('a.yaml › url: is wrong.');
  });

  it('does not double the full stop after a message that ends with one', () => {
    expect(formatProblem(error('a.yaml', 'quote', 'Quote not found.', 'copy it'))).toBe('a.yaml › quote: Quote not found. Fix: copy it');
    expect(formatProblem(bare('error', 'a.yaml', 'quote', 'Quote not found.'))).toBe('a.yaml › quote: Quote not found.');
  });
});

describe('formatReport', () => {
  it('says 0 errors, 0 warnings for no problems', () => {
    expect(formatReport([])).toBe('0 errors, 0 warnings in content/');
  });

  it('uses the singular for one of each', () => {
    expect(formatReport([bare('warning', 'b.yaml', '', 'is never cited'), bare('error', 'a.yaml', 'url', 'is wrong')])).toBe(
      ['✗ a.yaml › url: is wrong.', '! b.yaml: is never cited.', '1 error, 1 warning in content/'].join('\n'),
    );
  });

  it('lists errors before warnings, each sorted by file then field', () => {
    const report = formatReport([
      bare('warning', 'a.yaml', '', 'w1'),
      bare('error', 'c.yaml', 'b', 'e1'),
      bare('error', 'b.yaml', '', 'e2'),
      bare('error', 'c.yaml', 'a', 'e3'),
      bare('warning', '0.yaml', '', 'w2'),
    ]);
    expect(report.split('\n')).toEqual(['✗ b.yaml: e2.', '✗ c.yaml › a: e3.', '✗ c.yaml › b: e1.', '! 0.yaml: w2.', '! a.yaml: w1.', '3 errors, 2 warnings in content/']);
  });

  it('does not reorder the array it is given', () => {
    const problems = [bare('warning', 'a.yaml', '', 'w'), bare('error', 'b.yaml', '', 'e')];
    formatReport(problems);
    expect(problems.map((p) => p.severity)).toEqual(['warning', 'error']);
  });
});

describe('fieldPath', () => {
  it('joins names with dots and indexes with brackets', () => {
    expect(fieldPath(['evidence', 2, 'source'])).toBe('evidence[2].source');
  });

  it('starts a list item path with its index', () => {
    expect(fieldPath([0, 'matches', 1])).toBe('[0].matches[1]');
  });

  it('is empty for no segments', () => {
    expect(fieldPath([])).toBe('');
  });
});
