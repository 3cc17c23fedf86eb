import type { ReportRef } from '../lib/model';
import { timeline } from '../lib/ui/view-model';
import { formatTime } from '../lib/ui/format';
import { t, tn } from '../lib/ui/i18n';
import { Fold } from './Fold';
import './Timeline.css';

export type TimelineProps = { reports: readonly ReportRef[]; locale: string };

/** Reports listed in full before the rest are folded (fifty reports of one event happen). */
const LISTED = 6;

/** The event's reports in publication order: a line of dots, then outlet and time in words. */
export function Timeline({ reports, locale }: TimelineProps) {
  const entries = timeline(reports);
  const outletOf = new Map(reports.map((r) => [r.id, r.outlet]));
  const item = (e: (typeof entries)[number]) => (
    <li key={e.report.id} class={`px-timeline__item${e.reading ? ' px-timeline__item--reading' : ''}`}>
      <span class="px-timeline__outlet">{e.report.outlet}</span>
      {e.reading && <span class="px-muted"> ({t('thisPage')})</span>}{' '}
      <time class="px-muted" dateTime={e.report.publishedAt ?? undefined}>
        {formatTime(e.report.publishedAt, locale)}
      </time>
      {e.report.copyOf && outletOf.has(e.report.copyOf) && <span class="px-muted"> · {t('copyOfReport', [outletOf.get(e.report.copyOf)!])}</span>}
    </li>
  );
  return (
    <div class="px-timeline">
      <div class="px-timeline__line" aria-hidden="true">
        {entries.map((e) =>
          e.position === null ? null : (
            <span
              key={e.report.id}
              class={`px-timeline__dot${e.reading ? ' px-timeline__dot--reading' : ''}`}
              style={{ left: `${(e.position * 100).toFixed(1)}%` }}
              title={e.report.outlet}
            />
          ),
        )}
      </div>
      <ol class="px-timeline__list" aria-label={t('timelineLabel')}>
        {entries.slice(0, LISTED).map(item)}
      </ol>
      {entries.length > LISTED && (
        <Fold label={tn('moreReports', entries.length - LISTED)}>
          <ol class="px-timeline__list" start={LISTED + 1}>
            {entries.slice(LISTED).map(item)}
          </ol>
        </Fold>
      )}
    </div>
  );
}
