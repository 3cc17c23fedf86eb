import type { SourceStatus } from '@/lib/settings';
import { t, tn } from '@/lib/ui/i18n';

export interface Props {
  name: string;
  hasFeeds: boolean;
  status: SourceStatus | undefined;
  onAllowAccess: () => void;
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The last fetch of a source in words: when, how many items, what went wrong; or that access is missing. */
export function SourceStatusLine({ name, hasFeeds, status, onAllowAccess }: Props) {
  if (status?.lacksAccess) {
    return (
      <p class="px-status px-status--warn">
        {t('noAccess')}{' '}
        <button type="button" class="px-link" onClick={onAllowAccess} aria-label={t('allowAccessTo', [name])}>{t('allowAccess')}</button>
      </p>
    );
  }
  if (!hasFeeds) return <p class="px-status px-muted">{t('noFeed')}</p>;
  if (!status?.checkedAt) return <p class="px-status px-muted">{t('notChecked')}</p>;
  const items = tn('feedItems', status.items, [new Intl.NumberFormat().format(status.items)]);
  return (
    <p class={status.error ? 'px-status px-status--error' : 'px-status px-muted'}>
      {t('checkedLine', [when(status.checkedAt), items])}
      {status.error && <span class="px-status-error">. {status.error}</span>}
    </p>
  );
}
