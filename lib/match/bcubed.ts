/**
 * B-cubed precision and recall of a clustering against gold classes (Bagga & Baldwin 1998):
 * for each item, the share of its cluster that is of its class (precision) and the share of its
 * class that is in its cluster (recall), averaged over items.
 */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

export function bcubed(clusters: readonly (readonly string[])[], goldOf: (item: string) => string): BCubed {
  const items = clusters.flat();
  if (!items.length) return { precision: 1, recall: 1, f1: 1 };
  const classSize = new Map<string, number>();
  for (const item of items) classSize.set(goldOf(item), (classSize.get(goldOf(item)) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  for (const cluster of clusters) {
    const inCluster = new Map<string, number>();
    for (const item of cluster) inCluster.set(goldOf(item), (inCluster.get(goldOf(item)) ?? 0) + 1);
    for (const item of cluster) {
      const same = inCluster.get(goldOf(item))!;
      precision += same / cluster.length;
      recall += same / classSize.get(goldOf(item))!;
    }
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
