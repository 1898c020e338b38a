// Summarises a .cpuprofile from `npm run bench -- --profile 200`: the hottest functions (self and inclusive time)
// and modules, and a timeline of the build's phases.
// `node tools/bench/profile-summary.ts <file.cpuprofile> [--top 30] [--match text] [--slice 5000]`
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { profileTimeline, summariseProfile, type CpuProfile, type TimeEntry } from './cpuprofile.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' }, match: { type: 'string' }, slice: { type: 'string', default: '5000' } } });
const file = positionals[0];
if (!file) {
  console.error('usage: node tools/bench/profile-summary.ts <file.cpuprofile> [--top 30] [--match text]');
  process.exit(2);
}
const top = Number(values.top);
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const summary = summariseProfile(profile);
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

const sliceMs = Number(values.slice);
console.log(`\n── timeline, ${sliceMs / 1000} s slices: idle share and busiest modules ──`);
for (const slice of profileTimeline(profile, sliceMs)) {
  const busy = slice.top.map((m) => `${m.key} ${(m.ms / 1000).toFixed(1)} s`).join(', ');
  console.log(`${(slice.startMs / 1000).toFixed(0).padStart(4)} s  idle ${String(Math.round((slice.idleMs / sliceMs) * 100)).padStart(3)} %  ${busy}`);
}
