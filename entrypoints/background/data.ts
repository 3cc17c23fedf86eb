/**
 * The options page's "Your data" messages: wiring only (lib/store/data.ts does the work). After an
 * import or a delete, the tabs showing a report are brought up to date through TabStates, which
 * redraws their badges and tells open panels and popups.
 */
import type { Handlers } from '@/lib/messaging';
import { gatheringSetting, retentionDaysSetting, sourcesSetting } from '@/lib/settings';
import { dataSummary, deleteData, exportData, importData } from '@/lib/store/data';
import { StoreError } from '@/lib/store';
import type { TabStates } from '@/lib/tabs';
import { db } from './tabs';

type DataHandlers = Pick<Handlers, 'ui:data-summary' | 'ui:export-data' | 'ui:import-data' | 'ui:delete-data'>;

export function dataHandlers(tabs: TabStates, refresh: (reportIds: readonly string[], except: number | null) => Promise<void>): DataHandlers {
  const shownReports = () => tabs.entries().flatMap(([, state]) => (state.status === 'article' ? [state.reportId] : []));
  return {
    'ui:data-summary': async () => dataSummary(await db()),
    'ui:export-data': async () => {
      // The settings that decide what is captured and kept travel with the reports, for the record.
      const [sources, gathering, retentionDays] = await Promise.all([sourcesSetting.getValue(), gatheringSetting.getValue(), retentionDaysSetting.getValue()]);
      return exportData(await db(), { sources, gathering, retentionDays });
    },
    'ui:import-data': async ({ json, mode }) => {
      try {
        const result = await importData(await db(), json, mode);
        // Imported reports may belong to the events open tabs show: compare them again.
        await refresh(shownReports(), null);
        return { ok: true, ...result };
      } catch (error) {
        if (error instanceof StoreError) return { ok: false, message: error.message };
        throw error;
      }
    },
    'ui:delete-data': async () => {
      const deleted = await deleteData(await db());
      for (const [tabId, state] of tabs.entries()) if (state.status === 'article') tabs.set(tabId, { status: 'idle', url: state.url });
      return deleted;
    },
  };
}
