import { MAX_POLL_MINUTES, MIN_POLL_MINUTES, clampPollMinutes } from '@/lib/sources/scheduler';
import { t, tn } from '@/lib/ui/i18n';

export interface Props {
  gathering: { enabled: boolean; pollMinutes: number };
  retentionDays: number;
  onGathering: (value: { enabled: boolean; pollMinutes: number }) => void;
  onRetention: (days: number) => void;
}

const INTERVALS = [15, 30, 60, 120, 360, 720, 1440];
const RETENTION = [7, 30, 90, 180, 365, 0];

function intervalLabel(minutes: number): string {
  if (minutes < 60) return t('pollEveryMinutes', [minutes]);
  if (minutes === 60) return t('pollEveryHour');
  if (minutes === 1440) return t('pollDaily');
  return t('pollEveryHours', [new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(minutes / 60)]);
}

/** Background gathering (off until the reader turns it on), how often feeds are polled, how long reports are kept. */
export function GatheringSettings({ gathering, retentionDays, onGathering, onRetention }: Props) {
  const intervals = INTERVALS.includes(gathering.pollMinutes) ? INTERVALS : [...INTERVALS, gathering.pollMinutes].sort((a, b) => a - b);
  return (
    <fieldset class="px-gathering">
      <legend>{t('gatheringTitle')}</legend>
      <label class="px-check">
        <input type="checkbox" checked={gathering.enabled} onChange={(e) => onGathering({ ...gathering, enabled: e.currentTarget.checked })} />{' '}
        {t('gatheringEnable')}
      </label>
      <p class="px-muted px-hint">{t('gatheringHint')}</p>
      <div class="px-field">
        <label for="px-poll">{t('pollLabel')}</label>
        <select
          id="px-poll"
          value={String(gathering.pollMinutes)}
          disabled={!gathering.enabled}
          onChange={(e) => onGathering({ ...gathering, pollMinutes: clampPollMinutes(Number(e.currentTarget.value)) })}
        >
          {intervals.filter((m) => m >= MIN_POLL_MINUTES && m <= MAX_POLL_MINUTES).map((m) => (
            <option key={m} value={String(m)}>{intervalLabel(m)}</option>
          ))}
        </select>
      </div>
      <div class="px-field">
        <label for="px-retention">{t('retentionLabel')}</label>
        <select id="px-retention" value={String(retentionDays)} onChange={(e) => onRetention(Number(e.currentTarget.value))}>
          {(RETENTION.includes(retentionDays) ? RETENTION : [...RETENTION, retentionDays]).map((d) => (
            <option key={d} value={String(d)}>{d === 0 ? t('retentionForever') : tn('retentionDays', d)}</option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
