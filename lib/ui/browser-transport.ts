/**
 * The real Transport, over the extension runtime. Kept apart from transport.ts so tests of the
 * view model never load the browser API.
 */
import { browser } from 'wxt/browser';
import type { Transport } from './transport';
import { TAB_UPDATES_PORT, isTabStateUpdate } from './transport';

/** Wait before reconnecting, so a background that fails to start is not hammered. */
const RECONNECT_MS = 1000;

export function browserTransport(): Transport {
  return {
    send: (name, request) => browser.runtime.sendMessage({ name, request }),
    connect(onUpdate, onReconnect) {
      let stopped = false;
      let port: ReturnType<typeof browser.runtime.connect> | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const open = (again: boolean) => {
        port = browser.runtime.connect({ name: TAB_UPDATES_PORT });
        port.onMessage.addListener((message: unknown) => {
          if (isTabStateUpdate(message)) onUpdate(message);
        });
        // An MV3 background worker is stopped when idle, which drops the port: connect again.
        port.onDisconnect.addListener(() => {
          port = null;
          if (!stopped) timer = setTimeout(() => open(true), RECONNECT_MS);
        });
        if (again) onReconnect?.();
      };
      open(false);
      return () => {
        stopped = true;
        clearTimeout(timer);
        port?.disconnect();
      };
    },
  };
}
