/**
 * Gathering other outlets' reports from the reader's enabled feeds (lib/sources), wired to the
 * store and to the tabs: progress shows on the tabs reading the report, and a gathered report of
 * the event refreshes their comparison. Off until the reader turns gathering on.
 */
import { browser } from 'wxt/browser';
import type { Report } from '@/lib/model';
import { analyse, reportId as reportIdOf } from '@/lib/report';
import { sameEvent } from '@/lib/match';
import { getReport, saveReport } from '@/lib/store';
import { startSources, type SourcesBrowser } from '@/lib/sources/runtime';
import type { TabStates } from '@/lib/tabs';
import { db } from './tabs';

export function startGathering(tabs: TabStates, refresh: (reportIds: readonly string[], except: number | null) => Promise<void>) {
  /** The reports open in tabs now: new feed items are matched against these. */
  const shownReports = async (): Promise<Report[]> => {
    const ids = new Set<string>();
    for (const saved of Object.values(tabs.snapshot())) if (saved.kind === 'report') ids.add(saved.reportId);
    const store = await db();
    return (await Promise.all([...ids].map((id) => getReport(store, id)))).filter((r): r is Report => !!r);
  };

  const sources = startSources({
    browser: browser as unknown as SourcesBrowser,
    analyse,
    hasReport: async (url) => {
      const store = await db();
      return !!((await store.get('reports', reportIdOf({ canonicalUrl: url, url, text: '' }))) ?? (await store.getFromIndex('reports', 'canonicalUrl', url)));
    },
    saveReport: async (report) => void (await saveReport(await db(), report)),
    recentReports: shownReports,
    confirm: (report, gathered) => sameEvent(report, gathered),
    onProgress: ({ reportId, done, total }) => {
      for (const tabId of tabs.tabsShowing(new Set([reportId]))) {
        const state = tabs.get(tabId);
        if (state?.status === 'article') tabs.set(tabId, { ...state, gathering: done < total ? { done, total } : null });
      }
    },
    onStored: (gathered, forReport) => void refresh([forReport.id, gathered.id], null),
    onError: (error) => console.warn('[parallax] gathering failed', error),
  });

  return {
    /** Looks for other outlets' reports of this stored report's event (when gathering is on). */
    async gatherFor(reportId: string): Promise<void> {
      const report = await getReport(await db(), reportId);
      if (report) await sources.gatherFor(report);
    },
  };
}
