import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { browserTransport } from '../../../lib/ui/browser-transport';

/** A runtime Port double: the test drives its messages and disconnection. */
function fakePort() {
  const message = new Set<(m: unknown) => void>();
  const disconnect = new Set<() => void>();
  return {
    name: 'parallax:tab-updates',
    onMessage: { addListener: (f: (m: unknown) => void) => message.add(f) },
    onDisconnect: { addListener: (f: () => void) => disconnect.add(f) },
    disconnect: vi.fn(),
    postMessage: vi.fn(),
    emit: (m: unknown) => message.forEach((f) => f(m)),
    drop: () => disconnect.forEach((f) => f()),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('browserTransport', () => {
  it('passes well-formed tab updates on, and drops anything else', () => {
    const port = fakePort();
    vi.spyOn(browser.runtime, 'connect').mockReturnValue(port as never);
    const updates: unknown[] = [];
    browserTransport().connect((u) => updates.push(u));
    port.emit({ type: 'tab:state', tabId: 3, state: { status: 'idle', url: null } });
    port.emit({ type: 'tab:state', tabId: '3' });
    port.emit('<img onerror=alert(1)>');
    expect(updates).toEqual([{ type: 'tab:state', tabId: 3, state: { status: 'idle', url: null } }]);
  });

  it('connects again when the background worker drops the port, then says so', () => {
    const ports = [fakePort(), fakePort()];
    const connect = vi.spyOn(browser.runtime, 'connect').mockImplementation((() => ports[connect.mock.calls.length - 1]) as never);
    const reconnected = vi.fn();
    const updates: unknown[] = [];
    const stop = browserTransport().connect((u) => updates.push(u), reconnected);
    ports[0]!.drop();
    expect(connect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(connect).toHaveBeenCalledTimes(2);
    expect(reconnected).toHaveBeenCalledTimes(1);
    ports[1]!.emit({ type: 'tab:state', tabId: 1, state: { status: 'analysing', url: null } });
    expect(updates).toHaveLength(1);
    stop();
    expect(ports[1]!.disconnect).toHaveBeenCalled();
    ports[1]!.drop();
    vi.advanceTimersByTime(5000);
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('sends a UI message in the protocol’s wire format', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ found: true } as never);
    await expect(browserTransport().send('ui:highlight', { tabId: 1, text: 'x', start: 0, end: 1 })).resolves.toEqual({ found: true });
    expect(send).toHaveBeenCalledWith({ name: 'ui:highlight', request: { tabId: 1, text: 'x', start: 0, end: 1 } });
  });
});
