import { describe, expect, it } from 'vitest';
import { moduleOf, profileTimeline, summariseProfile, type CpuProfile } from '../../../tools/bench/cpuprofile.ts';

// root → main (src/lib/a.ts) → helper (node_modules/yaml) ; main → main (recursion) ; root → (idle)
const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
const profile: CpuProfile = {
  startTime: 0,
  endTime: 10_000, // µs
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
    { id: 2, callFrame: frame('main', 'file:///x/src/lib/a.ts'), children: [3, 4] },
    { id: 3, callFrame: frame('helper', 'file:///x/node_modules/yaml/dist/index.js'), children: [] },
    { id: 4, callFrame: frame('main', 'file:///x/src/lib/a.ts'), children: [] },
    { id: 5, callFrame: frame('(idle)', ''), children: [] },
  ],
  // A sample's time is the delta before the next sample (µs): main 1 ms, helper 2 ms, inner main 3 ms, idle 4 ms;
  // the closing root sample only ends the last interval.
  samples: [2, 3, 4, 5, 1],
  timeDeltas: [0, 1000, 2000, 3000, 4000],
};

describe('cpuprofile summaries', () => {
  it('names modules by package, our src path, node internals or native', () => {
    expect(moduleOf('file:///a/node_modules/@astrojs/mdx/dist/x.js')).toBe('node_modules/@astrojs/mdx');
    expect(moduleOf('file:///a/node_modules/yaml/dist/x.js')).toBe('node_modules/yaml');
    expect(moduleOf('file:///tmp/r/src/lib/anchoring/normalize.ts')).toBe('src/lib/anchoring/normalize.ts');
    expect(moduleOf('node:fs')).toBe('node:fs');
    expect(moduleOf('')).toBe('(native)');
    expect(moduleOf('file:///tmp/out/chunks/render-card_x.mjs')).toBe('chunks/render-card_x.mjs');
  });

  it('adds self time per function and counts recursion once in inclusive time', () => {
    const summary = summariseProfile(profile);
    const main = summary.byFunction.find((e) => e.key.startsWith('main '));
    const helper = summary.byFunction.find((e) => e.key.startsWith('helper '));
    expect(main).toMatchObject({ self: 4, total: 6 }); // 1 + 3 self; 1 + 2 + 3 inclusive, not 9
    expect(helper).toMatchObject({ self: 2, total: 2 });
    expect(summary.byModule.find((e) => e.key === 'src/lib/a.ts')).toMatchObject({ self: 4, total: 6 });
    expect(summary.totalMs).toBe(10);
  });

  it('cuts the run into slices with the idle share', () => {
    const slices = profileTimeline(profile, 5);
    expect(slices[0]?.top[0]).toEqual({ key: 'src/lib/a.ts', ms: 4 });
    expect(slices.reduce((n, s) => n + s.idleMs, 0)).toBe(4);
  });
});
