/** Why a fetch failed, and how to say it to the reader on the options page, in their language. */
import { t } from '../ui/i18n';

export type FetchProblem =
  | 'not-http'
  | 'timeout'
  | 'network'
  | 'too-large'
  | 'not-found'
  | 'gone'
  | 'login'
  | 'rate-limited'
  | 'server'
  | 'http'
  | 'backing-off';

function clock(at: number | null): string {
  if (at === null) return t('retryLater');
  return t('retryAfter', [new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })]);
}

/** A sentence for the reader; `status` is the HTTP status when there was one. */
export function describeFetchProblem(problem: FetchProblem, status: number | null, retryAt: number | null): string {
  const code = status ?? t('statusUnknown');
  switch (problem) {
    case 'not-http':
      return t('fetchNotHttp');
    case 'timeout':
      return t('fetchTimeout', [clock(retryAt)]);
    case 'network':
      return t('fetchNetwork', [clock(retryAt)]);
    case 'too-large':
      return t('fetchTooLarge');
    case 'not-found':
      return t('fetchNotFound');
    case 'gone':
      return t('fetchGone');
    case 'login':
      return status ? t('fetchLoginStatus', [status]) : t('fetchLoginPage');
    case 'rate-limited':
      return t('fetchRateLimited', [clock(retryAt)]);
    case 'server':
      return t('fetchServer', [code, clock(retryAt)]);
    case 'http':
      return t('fetchHttp', [code]);
    case 'backing-off':
      return t('fetchBackingOff', [clock(retryAt)]);
  }
}
