/**
 * Opens the side panel (Chrome) or the sidebar (Firefox). Both need a user gesture, so this must
 * be called synchronously inside the click handler: an `await` before it loses the gesture.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';

export function openPanel(tabId: number | null): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel) {
    if (tabId !== null) return api.sidePanel.open({ tabId });
    return browser.windows.getCurrent().then((w) => api.sidePanel!.open({ windowId: w.id! }));
  }
  if (api.sidebarAction) return api.sidebarAction.open();
  // Shown in the popup as it is: the reader's words, not a developer's.
  return Promise.reject(new Error(t('noSidePanel')));
}
