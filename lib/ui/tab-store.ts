/**
 * What the panel and popup show, kept apart from the view: the followed tab, its state from the
 * background, and whether a request is under way. Views subscribe; the store asks the background
 * (through a Transport) when the tab changes and takes live updates for the tab it follows.
 */
import type { TabState } from '../protocol';
import type { ActiveTab, TabWatcher } from './active-tab';
import type { Transport } from './transport';

export interface TabSnapshot {
  tab: ActiveTab | null;
  state: TabState | null;
  /** A request for this tab is under way (first load, analyse, forget). */
  pending: boolean;
  /** The background could not be reached or failed; in words. */
  failure: string | null;
}

export interface TabStore {
  get(): TabSnapshot;
  subscribe(listener: (snapshot: TabSnapshot) => void): () => void;
  /** Starts following the active tab. @returns A function that stops. */
  start(): () => void;
  analyse(): Promise<void>;
  forget(): Promise<void>;
  /** Removes old stored reports (storage full), then analyses the tab again. */
  prune(): Promise<void>;
}

export function createTabStore(transport: Transport, tabs: TabWatcher): TabStore {
  let snapshot: TabSnapshot = { tab: null, state: null, pending: true, failure: null };
  const listeners = new Set<(s: TabSnapshot) => void>();
  // Answers can arrive after the reader moved to another tab; only the latest request may land.
  let generation = 0;

  const set = (patch: Partial<TabSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener(snapshot);
  };

  const ask = async (name: 'ui:tab-state' | 'ui:analyse-tab' | 'ui:forget-tab') => {
    const tab = snapshot.tab;
    if (!tab) return set({ state: null, pending: false });
    const mine = ++generation;
    set({ pending: true, failure: null });
    try {
      const state = await transport.send(name, { tabId: tab.tabId });
      if (mine === generation) set({ state, pending: false });
    } catch (error) {
      if (mine === generation) set({ pending: false, failure: error instanceof Error ? error.message : String(error) });
    }
  };

  const follow = (tab: ActiveTab | null) => {
    const same = tab && snapshot.tab && tab.tabId === snapshot.tab.tabId;
    // A new tab's old state must not show under its page even for a moment.
    set({ tab, state: same ? snapshot.state : null });
    void ask('ui:tab-state');
  };

  return {
    get: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      let stopped = false;
      const stopUpdates = transport.connect(
        (update) => {
          if (update.tabId !== snapshot.tab?.tabId) return;
          generation++; // a pushed state is newer than any answer still on its way
          set({ state: update.state, pending: false, failure: null });
        },
        () => void ask('ui:tab-state'),
      );
      const stopWatching = tabs.watch(follow);
      tabs.current().then(
        (tab) => !stopped && follow(tab),
        (error) => set({ pending: false, failure: String(error) }),
      );
      return () => {
        stopped = true;
        stopUpdates();
        stopWatching();
      };
    },
    analyse: () => ask('ui:analyse-tab'),
    forget: () => ask('ui:forget-tab'),
    async prune() {
      set({ pending: true, failure: null });
      try {
        await transport.send('ui:prune-reports', {});
      } catch (error) {
        return set({ pending: false, failure: error instanceof Error ? error.message : String(error) });
      }
      await ask('ui:analyse-tab');
    },
  };
}
