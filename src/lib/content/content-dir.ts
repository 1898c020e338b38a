// Where content lives: content/ at the project root, or MARGINALIA_CONTENT_DIR (tests and benchmarks point it elsewhere).
import { isAbsolute, join } from 'node:path';

export function contentDir(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const configured = env.MARGINALIA_CONTENT_DIR?.trim();
  if (!configured) return join(projectRoot, 'content');
  return isAbsolute(configured) ? configured : join(projectRoot, configured);
}
