/** Outlets that say the same thing, shown once when there are many (fifty reports of one event). */
import type { ReportRef } from '../model';

/** Up to this many outlets, each is shown on its own; beyond, outlets alike share one entry. */
export const OUTLETS_SHOWN_APART = 8;

export interface OutletGroup<M> {
  report: ReportRef;
  /** Further outlets whose mentions read the same. */
  alike: ReportRef[];
  mentions: M[];
}

/**
 * Groups outlets whose mentions have the same `signature`, in first-seen order (the reader's own
 * outlet, listed first in a comparison, leads its group). Below the limit nothing is grouped.
 */
export function groupAlike<M>(present: ReadonlyArray<{ report: ReportRef; mentions: M[] }>, signature: (mentions: M[]) => string, limit = OUTLETS_SHOWN_APART): OutletGroup<M>[] {
  if (present.length <= limit) return present.map((p) => ({ ...p, alike: [] }));
  const groups = new Map<string, OutletGroup<M>>();
  for (const p of present) {
    const key = signature(p.mentions);
    const group = groups.get(key);
    if (group) group.alike.push(p.report);
    else groups.set(key, { ...p, alike: [] });
  }
  return [...groups.values()];
}
