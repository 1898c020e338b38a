// Orders valid values by closeness to a mistyped one, so error messages suggest the likely intended id.

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** `known: a, b, c …` with the values closest to `wanted` first. */
export function suggest(wanted: string, known: Iterable<string>, max = 4): string {
  const all = [...new Set(known)];
  if (all.length === 0) return 'there are none yet';
  const ranked = all
    .map((value) => ({ value, distance: editDistance(wanted.toLowerCase(), value.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.value.localeCompare(b.value))
    .map((entry) => entry.value);
  return `known: ${ranked.slice(0, max).join(', ')}${all.length > max ? ' …' : ''}`;
}
