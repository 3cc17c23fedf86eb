/**
 * Polls the enabled feeds on an alarm (browser.alarms survive the service worker being stopped,
 * timers do not). The alarm exists only while gathering is on, at the reader's interval; a poll
 * that is still running when the next alarm rings is not started twice.
 */

export const POLL_ALARM = 'parallax:poll-feeds';
export const DEFAULT_POLL_MINUTES = 30;
/** Bounds on the interval: more often than every 5 minutes is not polite; less than daily is not news. */
export const MIN_POLL_MINUTES = 5;
export const MAX_POLL_MINUTES = 24 * 60;
/** Minutes from turning gathering on (or changing the interval, or a browser start) to the first poll. */
export const FIRST_POLL_MINUTES = 1;

/** The part of browser.alarms the scheduler uses (injected: tests pass a fake). */
export interface AlarmsApi {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<{ name: string; periodInMinutes?: number } | undefined>;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void; removeListener(cb: (alarm: { name: string }) => void): void };
}

export interface GatheringPrefs {
  enabled: boolean;
  pollMinutes: number;
}

export interface SchedulerDeps {
  alarms: AlarmsApi;
  getPrefs(): Promise<GatheringPrefs>;
  poll(): Promise<unknown>;
  onError?(error: unknown): void;
}

export interface Scheduler {
  /** Listens for the alarm and makes it match the preferences. Call once when the background starts. */
  start(): Promise<void>;
  /** Makes the alarm match the preferences (call when they change). */
  sync(): Promise<void>;
  /** Runs a poll now unless one is running; resolves when it is done. */
  pollNow(): Promise<void>;
  stop(): void;
}

export function clampPollMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return DEFAULT_POLL_MINUTES;
  return Math.min(MAX_POLL_MINUTES, Math.max(MIN_POLL_MINUTES, Math.round(minutes)));
}

/**
 * @example
 * const scheduler = createScheduler({ alarms: browser.alarms, getPrefs: () => gatheringSetting.getValue(), poll: () => gatherer.pollFeeds() });
 * await scheduler.start();
 * gatheringSetting.watch(() => void scheduler.sync());
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  let running: Promise<void> | null = null;

  const pollNow = (): Promise<void> => {
    if (running) return running;
    running = (async () => {
      try {
        await deps.poll();
      } catch (error) {
        deps.onError?.(error);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const onAlarm = (alarm: { name: string }): void => {
    if (alarm.name !== POLL_ALARM) return;
    // The alarm may outlive a change of mind: check the preference before polling.
    void deps.getPrefs().then((prefs) => (prefs.enabled ? pollNow() : undefined));
  };

  const sync = async (): Promise<void> => {
    const prefs = await deps.getPrefs();
    const existing = await deps.alarms.get(POLL_ALARM);
    if (!prefs.enabled) {
      if (existing) await deps.alarms.clear(POLL_ALARM);
      return;
    }
    const period = clampPollMinutes(prefs.pollMinutes);
    // Re-creating an alarm restarts its period: leave one that is already right alone.
    if (existing?.periodInMinutes === period) return;
    // The first poll comes soon, so the reader who just turned gathering on sees statuses fill in.
    await deps.alarms.create(POLL_ALARM, { delayInMinutes: FIRST_POLL_MINUTES, periodInMinutes: period });
  };

  return {
    async start() {
      deps.alarms.onAlarm.addListener(onAlarm);
      await sync();
    },
    sync,
    pollNow,
    stop() {
      deps.alarms.onAlarm.removeListener(onAlarm);
    },
  };
}
