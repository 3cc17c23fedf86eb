/**
 * Sorts by when last mentioned (`seen`), latest first. No two entities share a time (`seen`
 * counts up), so any sort gives this order; an insertion sort for the few one question meets,
 * as the built-in sort allocated a work array (and the comparison a closure) at each call.
 */
export function latestFirst<T extends { seen: number }>(list: T[]): void {
  // A long list goes to the built-in sort: n log n, not n².
  if (list.length > 24) {
    list.sort(byLatest);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const e = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]!.seen < e.seen) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = e;
  }
}

function byLatest(a: { seen: number }, b: { seen: number }): number {
  return b.seen - a.seen;
}
