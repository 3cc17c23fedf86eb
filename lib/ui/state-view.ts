/**
 * A tab's state in words for the panel and popup: which situation it is, what it means, and what
 * the reader can do next. Every state explains itself; none is a blank panel.
 */
import type { TabState } from '../protocol';
import type { TabSnapshot } from './tab-store';
import { t, tn, type MessageKey } from './i18n';
import { messageLanguage } from './page-language';
import { differenceCounts } from './view-model';

export type Situation = 'loading' | 'no-tab' | 'idle' | 'analysing' | 'not-article' | 'error' | 'storage-full' | 'alone' | 'compared';

export interface StateView {
  situation: Situation;
  title: string;
  detail: string;
  /** Advice on what to do, when there is something to do. */
  advice: string | null;
  /** "Fetching 3 of 7 reports", while other outlets' reports are gathered. */
  progress: string | null;
}

type NotArticle = Extract<TabState, { status: 'not-article' }>;

/** Each reason in words, and what the reader can do about it. */
const REASONS: Record<NotArticle['reason'], [MessageKey, MessageKey]> = {
  'not-article': ['reasonNotArticle', 'adviceNotArticle'],
  'too-large': ['reasonTooLarge', 'adviceTooLarge'],
  empty: ['reasonEmpty', 'adviceEmpty'],
  restricted: ['reasonRestricted', 'adviceRestricted'],
  'no-permission': ['reasonNoPermission', 'adviceNoPermission'],
};

/** Storage full: IndexedDB says "QuotaExceededError" (Chrome) or "quota" in its message. */
export function isQuotaError(message: string): boolean {
  return /quota/i.test(message);
}

export function stateView(snapshot: Pick<TabSnapshot, 'tab' | 'state' | 'pending' | 'failure'>): StateView {
  const { state } = snapshot;
  const view = (situation: Situation, title: string, detail = '', advice: string | null = null, progress: string | null = null): StateView => ({ situation, title, detail, advice, progress });
  if (snapshot.failure) return view('error', t('stateErrorTitle'), snapshot.failure, errorAdvice(snapshot.failure, false));
  if (!state) return snapshot.pending ? view('loading', t('stateLoadingTitle')) : view('no-tab', t('stateNoTabTitle'), t('stateNoTabDetail'));
  switch (state.status) {
    case 'idle':
      return view('idle', t('stateIdleTitle'), t('stateIdleDetail'));
    case 'analysing':
      return view('analysing', t('stateAnalysingTitle'), t('stateAnalysingDetail'));
    case 'not-article': {
      const reason = REASONS[state.reason] ? state.reason : 'not-article';
      // The page reader words its finding in English ("This page has 70,000 elements…"): exact,
      // but only for an English reader; the others get the reason in their own language.
      const exact = state.message && messageLanguage() === 'en' ? state.message : '';
      return view('not-article', t('stateNotArticleTitle'), exact || t(REASONS[reason][0]), t(REASONS[reason][1]));
    }
    case 'error': {
      const full = state.problem === 'storage-full' || isQuotaError(state.message);
      // The store says "full" in English; the title and advice already say it in the reader's language.
      const detail = full && messageLanguage() !== 'en' ? '' : state.message;
      return view(full ? 'storage-full' : 'error', full ? t('stateStorageFullTitle') : t('stateErrorTitle'), detail, errorAdvice(state.message, full));
    }
    case 'article': {
      const progress = state.gathering ? t('gatheringProgress', [state.gathering.done, state.gathering.total]) : null;
      const others = state.comparison.reports.length - 1;
      if (others < 1) return view('alone', t('stateAloneTitle'), t('stateAloneDetail'), t('stateAloneAdvice'), progress);
      return view('compared', t('stateComparedTitle', [others + 1]), tn('differenceCount', differenceCounts(state.comparison).total), null, progress);
    }
  }
}

function errorAdvice(message: string, full = isQuotaError(message)): string {
  return full ? t('adviceQuota') : t('adviceRetry');
}
