/**
 * Firefox smoke check: the same source's Firefox build (MV2, sidebar_action) installed in Debian's
 * Firefox ESR as a temporary add-on, headless over WebDriver BiDi. It reads both seed pages,
 * compares them, stores them, and its panel page shows the comparison. BiDi may not navigate to
 * moz-extension:// pages, so the extension's own first-run welcome tab is where the test speaks as
 * the extension's pages do; the panel page is opened in a tab from there (the real sidebar needs a
 * user gesture BiDi cannot give).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { TabState } from '../../lib/protocol';
import { Firefox, FIREFOX_UUID } from './firefox';
import { ROOT, SCREENSHOTS } from './harness';
// @ts-expect-error: a plain ES module script without types.
import { startFixtureServer } from '../../scripts/serve-fixtures.mjs';

const FIREFOX_BUILD = `${ROOT}.output/e2e-firefox-mv2`;
const EXT = `moz-extension://${FIREFOX_UUID}`;

let firefox: Firefox;
let server: { url: string; close(): Promise<void> };
let ui: string;

/** The state of the tab showing `url`, asked as the popup would. */
async function stateOf(url: string): Promise<TabState | null> {
  return firefox.evaluate<TabState | null>(
    ui,
    `browser.tabs.query({}).then((tabs) => { const tab = tabs.find((t) => t.url === ${JSON.stringify(url)}); return tab ? browser.runtime.sendMessage({ name: 'ui:tab-state', request: { tabId: tab.id } }) : null; })`,
  );
}

async function waitFor(url: string, test: (s: TabState) => boolean): Promise<TabState> {
  let state: TabState | null = null;
  for (let i = 0; i < 120; i++) {
    state = await stateOf(url);
    if (state && test(state)) return state;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Firefox never settled ${url}: ${JSON.stringify(state)?.slice(0, 300)}`);
}

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await Firefox.launch();
  await firefox.install(FIREFOX_BUILD);
  // The background opens the welcome page on first install (a real feature, and here a way in).
  ui = await firefox.findContext(`${EXT}/welcome.html`);
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox (headless, WebDriver BiDi)', () => {
  it('reads both seed pages and compares them as one event', async () => {
    await firefox.open(`${server.url}/seed/telesur-english/`);
    await waitFor(`${server.url}/seed/telesur-english/`, (s) => s.status === 'article');
    await firefox.open(`${server.url}/seed/rt/`);
    const state = await waitFor(`${server.url}/seed/rt/`, (s) => s.status === 'article' && s.comparison.reports.length === 2);
    if (state.status !== 'article') throw new Error('not an article');
    expect(state.comparison.reports.map((r) => r.outlet)).toEqual(['RT', 'teleSUR English']);
    expect(state.differences).toBeGreaterThanOrEqual(4);
    // Firefox's MV2 build shows the badge through browserAction.
    const badge = await firefox.evaluate<string>(
      ui,
      `browser.tabs.query({}).then((tabs) => browser.browserAction.getBadgeText({ tabId: tabs.find((t) => t.url === ${JSON.stringify(`${server.url}/seed/rt/`)}).id }))`,
    );
    expect(badge).toBe(String(state.differences));
  });

  it('stores the reports in the add-on\'s IndexedDB', async () => {
    const outlets = await firefox.evaluate<string[]>(
      ui,
      `new Promise((resolve, reject) => { const open = indexedDB.open('parallax'); open.onerror = () => reject(open.error); open.onsuccess = () => { const all = open.result.transaction('reports').objectStore('reports').getAll(); all.onsuccess = () => resolve(all.result.map((r) => r.outlet).sort()); }; })`,
    );
    expect(outlets).toEqual(['RT', 'teleSUR English']);
  });

  it('the panel page shows the comparison', async () => {
    const tabId = await firefox.evaluate<number>(ui, `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(`${server.url}/seed/rt/`)}).id)`);
    await firefox.evaluate(ui, `browser.tabs.create({ url: '/sidepanel.html?tabId=${tabId}' }).then(() => true)`);
    const panel = await firefox.findContext(`${EXT}/sidepanel.html`);
    let text = '';
    for (let i = 0; i < 60 && !/750/.test(text); i++) {
      text = await firefox.evaluate<string>(panel, 'Promise.resolve(document.body.innerText)');
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(text).toMatch(/\bnearly\b[\s\S]{0,30}\b750\b/i);
    expect(text).toContain('teleSUR English');
    writeFileSync(`${SCREENSHOTS}/firefox-panel.png`, await firefox.screenshot(panel));
  });

  it('registers the reader for a granted auto-capture source', async () => {
    await firefox.evaluate(ui, `browser.storage.local.set({ sources: [{ id: 'local', name: 'Local outlet', domains: ['localhost'], feeds: [], enabled: true, autoCapture: true }] }).then(() => true)`);
    let registered: unknown = null;
    for (let i = 0; i < 40; i++) {
      registered = await firefox.evaluate(ui, 'browser.scripting.getRegisteredContentScripts().then((list) => list.map((s) => ({ id: s.id, matches: s.matches })))');
      if (Array.isArray(registered) && registered.length) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(registered).toEqual([{ id: 'parallax-reader', matches: ['http://localhost/*'] }]);
  });

  it('a page that is not an article is left alone', async () => {
    await firefox.open(`${server.url}/`);
    const state = await waitFor(`${server.url}/`, (s) => s.status !== 'idle' && s.status !== 'analysing');
    expect(state).toMatchObject({ status: 'not-article', reason: 'not-article' });
  });
});
