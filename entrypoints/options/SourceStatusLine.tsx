import type { SourceStatus } from '@/lib/settings';

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
        Parallax has no access to this site, so it cannot read its feeds or capture its pages.{' '}
        <button type="button" class="px-link" onClick={onAllowAccess} aria-label={`Allow access to ${name}`}>Allow access</button>
      </p>
    );
  }
  if (!hasFeeds) return <p class="px-status px-muted">No feed: its pages are compared when you read them.</p>;
  if (!status?.checkedAt) return <p class="px-status px-muted">Not checked yet.</p>;
  const items = `${new Intl.NumberFormat().format(status.items)} ${status.items === 1 ? 'item' : 'items'}`;
  return (
    <p class={status.error ? 'px-status px-status--error' : 'px-status px-muted'}>
      Checked {when(status.checkedAt)} · {items}
      {status.error && <span class="px-status-error">. {status.error}</span>}
    </p>
  );
}
