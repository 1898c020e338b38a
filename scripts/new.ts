// `npm run new -- story <slug>` and `npm run new -- claim <story> <slug> [--quote "exact words"]`:
// create commented starter files that pass `npm run check:content`. Refuses existing files and invalid ids (exit 1).
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { readContent } from '../src/lib/content/read-content.ts';
import { planClaim, planStory, type ScaffoldPlan } from '../src/lib/dev/scaffold.ts';
import { contentSnapshot, writePlan } from '../src/lib/dev/scaffold-files.ts';

const USAGE = `Usage:
  npm run new -- story <story-id>                              a story, its original and a first claim
  npm run new -- claim <story-id> <claim-id> [--quote "words"]   a claim, shown at the end of the story
Ids are lower-case letters, digits and hyphens, e.g. xiaomi-harmonyos.`;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const root = process.cwd();
const dir = contentDir(root);
const args = process.argv.slice(2);
const quoteAt = args.indexOf('--quote');
const quote = quoteAt >= 0 ? args[quoteAt + 1] : undefined;
if (quoteAt >= 0 && quote === undefined) fail(`--quote needs the exact words of the claim\n${USAGE}`);
const positional = quoteAt >= 0 ? [...args.slice(0, quoteAt), ...args.slice(quoteAt + 2)] : args;
const [command, ...ids] = positional;

if (command !== 'story' && command !== 'claim') fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
if (command === 'story' && ids.length > 1) fail(`"story" takes one id\n${USAGE}`);
if (command === 'claim' && ids.length > 2) fail(`"claim" takes a story id and a claim id\n${USAGE}`);
if (!existsSync(dir)) fail(`content folder ${relative(root, dir) || dir} not found; run this from the project folder`);

const { bundle } = readContent(root, dir);
const [first, second] = ids;
const plan: ScaffoldPlan = command === 'story' ? planStory(first, contentSnapshot(root, dir, bundle)) : planClaim(first, second, contentSnapshot(root, dir, bundle, first), quote);
if (!plan.ok) fail(plan.message);
writePlan(root, plan);

console.log('Created:');
for (const file of plan.create) console.log(`  ${file.path}`);
if (plan.update.length) {
  console.log('Updated:');
  for (const file of plan.update) console.log(`  ${file.path}`);
}
for (const note of plan.notes) console.log(`! ${note}`);
console.log('Next:');
plan.next.forEach((step, i) => console.log(`  ${i + 1}. ${step}`));
