/**
 * The background: receives articles from the reader script, analyses, stores and compares them,
 * keeps each tab's state (badge, panel, popup) and answers the extension's pages. Wiring only;
 * the steps are in lib/ (tabs, store, messaging).
 */
import { browser } from 'wxt/browser';
import { onMessages, sendToTab } from '@/lib/messaging';
import { retentionDaysSetting, welcomedSetting } from '@/lib/settings';
import { TabStates, createRateLimit, pageAddress } from '@/lib/tabs';
import { forgetReport, getReport, pruneReports } from '@/lib/store';
import { createUpdatePorts } from './ports';
import { createTabWork, db } from './tabs';
import { watchReaderRegistration } from './registration';
import { startGathering } from './sources';
import { dataHandlers } from './data';

const PRUNE_ALARM = 'parallax:prune-reports';
/** Captures a tab may ask for per minute: a reader opens a few pages a minute, not dozens. */
const CAPTURES_PER_MINUTE = 12;

export default defineBackground({
  type: 'module',
  main() {
    // Chrome MV3 has `action`; Firefox's MV2 build has `browserAction` (the same calls).
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    const ports = createUpdatePorts();
    let persist = (): void => undefined;
    const tabs = new TabStates({
      onChange: (update) => {
        ports.broadcast(update);
        persist();
      },
      setBadge: (tabId, text) => void action.setBadgeText({ tabId, text }).catch(() => undefined),
    });
    const work = createTabWork(tabs);
    persist = work.persist;
    const gathering = startGathering(tabs, work.refresh);
    const captures = createRateLimit(CAPTURES_PER_MINUTE, 60_000);

    onMessages(
      {
        'page:article': async ({ article }, { tabId, url }) => {
          if (!captures.allow(tabId!)) {
            console.warn('[parallax] too many captures from tab', tabId);
            return { stored: false, reportId: null, message: 'This tab sent too many pages in a short time; Parallax waits a minute before reading more.' };
          }
          const result = await work.capture(tabId!, article, url);
          if (result.stored && result.reportId) void gathering.gatherFor(result.reportId).catch((error: unknown) => console.warn('[parallax] gathering failed', error));
          return result;
        },
        'page:not-article': ({ url: claimed, reason, message }, { tabId, url }) => {
          tabs.set(tabId!, { status: 'not-article', url: pageAddress(claimed, url), reason, message });
        },
        'ui:tab-state': ({ tabId }) => work.stateOf(tabId),
        'ui:analyse-tab': ({ tabId }) => work.analyseTab(tabId),
        'ui:forget-tab': async ({ tabId }) => {
          const state = await work.stateOf(tabId);
          if (state.status !== 'article') return state;
          const event = state.comparison.reports.map((r) => r.id);
          await forgetReport(await db(), state.reportId);
          tabs.set(tabId, { status: 'idle', url: state.url });
          await work.refresh(event, tabId);
          return tabs.get(tabId)!;
        },
        'ui:get-report': async ({ reportId }) => getReport(await db(), reportId),
        'ui:highlight': ({ tabId, text, start, end }) => sendToTab(tabId, 'content:highlight', { text, start, end }).catch(() => ({ found: false })),
        'ui:prune-reports': async ({ days }) => ({ removed: await pruneReports(await db(), days ?? (await retentionDaysSetting.getValue())) }),
        ...dataHandlers(tabs, work.refresh),
      },
      { accept: ['page:', 'ui:'] },
    );

    browser.tabs.onRemoved.addListener((tabId) => {
      tabs.remove(tabId);
      captures.forget(tabId);
      persist();
    });
    // A new page in the tab: what was known is about the previous page (the reader script, where it
    // runs, reports the new one). Same-page changes of the #fragment are not a new page.
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status !== 'loading') return;
      const state = tabs.get(tabId);
      if (!state || state.status === 'analysing') return;
      if (change.url && state.url && change.url.split('#')[0] === state.url.split('#')[0]) return;
      tabs.set(tabId, { status: 'idle', url: change.url ?? null });
    });

    void action.setBadgeBackgroundColor({ color: '#8a4b00' }).catch(() => undefined);
    // The popup is the toolbar button's action; the panel opens from it (Chrome's side panel needs
    // that user gesture). Firefox has a sidebar_action instead, set up by WXT.
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);

    // First run: the welcome page says what Parallax reads and asks which sources to follow.
    browser.runtime.onInstalled.addListener(async ({ reason }) => {
      if (reason !== 'install' || (await welcomedSetting.getValue())) return;
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
      await welcomedSetting.setValue(true);
    });

    watchReaderRegistration();
    void work.restore();

    // Retention: old reports go once a day, as the reader set it (0 keeps them).
    void browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== PRUNE_ALARM) return;
      void (async () => pruneReports(await db(), await retentionDaysSetting.getValue()))().catch((error: unknown) => console.warn('[parallax] pruning failed', error));
    });
  },
});
