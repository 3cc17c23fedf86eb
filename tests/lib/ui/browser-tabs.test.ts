import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { browserTabWatcher } from '../../../lib/ui/browser-tabs';
import { openPanel } from '../../../lib/ui/open-panel';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('browserTabWatcher', () => {
  it('gives the active tab of the window and follows switches and navigations in it', async () => {
    const mine = await fakeBrowser.windows.create({ focused: true });
    const first = await fakeBrowser.tabs.create({ url: 'https://a.example/1', active: true, windowId: mine!.id });
    const watcher = browserTabWatcher();
    expect(await watcher.current()).toEqual({ tabId: first.id, url: 'https://a.example/1' });
    const seen: Array<{ tabId: number; url: string | null }> = [];
    const stop = watcher.watch((tab) => seen.push(tab));
    const other = await fakeBrowser.windows.create({ focused: false });
    await fakeBrowser.tabs.create({ url: 'https://elsewhere.example/', active: true, windowId: other!.id });
    await new Promise((r) => setTimeout(r, 10));
    // A tab activated in another window is not this panel's business.
    expect(seen).toEqual([]);
    const second = await fakeBrowser.tabs.create({ url: 'https://b.example/2', active: true, windowId: mine!.id });
    await fakeBrowser.tabs.update(second.id!, { url: 'https://b.example/3' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.map((t) => t.tabId)).toContain(second.id);
    expect(seen.at(-1)).toEqual({ tabId: second.id, url: 'https://b.example/3' });
    stop();
    const count = seen.length;
    await fakeBrowser.tabs.create({ url: 'https://c.example/', active: true, windowId: mine!.id });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.length).toBe(count);
  });
});

describe('openPanel', () => {
  it('opens Chrome’s side panel for the tab in the same turn as the click (the user gesture)', () => {
    const open = vi.fn(async () => {});
    (browser as unknown as { sidePanel?: unknown }).sidePanel = { open };
    void openPanel(7);
    // No await in between: an await before sidePanel.open loses the gesture.
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    delete (browser as unknown as { sidePanel?: unknown }).sidePanel;
  });

  it('opens Firefox’s sidebar where there is no side panel', () => {
    const open = vi.fn(async () => {});
    (browser as unknown as { sidebarAction?: unknown }).sidebarAction = { open };
    void openPanel(7);
    expect(open).toHaveBeenCalledTimes(1);
    delete (browser as unknown as { sidebarAction?: unknown }).sidebarAction;
  });

  it('says so when the browser has neither', async () => {
    await expect(openPanel(7)).rejects.toThrow('no side panel');
  });
});
