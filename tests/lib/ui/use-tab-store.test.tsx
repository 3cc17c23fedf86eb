// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTabSnapshot } from '../../../lib/ui/use-tab-store';
import type { TabSnapshot, TabStore } from '../../../lib/ui/tab-store';

afterEach(cleanup);

/** A store whose start() answers at once, as a background with the state cached would soon after. */
function fakeStore() {
  let snapshot: TabSnapshot = { tab: null, state: null, pending: true, failure: null };
  const listeners = new Set<(s: TabSnapshot) => void>();
  const set = (patch: Partial<TabSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    listeners.forEach((l) => l(snapshot));
  };
  const stop = vi.fn();
  const store: TabStore = {
    get: () => snapshot,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    // The answer lands before the view could have subscribed in a later frame.
    start: vi.fn(() => (set({ tab: { tabId: 3, url: null }, pending: false }), stop)),
    analyse: async () => {},
    forget: async () => {},
    prune: async () => {},
  };
  return { store, set, stop };
}

function View({ store }: { store: TabStore }) {
  const snapshot = useTabSnapshot(store);
  return <p>{snapshot.pending ? 'waiting' : `tab ${snapshot.tab?.tabId}`}</p>;
}

describe('useTabSnapshot', () => {
  it('starts the store in the same turn as the first render, not a frame later, and shows what it learnt', async () => {
    const { store, set, stop } = fakeStore();
    const view = render(<View store={store} />);
    // No timer or frame has run yet: the question to the background is already asked.
    expect(store.start).toHaveBeenCalledTimes(1);
    await act(async () => {});
    expect(screen.getByText('tab 3')).toBeTruthy();
    await act(async () => set({ failure: 'gone', tab: { tabId: 4, url: null } }));
    expect(screen.getByText('tab 4')).toBeTruthy();
    view.unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
