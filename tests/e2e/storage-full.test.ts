/**
 * A full disk in the real browser: the extension's storage quota is cut to nothing through the
 * DevTools protocol (Storage.overrideQuotaForOrigin). Reading an article must then say so and offer
 * pruning, store nothing half-way, and work again once there is room: never a silent loss.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../lib/protocol';
import { ask, isSettled, launch, storedReports, visit, waitForState, type Session } from './harness';

/** The extension API inside the page functions below (they run in an extension page). */
declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

let session: Session;
let origin: string;
/** Sets (or with no size, lifts) the quota of the extension's origin, from a page of that origin. */
let setQuota: (quotaSize?: number) => Promise<void>;

beforeAll(async () => {
  session = await launch();
  origin = `chrome-extension://${session.extensionId}`;
  const devtools = await session.context.newCDPSession(session.ui);
  setQuota = async (quotaSize) => void (await devtools.send('Storage.overrideQuotaForOrigin', quotaSize === undefined ? { origin } : { origin, quotaSize }));
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('when the browser\'s storage for the extension is full', () => {
  it('reading an article says storage is full and offers to prune', async () => {
    await setQuota(1);
    const { tabId, state } = await visit(session, '/seed/rt/', isSettled);
    expect(state).toMatchObject({ status: 'error', problem: 'storage-full' });
    if (state.status === 'error') expect(state.message).toMatch(/storage for Parallax is full/);

    const panel = await session.context.newPage();
    await panel.goto(`${origin}/sidepanel.html?tabId=${tabId}`);
    const prune = panel.getByRole('button', { name: /prune/i });
    await prune.waitFor({ timeout: 15_000 });
    expect(await panel.evaluate(() => document.body.innerText)).toMatch(/storage is full/i);
    await panel.close();
  });

  it('nothing was stored half-way', async () => {
    expect(await storedReports(session).catch(() => [])).toEqual([]);
  });

  it('with room again, the same page is stored', async () => {
    await setQuota();
    const pruned = await ask<{ removed: number }>(session, 'ui:prune-reports', {});
    expect(pruned).toEqual({ removed: 0 });
    const page = session.context.pages().find((p) => p.url().includes('/seed/rt/'))!;
    await page.reload();
    const tabId = await session.ui.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, page.url());
    const state: TabState = await waitForState(session, tabId, (s) => s.status === 'article');
    expect(state.status).toBe('article');
    expect((await storedReports(session)).map((r) => r.outlet)).toEqual(['RT']);
  });
});
