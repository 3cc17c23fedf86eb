/**
 * What the extension knows about each tab, kept in memory by the background and mirrored to
 * session storage (an MV3 worker is stopped when idle; the panel must still find the tab's state).
 * Pure: broadcasting and the badge are passed in.
 */
import type { Comparison } from '../model';
import type { TabState, TabStateUpdate } from '../protocol';
import { countDifferences } from '../compare/differences';

/** Items that differ (figures and attributions): the number on the badge. */
export function differencesOf(comparison: Comparison): number {
  return countDifferences(comparison);
}

/** The badge for a tab: the number of differences, '!' for an error, nothing otherwise. */
export function badgeText(state: TabState | undefined): string {
  if (!state) return '';
  if (state.status === 'article') return state.differences > 0 ? String(Math.min(state.differences, 999)) : '';
  if (state.status === 'error') return '!';
  return '';
}

/** What survives a restart of the worker: enough to rebuild each tab's state from the store. */
export type SavedTab =
  | { kind: 'report'; url: string | null; reportId: string }
  | { kind: 'state'; state: Exclude<TabState, { status: 'article' } | { status: 'analysing' }> };

export function saveTab(state: TabState): SavedTab | null {
  if (state.status === 'article') return { kind: 'report', url: state.url, reportId: state.reportId };
  if (state.status === 'analysing') return null;
  return { kind: 'state', state };
}

export interface TabStatesOptions {
  /** Called with every change (the background broadcasts it to the panel and popup). */
  onChange: (update: TabStateUpdate) => void;
  /** Called when a tab's badge text changes. */
  setBadge: (tabId: number, text: string) => void;
}

export class TabStates {
  private readonly states = new Map<number, TabState>();

  constructor(private readonly options: TabStatesOptions) {}

  get(tabId: number): TabState | undefined {
    return this.states.get(tabId);
  }

  set(tabId: number, state: TabState): void {
    const before = this.states.get(tabId);
    this.states.set(tabId, state);
    if (badgeText(before) !== badgeText(state) || !before) this.options.setBadge(tabId, badgeText(state));
    this.options.onChange({ type: 'tab:state', tabId, state });
  }

  /** Forgets a closed tab (no broadcast: nobody shows a closed tab). */
  remove(tabId: number): void {
    this.states.delete(tabId);
  }

  /** Tabs showing one of these reports (to refresh them when their event gains a report). */
  tabsShowing(reportIds: ReadonlySet<string>): number[] {
    return [...this.states].filter(([, s]) => s.status === 'article' && reportIds.has(s.reportId)).map(([id]) => id);
  }

  entries(): Array<[number, TabState]> {
    return [...this.states];
  }

  /** A plain object for session storage. */
  snapshot(): Record<string, SavedTab> {
    const out: Record<string, SavedTab> = {};
    for (const [tabId, state] of this.states) {
      const saved = saveTab(state);
      if (saved) out[tabId] = saved;
    }
    return out;
  }
}
