// Element ids for chart instances: derived from the chart's props (so a build is reproducible and an
// id changes only when the chart does), made unique within a page when the same chart appears twice.

/** FNV-1a 32-bit hash of `text`, in base 36 (at most 7 characters). */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** JSON with object keys sorted and undefined/function values left out, so equal props give equal text. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined || typeof item === 'function' ? 'null' : stableStringify(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined && typeof item !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`);
  return `{${entries.join(',')}}`;
}

/** Lower-case letters, digits and hyphens only, so the text is safe inside an id. */
function idPart(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** "chart-<dataset>-<hash of the props>", e.g. "chart-huawei-shipments-1x2y3z". */
export function chartBaseId(dataset: string, props: unknown): string {
  return `chart-${idPart(dataset)}-${hashText(stableStringify(props))}`;
}

const taken = new WeakMap<object, Map<string, number>>();

/**
 * `base` the first time it is asked for within `scope` (one object per page render, e.g.
 * Astro.locals), then "base-2", "base-3" … for the same base.
 */
export function uniqueId(scope: object, base: string): string {
  let counts = taken.get(scope);
  if (!counts) {
    counts = new Map();
    taken.set(scope, counts);
  }
  const count = (counts.get(base) ?? 0) + 1;
  counts.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/** Ids of one layout of a chart instance: the svg, its <title> and its <desc>. */
export function layoutIds(instanceId: string, width: number): { svg: string; title: string; desc: string } {
  const svg = `${instanceId}-${width}`;
  return { svg, title: `${svg}-title`, desc: `${svg}-desc` };
}
