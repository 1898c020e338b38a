// `npm run check:content`: the build's content checks without a build. Exit 1 on any error.
import { contentDir } from '../src/lib/content/content-dir.ts';
import { checkContent } from '../src/lib/integrity/check-content.ts';
import { formatReport } from '../src/lib/content/problem.ts';

const root = process.argv[2] ?? process.cwd();
const { problems } = checkContent(root, contentDir(root));
console.log(formatReport(problems));
if (problems.some((p) => p.severity === 'error')) process.exit(1);
