import { MAX_POLL_MINUTES, MIN_POLL_MINUTES, clampPollMinutes } from '@/lib/sources/scheduler';

export interface Props {
  gathering: { enabled: boolean; pollMinutes: number };
  retentionDays: number;
  onGathering: (value: { enabled: boolean; pollMinutes: number }) => void;
  onRetention: (days: number) => void;
}

const INTERVALS = [15, 30, 60, 120, 360, 720, 1440];
const RETENTION = [7, 30, 90, 180, 365, 0];

function intervalLabel(minutes: number): string {
  return minutes < 60 ? `every ${minutes} minutes` : minutes === 60 ? 'every hour' : minutes === 1440 ? 'once a day' : `every ${minutes / 60} hours`;
}

/** Background gathering (off until the reader turns it on), how often feeds are polled, how long reports are kept. */
export function GatheringSettings({ gathering, retentionDays, onGathering, onRetention }: Props) {
  const intervals = INTERVALS.includes(gathering.pollMinutes) ? INTERVALS : [...INTERVALS, gathering.pollMinutes].sort((a, b) => a - b);
  return (
    <fieldset class="px-gathering">
      <legend>Gathering and keeping reports</legend>
      <label class="px-check">
        <input type="checkbox" checked={gathering.enabled} onChange={(e) => onGathering({ ...gathering, enabled: e.currentTarget.checked })} />{' '}
        Gather other outlets' reports from the feeds of my enabled sources
      </label>
      <p class="px-muted px-hint">When you read a report, Parallax looks in those feeds for the same event and fetches the matching pages, so they are ready to compare.</p>
      <div class="px-field">
        <label for="px-poll">Check the feeds</label>
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
        <label for="px-retention">Keep reports</label>
        <select id="px-retention" value={String(retentionDays)} onChange={(e) => onRetention(Number(e.currentTarget.value))}>
          {(RETENTION.includes(retentionDays) ? RETENTION : [...RETENTION, retentionDays]).map((d) => (
            <option key={d} value={String(d)}>{d === 0 ? 'for ever' : `for ${d} days`}</option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
