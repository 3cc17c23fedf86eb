/**
 * The live-update channel: extension pages (panel, popup) connect on 'parallax:tab-updates' and
 * receive every TabStateUpdate. A connection from anywhere else is dropped at once.
 */
import { browser, type Browser } from 'wxt/browser';
import { acceptUpdatesPort } from '@/lib/messaging';
import type { TabStateUpdate } from '@/lib/protocol';

type Port = Browser.runtime.Port;

export function createUpdatePorts() {
  const ports = new Set<Port>();
  const base = browser.runtime.getURL('/');

  browser.runtime.onConnect.addListener((port) => {
    if (!acceptUpdatesPort(port.name, port.sender, { runtimeId: browser.runtime.id, extensionBase: base })) {
      console.warn('[parallax] refused connection', port.name, port.sender?.url);
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
