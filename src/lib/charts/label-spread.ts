// One-dimensional label de-overlap: moves labels along one axis (e.g. line-end labels up/down) so
// none overlap, each as close to where it wants to be as its neighbours allow, all within bounds.

export interface SpreadItem {
  /** Where the label's centre wants to be. */
  center: number;
  /** Label extent along the axis (its height for vertical spreading). */
  size: number;
}

interface Cluster {
  /** Indexes into the sorted items, in order. */
  members: number[];
  top: number;
  height: number;
}

/**
 * Returns new centres (in input order) such that labels are `gap` apart and inside [min, max],
 * or null when they cannot all fit. Overlapping labels are merged into clusters that are centred
 * on their members' wishes, so a crowd spreads both ways instead of only downwards.
 */
export function spreadLabels(items: readonly SpreadItem[], min: number, max: number, gap: number): number[] | null {
  const needed = items.reduce((sum, item) => sum + item.size, 0) + gap * Math.max(0, items.length - 1);
  if (needed > max - min) return null;

  const order = items.map((_, index) => index).sort((a, b) => items[a]!.center - items[b]!.center);
  const sorted = order.map((index) => items[index]!);
  const clusters: Cluster[] = [];
  const clamp = (cluster: Cluster): void => {
    cluster.top = Math.min(Math.max(cluster.top, min), max - cluster.height);
  };

  sorted.forEach((item, index) => {
    let cluster: Cluster = { members: [index], top: item.center - item.size / 2, height: item.size };
    clamp(cluster);
    for (;;) {
      const previous = clusters[clusters.length - 1];
      if (!previous || previous.top + previous.height + gap <= cluster.top) break;
      clusters.pop();
      cluster = merge(previous, cluster, sorted, gap);
      clamp(cluster);
    }
    clusters.push(cluster);
  });

  const centers = new Array<number>(items.length);
  for (const cluster of clusters) {
    let cursor = cluster.top;
    for (const member of cluster.members) {
      const item = sorted[member]!;
      centers[order[member]!] = cursor + item.size / 2;
      cursor += item.size + gap;
    }
  }
  return centers;
}

/** Joins two neighbouring clusters and centres the result on the mean wish of its members. */
function merge(upper: Cluster, lower: Cluster, sorted: readonly SpreadItem[], gap: number): Cluster {
  const members = [...upper.members, ...lower.members];
  let offset = 0;
  let wishedTopSum = 0;
  for (const member of members) {
    const item = sorted[member]!;
    wishedTopSum += item.center - item.size / 2 - offset; // the top this member would like the cluster to have
    offset += item.size + gap;
  }
  return { members, top: wishedTopSum / members.length, height: upper.height + gap + lower.height };
}
