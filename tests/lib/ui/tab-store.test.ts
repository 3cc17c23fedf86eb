import { describe, expect, it, vi } from 'vitest';
import { createTabStore } from '../../../lib/ui/tab-store';
import type { ActiveTab, TabWatcher } from '../../../lib/ui/active-tab';
import { fixedTabWatcher, tabIdFromQuery } from '../../../lib/ui/active-tab';
import type { TabState } from '../../../lib/protocol';
import { fakeTransport } from '../../components/fake-transport';

function fakeTabs(first: ActiveTab | null) {
  let onChange: ((tab: ActiveTab) => void) | null = null;
  const watcher: TabWatcher = {
    current: async () => first,
    watch: (fn) => ((onChange = fn), () => (onChange = null)),
  };
  return { watcher, activate: (tab: ActiveTab) => onChange?.(tab), watching: () => onChange !== null };
}

const idle = (url: string): TabState => ({ status: 'idle', url });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createTabStore', () => {
  it('asks the background for the active tab’s state', async () => {
    const fake = fakeTransport({ 'ui:tab-state': (r) => idle(`tab ${(r as { tabId: number }).tabId}`) });
    const store = createTabStore(fake.transport, fakeTabs({ tabId: 4, url: 'https://x' }).watcher);
    store.start();
    await settle();
    expect(fake.send).toHaveBeenCalledWith('ui:tab-state', { tabId: 4 });
    expect(store.get()).toMatchObject({ tab: { tabId: 4 }, state: { status: 'idle', url: 'tab 4' }, pending: false });
  });

  it('ignores a late answer for a tab the reader already left', async () => {
    let release!: (s: TabState) => void;
    const fake = fakeTransport({
      'ui:tab-state': (r) => ((r as { tabId: number }).tabId === 1 ? new Promise<TabState>((res) => (release = res)) : idle('second')),
    });
    const tabs = fakeTabs({ tabId: 1, url: null });
    const store = createTabStore(fake.transport, tabs.watcher);
    store.start();
    await settle();
    tabs.activate({ tabId: 2, url: null });
    await settle();
    release(idle('first, late'));
    await settle();
    expect(store.get().state).toEqual(idle('second'));
  });

  it('takes live updates for its tab only', async () => {
    const fake = fakeTransport({ 'ui:tab-state': () => idle('a') });
    const store = createTabStore(fake.transport, fakeTabs({ tabId: 3, url: null }).watcher);
    const seen = vi.fn();
    store.subscribe(seen);
    store.start();
    await settle();
    fake.push({ type: 'tab:state', tabId: 99, state: { status: 'analysing', url: null } });
    expect(store.get().state?.status).toBe('idle');
    fake.push({ type: 'tab:state', tabId: 3, state: { status: 'analysing', url: null } });
    expect(store.get().state?.status).toBe('analysing');
    expect(seen).toHaveBeenCalled();
  });

  it('re-asks after the connection to the background is made again', async () => {
    const fake = fakeTransport({ 'ui:tab-state': () => idle('a') });
    const store = createTabStore(fake.transport, fakeTabs({ tabId: 3, url: null }).watcher);
    store.start();
    await settle();
    fake.reconnect();
    await settle();
    expect(fake.send).toHaveBeenCalledTimes(2);
  });

  it('reports a background that cannot be reached, in words', async () => {
    const fake = fakeTransport({ 'ui:tab-state': () => Promise.reject(new Error('Could not establish connection.')) });
    const store = createTabStore(fake.transport, fakeTabs({ tabId: 3, url: null }).watcher);
    store.start();
    await settle();
    expect(store.get()).toMatchObject({ pending: false, failure: 'Could not establish connection.' });
  });

  it('analyses and forgets the followed tab', async () => {
    const fake = fakeTransport({ 'ui:tab-state': () => idle('a'), 'ui:analyse-tab': () => ({ status: 'analysing', url: null }), 'ui:forget-tab': () => idle('b') });
    const store = createTabStore(fake.transport, fakeTabs({ tabId: 8, url: null }).watcher);
    store.start();
    await settle();
    await store.analyse();
    expect(fake.send).toHaveBeenLastCalledWith('ui:analyse-tab', { tabId: 8 });
    expect(store.get().state?.status).toBe('analysing');
    await store.forget();
    expect(fake.send).toHaveBeenLastCalledWith('ui:forget-tab', { tabId: 8 });
  });

  it('prunes old reports, then analyses the tab again', async () => {
    const fake = fakeTransport({ 'ui:tab-state': () => idle('a'), 'ui:prune-reports': () => ({ removed: 12 }), 'ui:analyse-tab': () => ({ status: 'analysing', url: null }) });
    const store = createTabStore(fake.transport, fakeTabs({ tabId: 8, url: null }).watcher);
    store.start();
    await settle();
    await store.prune();
    expect(fake.send.mock.calls.slice(1)).toEqual([['ui:prune-reports', {}], ['ui:analyse-tab', { tabId: 8 }]]);
    expect(store.get().state?.status).toBe('analysing');
  });

  it('stops listening when stopped', async () => {
    const fake = fakeTransport({ 'ui:tab-state': () => idle('a') });
    const tabs = fakeTabs({ tabId: 3, url: null });
    const stop = createTabStore(fake.transport, tabs.watcher).start();
    expect(fake.listening()).toBe(1);
    stop();
    expect(fake.listening()).toBe(0);
    expect(tabs.watching()).toBe(false);
  });

  it('follows a tab given in the address', async () => {
    expect(tabIdFromQuery('?tabId=12')).toBe(12);
    expect(tabIdFromQuery('?tabId=x1')).toBeNull();
    expect(await fixedTabWatcher(12).current()).toEqual({ tabId: 12, url: null });
  });
});
