// Summaries of a V8 .cpuprofile (node --cpu-prof): where the time goes, by function (self and inclusive) and by
// module or package. Pure: takes the parsed JSON. Used by tools/bench/profile-summary.ts.

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface TimeEntry {
  key: string;
  /** ms */
  self: number;
  /** ms, counting each stack once even when the function recurses */
  total: number;
}

/** Where a script URL comes from: "node_modules/<package>", "node:<internal>", our "src/…" path, or the built chunk. */
export function moduleOf(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return url;
  const nm = url.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return `node_modules/${name}`;
  }
  const src = url.lastIndexOf('/src/');
  if (src !== -1) return url.slice(src + 1).split('?')[0] ?? url;
  const parts = url.split('/');
  return parts.slice(-2).join('/');
}

const frameKey = (node: CpuProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${moduleOf(url)}:${lineNumber + 1}`;
};

/** Self ms per node, from samples and time deltas (falls back to hit counts spread over the run). */
export function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  const { samples, timeDeltas } = profile;
  if (samples && timeDeltas && samples.length === timeDeltas.length) {
    for (let i = 0; i < samples.length; i++) {
      // A delta is the time before sample i was taken: charge it to the next sample's stack (as Chrome does).
      const delta = timeDeltas[i + 1] ?? 0;
      const id = samples[i] as number;
      self.set(id, (self.get(id) ?? 0) + Math.max(0, delta) / 1000);
    }
    return self;
  }
  const hits = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0) || 1;
  const ms = (profile.endTime - profile.startTime) / 1000;
  for (const node of profile.nodes) self.set(node.id, ((node.hitCount ?? 0) / hits) * ms);
  return self;
}

export interface ProfileSummary {
  /** ms covered by the profile. */
  totalMs: number;
  byFunction: TimeEntry[];
  byModule: TimeEntry[];
}

/** Self and inclusive time by function and by module, largest self time first. */
export function summariseProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = selfTimes(profile);
  const children = new Set(profile.nodes.flatMap((n) => n.children ?? []));
  const roots = profile.nodes.filter((n) => !children.has(n.id));
  const fn = new Map<string, TimeEntry>();
  const mod = new Map<string, TimeEntry>();
  const entry = (map: Map<string, TimeEntry>, key: string) => {
    let e = map.get(key);
    if (!e) map.set(key, (e = { key, self: 0, total: 0 }));
    return e;
  };

  // Inclusive time: a node's subtree time is added to every function/module on the stack, once per stack.
  const subtree = new Map<number, number>();
  const total = (id: number): number => {
    const cached = subtree.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    let t = self.get(id) ?? 0;
    for (const child of node?.children ?? []) t += total(child);
    subtree.set(id, t);
    return t;
  };
  // Iterative DFS (profiles can be deep), tracking which keys are already on the stack.
  const onStackFn = new Map<string, number>();
  const onStackMod = new Map<string, number>();
  type Frame = { id: number; enter: boolean };
  const stack: Frame[] = roots.map((r) => ({ id: r.id, enter: true }));
  while (stack.length) {
    const frame = stack.pop() as Frame;
    const node = byId.get(frame.id);
    if (!node) continue;
    const fKey = frameKey(node);
    const mKey = moduleOf(node.callFrame.url);
    if (frame.enter) {
      const s = self.get(node.id) ?? 0;
      entry(fn, fKey).self += s;
      entry(mod, mKey).self += s;
      if (!onStackFn.get(fKey)) entry(fn, fKey).total += total(node.id);
      if (!onStackMod.get(mKey)) entry(mod, mKey).total += total(node.id);
      onStackFn.set(fKey, (onStackFn.get(fKey) ?? 0) + 1);
      onStackMod.set(mKey, (onStackMod.get(mKey) ?? 0) + 1);
      stack.push({ id: node.id, enter: false });
      for (const child of node.children ?? []) stack.push({ id: child, enter: true });
    } else {
      onStackFn.set(fKey, (onStackFn.get(fKey) ?? 1) - 1);
      onStackMod.set(mKey, (onStackMod.get(mKey) ?? 1) - 1);
    }
  }
  const sortSelf = (a: TimeEntry, b: TimeEntry) => b.self - a.self;
  return { totalMs: (profile.endTime - profile.startTime) / 1000, byFunction: [...fn.values()].sort(sortSelf), byModule: [...mod.values()].sort(sortSelf) };
}

export interface TimelineSlice {
  /** Start of the slice, ms from the profile's start. */
  startMs: number;
  /** ms of the slice the thread was idle. */
  idleMs: number;
  /** The modules with the most self time in the slice, with ms. */
  top: Array<{ key: string; ms: number }>;
}

/** The profile cut into slices of `sliceMs`: how busy the thread was and on what, to tell the build's phases apart. */
export function profileTimeline(profile: CpuProfile, sliceMs: number, topN = 3): TimelineSlice[] {
  const { samples, timeDeltas } = profile;
  if (!samples || !timeDeltas) return [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const slices: Array<{ idle: number; modules: Map<string, number> }> = [];
  let t = 0;
  for (let i = 0; i < samples.length; i++) {
    t += (timeDeltas[i] ?? 0) / 1000;
    const ms = Math.max(0, (timeDeltas[i + 1] ?? 0) / 1000);
    const slot = (slices[Math.floor(t / sliceMs)] ??= { idle: 0, modules: new Map() });
    const node = byId.get(samples[i] as number);
    if (!node) continue;
    if (node.callFrame.functionName === '(idle)') slot.idle += ms;
    else {
      const key = node.callFrame.url ? moduleOf(node.callFrame.url) : node.callFrame.functionName;
      slot.modules.set(key, (slot.modules.get(key) ?? 0) + ms);
    }
  }
  return Array.from(slices, (slot, i) => ({
    startMs: i * sliceMs,
    idleMs: slot?.idle ?? 0,
    top: [...(slot?.modules ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).slice(0, topN).map(([key, ms]) => ({ key, ms })),
  }));
}
