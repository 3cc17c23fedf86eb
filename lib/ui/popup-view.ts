/** The popup's one-glance summary of a tab: article or not, reports found, differences. */
import type { TabState } from '../protocol';
import { t } from './i18n';

export interface PopupFacts {
  article: boolean;
  /** "3 reports of this event", when the page is an article. */
  reports: string | null;
  /** "4 differences", when there are other reports to differ from. */
  differences: string | null;
}

export function popupFacts(state: TabState | null): PopupFacts {
  if (state?.status !== 'article') return { article: false, reports: null, differences: null };
  const count = state.comparison.reports.length;
  return {
    article: true,
    reports: t('popupReports', [count]),
    differences: count > 1 ? t('popupDifferences', [state.differences]) : null,
  };
}
