// A problem found in content, phrased for the editor who can fix it: file, field, what is wrong, the fix.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Repository-relative path, e.g. content/claims/xiaomi/overseas-sales.yaml. */
  file: string;
  /** Path inside the entry, e.g. evidence[2].source; empty when the whole file is at fault. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix?: string | undefined;
  /** A warning while editing that must not be published: an error in the build (scaffold placeholders). */
  blocksBuild?: true;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Problems as the build sees them: warnings that block the build become errors. */
export function forBuild(problems: readonly Problem[]): Problem[] {
  return problems.map((p) => (p.blocksBuild && p.severity === 'warning' ? { ...p, severity: 'error' } : p));
}

/** Every problem says how to fix it. */
export function error(file: string, field: string, message: string, fix: string): Problem {
  return { severity: 'error', file, field, message, fix };
}

export function warning(file: string, field: string, message: string, fix: string): Problem {
  return { severity: 'warning', file, field, message, fix };
}

/** One line per problem: `file › field: message. Fix: …` */
export function formatProblem(problem: Problem): string {
  const where = problem.field ? `${problem.file} › ${problem.field}` : problem.file;
  const fix = problem.fix ? ` Fix: ${problem.fix}` : '';
  return `${where}: ${problem.message}.${fix}`.replace(/\.\.(\s|$)/g, '.$1');
}

/** A report of all problems: errors first, then warnings, each group sorted by file. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.file.localeCompare(b.file) || a.field.localeCompare(b.field),
  );
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  const lines = sorted.map((p) => `${p.severity === 'error' ? '✗' : '!'} ${formatProblem(p)}`);
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in content/`);
  return lines.join('\n');
}

/** Field path from Zod-style segments: ['evidence', 2, 'source'] → evidence[2].source */
export function fieldPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    const name = String(segment);
    return path ? `${path}.${name}` : name;
  }, '');
}
