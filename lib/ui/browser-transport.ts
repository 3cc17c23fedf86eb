/**
 * The real Transport, on lib/messaging.ts's wire helpers, with one addition: the live-update port
 * is opened again when it drops (an idle MV3 background worker is stopped, which closes it).
 */
import { browser } from 'wxt/browser';
import { TAB_UPDATES_PORT, isTabStateUpdate, sendMessage } from '../messaging';
import type { Transport } from './transport';

/** Wait before reconnecting, so a background that fails to start is not hammered. */
const RECONNECT_MS = 1000;

export function browserTransport(): Transport {
  return {
    send: (name, request) => sendMessage(name, request),
    connect(onUpdate, onReconnect) {
      let stopped = false;
      let port: ReturnType<typeof browser.runtime.connect> | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const open = (again: boolean) => {
        port = browser.runtime.connect({ name: TAB_UPDATES_PORT });
        port.onMessage.addListener((message: unknown) => {
          if (isTabStateUpdate(message)) onUpdate(message);
        });
        port.onDisconnect.addListener(() => {
          port = null;
          if (!stopped) timer = setTimeout(() => open(true), RECONNECT_MS);
        });
        // Updates may have been missed while disconnected: the store asks again.
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
