/**
 * The background's per-tab work: capture an article for a tab, rebuild a tab's state after the
 * worker restarted, refresh the tabs whose event gained or lost a report, analyse on demand.
 * Captures run one at a time so that a page that re-reads quickly cannot race its own states.
 */
import { browser } from 'wxt/browser';
import type { Article } from '@/lib/model';
import type { TabState } from '@/lib/protocol';
import { analyse } from '@/lib/report';
import { compareReports } from '@/lib/compare';
import { sameEvent } from '@/lib/match';
import { getStoredReports, openReportStore, type Database } from '@/lib/store';
import { TabStates, captureArticle, eventViews, failureState, trustArticle, type PipelineDeps } from '@/lib/tabs';
import { sendToTab } from '@/lib/messaging';
import { sourcesSetting } from '@/lib/settings';
import { READER_FILE } from './registration';
import { loadSavedTabs, persistTabs } from './session';

let database: Promise<Database> | null = null;

/** The store, opened once per worker; a failed or closed connection is opened again on the next call. */
export function db(): Promise<Database> {
  database ??= openReportStore(undefined, undefined, { onClose: () => (database = null) }).catch((error: unknown) => {
    database = null;
    throw error;
  });
  return database;
}

export async function pipeline(): Promise<PipelineDeps> {
  return { db: await db(), analyse, compare: compareReports, sameEvent };
}

export function createTabWork(tabs: TabStates) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  let restored: Promise<void> | null = null;

  /** Recomputes the comparison of tabs showing any of these reports (their event changed). */
  async function refresh(reportIds: readonly string[], except: number | null): Promise<void> {
    const deps = await pipeline();
    const showing = tabs.tabsShowing(new Set(reportIds)).filter((tabId) => tabId !== except);
    const wanted = showing.map((tabId) => tabs.get(tabId)).flatMap((s) => (s?.status === 'article' ? [s.reportId] : []));
    const stored = new Map((await getStoredReports(deps.db, wanted)).map((r) => [r.id, r]));
    const views = await eventViews([...stored.values()], deps);
    for (const tabId of showing) {
      const state = tabs.get(tabId);
      if (state?.status !== 'article') continue;
      if (!stored.has(state.reportId)) {
        tabs.set(tabId, { status: 'idle', url: state.url });
        continue;
      }
      const view = views.get(state.reportId);
      if (view) tabs.set(tabId, { ...state, comparison: view.comparison, differences: view.differences });
    }
  }

  function capture(tabId: number, sent: Article, senderUrl: string | null) {
    const article = trustArticle(sent, senderUrl);
    tabs.set(tabId, { status: 'analysing', url: article.url });
    return serial(async () => {
      try {
        // The reader's own sources join the known outlets whose names a page may not borrow.
        const known = await sourcesSetting.getValue().catch(() => []);
        const captured = await captureArticle(trustArticle(sent, senderUrl, known), await pipeline());
        tabs.set(tabId, captured.state);
        if (captured.outcome !== 'unchanged') await refresh(captured.reportIds, tabId);
        return { stored: true, reportId: captured.state.reportId };
      } catch (error) {
        const state = failureState(article.url, error);
        console.warn('[parallax] capture failed', error);
        tabs.set(tabId, state);
        return { stored: false, reportId: null, message: state.message };
      }
    });
  }

  /** Rebuilds the states kept in session storage (once per worker start). */
  function restore(): Promise<void> {
    restored ??= (async () => {
      const saved = Object.entries(await loadSavedTabs())
        .map(([key, entry]) => [Number(key), entry] as const)
        .filter(([tabId]) => !tabs.get(tabId));
      for (const [tabId, entry] of saved) if (entry.kind === 'state') tabs.set(tabId, entry.state);
      const deps = await pipeline();
      // All tabs' reports in one read and their events compared concurrently: a restarted worker
      // with many article tabs answers after one round of lookups, not one per tab in a row.
      const wanted = saved.flatMap(([, entry]) => (entry.kind === 'report' ? [entry.reportId] : []));
      const stored = new Map((await getStoredReports(deps.db, wanted)).map((r) => [r.id, r]));
      const views = await eventViews([...stored.values()], deps);
      for (const [tabId, entry] of saved) {
        if (entry.kind !== 'report' || tabs.get(tabId)) continue;
        const view = views.get(entry.reportId);
        if (!view) continue;
        tabs.set(tabId, { status: 'article', url: entry.url, reportId: entry.reportId, comparison: view.comparison, differences: view.differences, gathering: null });
      }
    })().catch((error: unknown) => console.warn('[parallax] could not restore tab states', error));
    return restored;
  }

  async function stateOf(tabId: number): Promise<TabState> {
    await restore();
    const known = tabs.get(tabId);
    if (known) return known;
    const tab = await browser.tabs.get(tabId).catch(() => null);
    return { status: 'idle', url: tab?.url ?? null };
  }

  /** Reads the tab now (the reader asked; activeTab grants the page). */
  async function analyseTab(tabId: number): Promise<TabState> {
    try {
      await sendToTab(tabId, 'content:extract', { force: true });
    } catch {
      // No reader in the page yet: inject it (activeTab or a granted host), then ask it.
      try {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [READER_FILE] });
        await sendToTab(tabId, 'content:extract', { force: true });
      } catch (error) {
        const tab = await browser.tabs.get(tabId).catch(() => null);
        const url = tab?.url ?? null;
        const restricted = !url || !/^https?:/.test(url);
        const state: TabState = restricted
          ? { status: 'not-article', url, reason: 'restricted', message: 'The browser does not let extensions read this page.' }
          : { status: 'not-article', url, reason: 'no-permission', message: 'Parallax may not read this page. Open its popup on the page and choose "Analyse this page".' };
        console.warn('[parallax] could not read tab', tabId, error);
        tabs.set(tabId, state);
        return state;
      }
    }
    await queue;
    return stateOf(tabId);
  }

  return { capture, refresh, restore, stateOf, analyseTab, persist: () => persistTabs(tabs.snapshot()) };
}
