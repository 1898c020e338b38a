// One-dimensional label de-overlap: moves labels along one axis (e.g. line-end labels up/down) so
// none overlap, each as close to where it wants to be as its neighbours allow, all within bounds.

export interface SpreadItem {
  /** Where the label's centre wants to be. */
  center: number;
  /** Label extent along the axis (its height for vertical spreading). */
  size: number;
}

interface Member extends SpreadItem {
  /** Position in the caller's list. */
  index: number;
}

/** Labels packed edge to edge (with gaps) from `top`. */
interface Cluster {
  members: Member[];
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

  const clamp = (cluster: Cluster): Cluster => ({ ...cluster, top: Math.min(Math.max(cluster.top, min), max - cluster.height) });
  const sorted = items.map((item, index): Member => ({ ...item, index })).sort((a, b) => a.center - b.center);
  const clusters: Cluster[] = [];
  for (const member of sorted) {
    let cluster = clamp({ members: [member], top: member.center - member.size / 2, height: member.size });
    // Merge with the cluster above for as long as the two overlap.
    for (let previous = clusters.at(-1); previous && previous.top + previous.height + gap > cluster.top; previous = clusters.at(-1)) {
      clusters.pop();
      cluster = clamp(merge(previous, cluster, gap));
    }
    clusters.push(cluster);
  }

  const centers = new Array<number>(items.length).fill(0);
  for (const cluster of clusters) {
    let cursor = cluster.top;
    for (const member of cluster.members) {
      centers[member.index] = cursor + member.size / 2;
      cursor += member.size + gap;
    }
  }
  return centers;
}

/** Joins two neighbouring clusters and centres the result on the mean wish of its members. */
function merge(upper: Cluster, lower: Cluster, gap: number): Cluster {
  const members = [...upper.members, ...lower.members];
  let offset = 0;
  let wishedTopSum = 0;
  for (const member of members) {
    wishedTopSum += member.center - member.size / 2 - offset; // the cluster top this member would like
    offset += member.size + gap;
  }
  return { members, top: wishedTopSum / members.length, height: upper.height + gap + lower.height };
}
