/**
 * Launches Debian's Chromium with the e2e build of the extension, serves the fixture pages, and
 * talks to the extension the way its own pages do (from an extension page, so every message passes
 * the same sender checks as the popup's).
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Cdp } from './cdp';
// @ts-expect-error: a plain ES module script without types.
import { startFixtureServer } from '../../scripts/serve-fixtures.mjs';
import type { TabState } from '../../lib/protocol';

/** The extension API inside the page functions below (they run in an extension page, not here). */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown>; id?: string };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROME_BUILD = `${ROOT}.output/e2e-chrome-mv3`;
export const SCREENSHOTS = `${ROOT}docs/screenshots`;

export interface Session {
  context: BrowserContext;
  extensionId: string;
  base: string;
  /** An extension page (popup.html) used to ask the background what the UI asks. */
  ui: Page;
  cdp: Cdp;
  close(): Promise<void>;
}

export async function launch(options: { headless?: boolean } = {}): Promise<Session> {
  const server: { url: string; close(): Promise<void> } = await startFixtureServer();
  const profile = mkdtempSync(`${tmpdir()}/parallax-e2e-`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // A second debugging endpoint, to reach the real side panel (not among Playwright's pages).
      '--remote-debugging-port=0',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const ui = await context.newPage();
  await ui.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
  const cdp = await Cdp.connect(profile);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    extensionId,
    base: server.url,
    ui,
    cdp,
    async close() {
      cdp.close();
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the tab showing `page` (asked from the extension page). */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.ui.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Sends a message as the extension's own pages do. */
export function ask<T>(session: Session, name: string, request: unknown): Promise<T> {
  return session.ui.evaluate(([n, r]) => chrome.runtime.sendMessage({ name: n, request: r }), [name, request] as const) as Promise<T>;
}

/** Waits until the tab's state passes `test` (the background works asynchronously). */
export async function waitForState(session: Session, tabId: number, test: (s: TabState) => boolean, timeoutMs = 30_000): Promise<TabState> {
  const until = Date.now() + timeoutMs;
  let state: TabState | undefined;
  while (Date.now() < until) {
    state = await ask<TabState>(session, 'ui:tab-state', { tabId });
    if (state && test(state)) return state;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Tab ${tabId} never reached the expected state; last: ${JSON.stringify(state)?.slice(0, 500)}`);
}

/** Opens a fixture page in a new tab and waits for the background to settle its state. */
export async function visit(session: Session, path: string, test: (s: TabState) => boolean): Promise<{ page: Page; tabId: number; state: TabState }> {
  const page = await session.context.newPage();
  await page.goto(session.base + path);
  const tabId = await tabIdOf(session, page);
  const state = await waitForState(session, tabId, test);
  return { page, tabId, state };
}

/** Everything in the extension's IndexedDB, read from an extension page (the real database). */
export function storedReports(session: Session): Promise<Array<{ id: string; outlet: string; title: string; text: string; terms: string[]; url: string }>> {
  return session.ui.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('reports').objectStore('reports').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

export const isSettled = (s: TabState): boolean => s.status !== 'idle' && s.status !== 'analysing';
