// Summarises a .cpuprofile from `npm run bench -- --profile 200`: the hottest functions (self and inclusive time)
// and modules. `node bench/profile-summary.ts <file.cpuprofile> [--top 30] [--match text]`
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { summariseProfile, type CpuProfile, type TimeEntry } from '../src/lib/bench/cpuprofile.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' }, match: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('usage: node bench/profile-summary.ts <file.cpuprofile> [--top 30] [--match text]');
  process.exit(2);
}
const top = Number(values.top);
const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
const pct = (ms: number) => `${((ms / summary.totalMs) * 100).toFixed(1).padStart(5)} %`;
const row = (e: TimeEntry) => `${(e.self / 1000).toFixed(2).padStart(7)} s ${pct(e.self)}  ${(e.total / 1000).toFixed(2).padStart(7)} s ${pct(e.total)}  ${e.key}`;
const head = '   self            inclusive';
const filter = (entries: TimeEntry[]) => (values.match ? entries.filter((e) => e.key.includes(values.match as string)) : entries);

console.log(`profile: ${(summary.totalMs / 1000).toFixed(1)} s\n`);
console.log(`── modules by self time ──\n${head}`);
for (const e of filter(summary.byModule).slice(0, top)) console.log(row(e));
console.log(`\n── functions by self time ──\n${head}`);
for (const e of filter(summary.byFunction).slice(0, top)) console.log(row(e));
console.log(`\n── functions by inclusive time ──\n${head}`);
for (const e of filter([...summary.byFunction].sort((a, b) => b.total - a.total)).slice(0, top)) console.log(row(e));
