/**
 * The live-update channel: extension pages (panel, popup) connect on 'parallax:tab-updates' and
 * receive every TabStateUpdate. A connection from anywhere else is dropped at once.
 */
import { browser, type Browser } from 'wxt/browser';
import { TAB_UPDATES_PORT } from '@/lib/messaging';
import type { TabStateUpdate } from '@/lib/protocol';

type Port = Browser.runtime.Port;

export function createUpdatePorts() {
  const ports = new Set<Port>();
  const base = browser.runtime.getURL('/');

  browser.runtime.onConnect.addListener((port) => {
    const sender = port.sender;
    const fromOurPage = sender?.id === browser.runtime.id && !!sender.url?.startsWith(base) && (!sender.tab?.url || sender.tab.url.startsWith(base));
    if (port.name !== TAB_UPDATES_PORT || !fromOurPage) {
      console.warn('[parallax] refused connection', port.name, sender?.url);
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
  });

  return {
    broadcast(update: TabStateUpdate): void {
      for (const port of ports) {
        try {
          port.postMessage(update);
        } catch {
          ports.delete(port);
        }
      }
    },
  };
}
