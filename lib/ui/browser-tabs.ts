/**
 * The real TabWatcher: the active tab of the window the page lives in. A side panel belongs to one
 * window, so switching tabs in another window must not change what it shows.
 */
import { browser } from 'wxt/browser';
import type { ActiveTab, TabWatcher } from './active-tab';

export function browserTabWatcher(): TabWatcher {
  const windowId = browser.windows.getCurrent().then((w) => w?.id ?? null, () => null);
  return {
    async current() {
      const id = await windowId;
      const [tab] = await browser.tabs.query(id === null ? { active: true, currentWindow: true } : { active: true, windowId: id });
      return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url ?? null };
    },
    watch(onChange) {
      const activated = async (info: { tabId: number; windowId: number }) => {
        if (info.windowId !== (await windowId)) return;
        const tab = await browser.tabs.get(info.tabId).catch(() => null);
        onChange({ tabId: info.tabId, url: tab?.url ?? null });
      };
      const updated = async (tabId: number, change: { url?: string; status?: string }, tab: { active: boolean; windowId?: number; url?: string }) => {
        // A navigation (new URL) or a finished load changes what the page is; other changes do not.
        if (!tab.active || tab.windowId !== (await windowId)) return;
        if (change.url === undefined && change.status !== 'complete') return;
        onChange({ tabId, url: tab.url ?? null });
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      return () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
      };
    },
  };
}
