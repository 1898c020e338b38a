import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/integrity/check-content.ts';
import { formatReport } from '../../src/lib/content/problem.ts';

describe('the valid fixture', () => {
  it('passes every check with no errors and no warnings', () => {
    const { bundle, problems } = checkContent('tests/fixtures/valid');
    expect(formatReport(problems)).toBe('0 errors, 0 warnings in content/');
    expect(bundle.claims.map((c) => c.id)).toEqual(['demo/future', 'demo/overseas']);
    expect(bundle.datasets[0]?.table.rows).toHaveLength(3);
  });
});
