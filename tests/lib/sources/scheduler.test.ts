import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clampPollMinutes, createScheduler, POLL_ALARM, type AlarmsApi, type GatheringPrefs } from '../../../lib/sources/scheduler';

/** browser.alarms on timers, so that vi.useFakeTimers drives them like the browser's clock. */
function timerAlarms(): AlarmsApi & { names(): string[] } {
  const alarms = new Map<string, { periodInMinutes?: number; handles: Array<ReturnType<typeof setTimeout>> }>();
  const listeners = new Set<(alarm: { name: string }) => void>();
  const fire = (name: string) => listeners.forEach((l) => l({ name }));
  const clear = async (name: string) => {
    const alarm = alarms.get(name);
    alarm?.handles.forEach((h) => clearTimeout(h));
    alarm?.handles.forEach((h) => clearInterval(h));
    return alarms.delete(name);
  };
  return {
    names: () => [...alarms.keys()],
    create(name, info) {
      void clear(name);
      const entry = { periodInMinutes: info.periodInMinutes, handles: [] as Array<ReturnType<typeof setTimeout>> };
      entry.handles.push(
        setTimeout(() => {
          fire(name);
          if (info.periodInMinutes) entry.handles.push(setInterval(() => fire(name), info.periodInMinutes * 60_000));
        }, (info.delayInMinutes ?? 0) * 60_000),
      );
      alarms.set(name, entry);
    },
    clear,
    get: async (name) => (alarms.has(name) ? { name, periodInMinutes: alarms.get(name)!.periodInMinutes } : undefined),
    onAlarm: { addListener: (cb) => void listeners.add(cb), removeListener: (cb) => void listeners.delete(cb) },
  };
}

const MIN = 60_000;
let prefs: GatheringPrefs;
let polls: number[];

function setup(pollMs = 0) {
  const alarms = timerAlarms();
  let running = 0;
  let maxRunning = 0;
  const scheduler = createScheduler({
    alarms,
    getPrefs: async () => prefs,
    poll: async () => {
      polls.push(Date.now());
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, pollMs));
      running--;
    },
  });
  return { scheduler, alarms, maxRunning: () => maxRunning };
}

const minutes = (t0: number) => polls.map((t) => (t - t0) / MIN);

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  prefs = { enabled: false, pollMinutes: 30 };
  polls = [];
});
afterEach(() => vi.useRealTimers());

describe('polling on an alarm', () => {
  it('does nothing while gathering is off', async () => {
    const { scheduler, alarms } = setup();
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * 60 * MIN);
    expect(alarms.names()).toEqual([]);
    expect(polls).toEqual([]);
  });

  it('polls every 30 minutes by default once the reader turns it on', async () => {
    prefs = { enabled: true, pollMinutes: 30 };
    const { scheduler } = setup();
    await scheduler.start();
    expect(polls).toEqual([]);
    await vi.advanceTimersByTimeAsync(92 * MIN);
    // The first poll a minute after gathering is turned on, then every 30 minutes.
    expect(minutes(0)).toEqual([1, 31, 61, 91]);
  });

  it('follows a change of interval, and stops when turned off', async () => {
    prefs = { enabled: true, pollMinutes: 30 };
    const { scheduler, alarms } = setup();
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(30 * MIN);
    prefs = { enabled: true, pollMinutes: 60 };
    await scheduler.sync();
    await vi.advanceTimersByTimeAsync(120 * MIN);
    expect(minutes(0)).toEqual([1, 31, 91]);
    prefs = { enabled: false, pollMinutes: 60 };
    await scheduler.sync();
    expect(alarms.names()).toEqual([]);
    await vi.advanceTimersByTimeAsync(240 * MIN);
    expect(polls).toHaveLength(3);
  });

  it('leaves a running alarm alone when nothing changed (its period is not restarted)', async () => {
    prefs = { enabled: true, pollMinutes: 30 };
    const { scheduler } = setup();
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(20 * MIN);
    await scheduler.sync();
    await vi.advanceTimersByTimeAsync(11 * MIN);
    expect(minutes(0)).toEqual([1, 31]);
  });

  it('never runs two polls at once, however slow one is', async () => {
    prefs = { enabled: true, pollMinutes: 30 };
    const { scheduler, maxRunning } = setup(45 * MIN);
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(182 * MIN);
    expect(maxRunning()).toBe(1);
    // Alarms at 1, 31 (skipped: still running until 46), 61, 91 (skipped), 121, 151 (skipped), 181.
    expect(minutes(0)).toEqual([1, 61, 121, 181]);
  });

  it('ignores a leftover alarm after the reader turned gathering off, and other alarms', async () => {
    prefs = { enabled: true, pollMinutes: 30 };
    const { scheduler, alarms } = setup();
    await scheduler.start();
    prefs = { enabled: false, pollMinutes: 30 };
    await vi.advanceTimersByTimeAsync(61 * MIN);
    expect(polls).toEqual([]);
    alarms.create('someone-else', { delayInMinutes: 1 });
    prefs = { enabled: true, pollMinutes: 30 };
    await vi.advanceTimersByTimeAsync(1 * MIN);
    expect(polls).toEqual([]);
  });

  it.each([
    [1, 5],
    [30, 30],
    [45.4, 45],
    [100_000, 1440],
    [Number.NaN, 30],
  ])('clamps an interval of %d minutes to %d', (input, output) => {
    expect(clampPollMinutes(input)).toBe(output);
  });
});

describe('with WXT\'s fake browser.alarms', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates the named alarm with the reader\'s period and polls when it rings', async () => {
    prefs = { enabled: true, pollMinutes: 15 };
    const poll = vi.fn(async () => undefined);
    const scheduler = createScheduler({ alarms: fakeBrowser.alarms as unknown as AlarmsApi, getPrefs: async () => prefs, poll });
    await scheduler.start();
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toMatchObject({ name: POLL_ALARM, periodInMinutes: 15 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLL_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(poll).toHaveBeenCalledTimes(1);
    scheduler.stop();
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLL_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(poll).toHaveBeenCalledTimes(1);
  });
});
