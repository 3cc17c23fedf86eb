/** The popup's one-glance summary of a tab: article or not, reports found, differences. */
import type { TabState } from '../protocol';
import type { DifferenceKind } from '../model';
import { t, tn } from './i18n';
import { bestTitle, differenceCounts } from './view-model';
import { kindLabel } from './kinds';

export interface PopupFacts {
  article: boolean;
  /** The event's best title. */
  event: string | null;
  /** The kinds of difference found, in words, most frequent first ("verb 4, quote 2"). */
  kinds: string | null;
  /** "3 reports of this event", when the page is an article. */
  reports: string | null;
  /** "4 differences", when there are other reports to differ from. */
  differences: string | null;
}

export function popupFacts(state: TabState | null): PopupFacts {
  if (state?.status !== 'article') return { article: false, event: null, kinds: null, reports: null, differences: null };
  const count = state.comparison.reports.length;
  // Counted from the comparison as the panel counts them, so that popup and panel always agree.
  const counts = differenceCounts(state.comparison);
  const byKind = Object.entries(counts.byKind) as Array<[DifferenceKind, number]>;
  byKind.sort((a, b) => b[1] - a[1]);
  return {
    article: true,
    event: bestTitle(state.comparison.reports) || null,
    kinds: byKind.length ? byKind.map(([kind, n]) => `${kindLabel(kind)} ${n}`).join(', ') : null,
    reports: tn('popupReports', count),
    differences: count > 1 ? tn('popupDifferences', counts.total) : null,
  };
}
