import type { Comparison, DifferenceKind, ItemStatus } from '../model';

/**
 * Whether an item is a difference the reader should see: it differs, or (with other reports to
 * compare) only some outlets have it. The comparison marks the latter "single" with kind "only".
 * The badge, the popup and the panel all count with this one rule.
 */
export function isDifference(item: { status: ItemStatus; kinds: readonly DifferenceKind[] }, reportCount: number): boolean {
  return item.status === 'differs' || (item.status === 'single' && reportCount > 1 && item.kinds.includes('only'));
}

/** The number of items (figures and attributions) that are differences. */
export function countDifferences(comparison: Comparison): number {
  const n = comparison.reports.length;
  return comparison.numbers.filter((i) => isDifference(i, n)).length + comparison.attributions.filter((i) => isDifference(i, n)).length;
}
