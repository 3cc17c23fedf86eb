/**
 * The walking skeleton in a real browser: a reader visits the two seed reports of the 2022
 * Kazakhstan unrest (fixture pages of two outlets), opens the real side panel from the popup, and
 * sees the differences of ../shared/gold/seed-pair.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TabState } from '../../lib/protocol';
import { SCREENSHOTS, ask, isSettled, launch, storedReports, visit, type Session } from './harness';
import type { CdpPage } from './cdp';

/** The extension API inside the page functions below (they run in an extension page, not here). */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown>; id?: string };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  storage: { local: { set(items: object): Promise<void> } };
};

let session: Session;
let rt: { page: Page; tabId: number; state: TabState };
let telesur: { page: Page; tabId: number; state: TabState };
let panel: CdpPage | null = null;
let panelText = '';

const hasTwoReports = (s: TabState) => s.status === 'article' && s.comparison.reports.length === 2;

/** The panel's item (between two "Copy citation" links) holding the first match of `inside`. */
function block(text: string, inside: RegExp): string {
  const at = text.search(inside);
  if (at < 0) return '';
  const before = text.lastIndexOf('Copy citation', at);
  const end = text.indexOf('Copy citation', at);
  return text.slice(before < 0 ? Math.max(0, at - 800) : before + 'Copy citation'.length, end < 0 ? at + 800 : end);
}

/** The side panel's visible text once it shows the comparison (it renders asynchronously). */
async function readPanel(target: CdpPage, until: RegExp, timeoutMs = 20_000): Promise<string> {
  const stop = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < stop) {
    text = await target.evaluate<string>('document.body ? document.body.innerText : ""');
    if (until.test(text)) return text;
    await new Promise((r) => setTimeout(r, 250));
  }
  return text;
}

beforeAll(async () => {
  session = await launch();
  telesur = await visit(session, '/seed/telesur-english/', (s) => s.status === 'article');
  rt = await visit(session, '/seed/rt/', hasTwoReports);

  // The real side panel: opened by a click in the popup (a user gesture), for the RT tab.
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 520 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${rt.tabId}`);
  await popup.getByTestId('open-panel').waitFor({ timeout: 15_000 });
  await popup.screenshot({ path: `${SCREENSHOTS}/popup.png` });
  await popup.getByTestId('open-panel').click();
  await rt.page.bringToFront();
  const stop = Date.now() + 15_000;
  while (!panel && Date.now() < stop) {
    panel = await session.cdp.attach((url, type) => type === 'page' && url.startsWith(`chrome-extension://${session.extensionId}/sidepanel.html`));
    if (!panel) await new Promise((r) => setTimeout(r, 250));
  }
  if (panel) {
    panelText = await readPanel(panel, /750[\s\S]*counter-terror/i);
    writeFileSync(`${SCREENSHOTS}/panel.png`, await panel.screenshot());
    if (process.env.PARALLAX_E2E_DUMP) writeFileSync('/tmp/panel.txt', panelText);
  }
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('capturing the two seed reports', () => {
  it('reads each fixture page as an article of its outlet', () => {
    expect(telesur.state.status).toBe('article');
    expect(rt.state.status).toBe('article');
    if (rt.state.status !== 'article') return;
    expect(rt.state.comparison.reports.map((r) => r.outlet)).toEqual(['RT', 'teleSUR English']);
    expect(rt.state.comparison.reports[1]!.publishedAt).toBe('2022-01-06T22:20:00.000Z');
  });

  it('stores both reports in the extension\'s IndexedDB, with their event terms', async () => {
    const reports = await storedReports(session);
    expect(reports.map((r) => r.outlet).sort()).toEqual(['RT', 'teleSUR English']);
    const rtReport = reports.find((r) => r.outlet === 'RT')!;
    expect(rtReport.text).toContain('Nearly 750 law enforcement have received various injuries');
    expect(rtReport.text).not.toMatch(/Load comments|Read more|Privacy policy/);
    expect(rtReport.terms.length).toBeGreaterThan(3);
  });

  it('the first tab learns of the second report live (its event gained one)', async () => {
    const state = await ask<TabState>(session, 'ui:tab-state', { tabId: telesur.tabId });
    expect(hasTwoReports(state)).toBe(true);
    if (state.status === 'article') expect(state.comparison.reports[0]!.outlet).toBe('teleSUR English');
  });

  it('the badge shows the number of differences', async () => {
    if (rt.state.status !== 'article') throw new Error('not an article');
    const badge = await session.ui.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), rt.tabId);
    // The gold lists 8 items that differ; at least the four the issue names must be counted.
    expect(rt.state.differences).toBeGreaterThanOrEqual(4);
    expect(badge).toBe(String(rt.state.differences));
  });
});

describe('the real side panel, opened from the popup', () => {
  it('opens as its own page target', () => {
    expect(panel).not.toBeNull();
  });

  it('shows both outlets', () => {
    expect(panelText).toContain('RT');
    expect(panelText).toContain('teleSUR English');
  });

  it('shows the 750 injured officers given as "about" by one outlet and "nearly" by the other', () => {
    // The hedge stands next to the value (a marker such as "(differs)" may sit between them).
    expect(panelText).toMatch(/\bnearly\b[\s\S]{0,30}\b750\b/i);
    expect(panelText).toMatch(/\babout\b[\s\S]{0,30}\b750\b/i);
  });

  it('shows the twofold gas price hike, reported by one outlet only, among the differences', () => {
    // Visible text only: an item folded away among "nothing to compare" is not shown as a difference.
    const item = block(panelText, /twofold/i);
    expect(item).not.toBe('');
    expect(item).toMatch(/RT/);
    expect(item).toMatch(/only|not reported|missing/i);
    // Not folded away among the items that agree or have nothing to compare.
    expect(item).not.toMatch(/figures agree|nothing to compare/);
  });

  it('shows the OHCHR figure introduced with "noted" by one and "alleged"/"said" by the other', () => {
    const item = block(panelText, /ohchr|high commissioner/i);
    expect(item).toMatch(/\bnoted\b/);
    expect(item).toMatch(/\b(alleged|said)\b/);
  });

  it('shows the quoted "counter-terrorism" against "counter-terrorist"', () => {
    expect(panelText).toContain('counter-terrorism');
    expect(panelText).toContain('counter-terrorist');
  });
});

describe('pages that are not articles', () => {
  it('a list of links is left alone, and the panel says why', async () => {
    const home = await visit(session, '/', isSettled);
    expect(home.state).toMatchObject({ status: 'not-article', reason: 'not-article' });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${home.tabId}`);
    await expect.poll(() => page.evaluate(() => document.body.innerText), { timeout: 15_000 }).toMatch(/not look like an article/i);
    expect((await storedReports(session)).length).toBe(2);
  });
});

describe('when the browser stops the idle service worker (MV3)', () => {
  it('the tabs\' states come back from session storage and the store', async () => {
    const before = session.context.serviceWorkers()[0]!;
    await before.evaluate(() => ((globalThis as Record<string, unknown>).parallaxTestMark = 'old worker'));
    const devtools = await session.context.newCDPSession(session.ui);
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    await devtools.detach();
    const state = await ask<TabState>(session, 'ui:tab-state', { tabId: rt.tabId });
    // A new worker answered: the old one's memory is gone.
    const after = session.context.serviceWorkers().at(-1)!;
    expect(await after.evaluate(() => (globalThis as Record<string, unknown>).parallaxTestMark ?? null)).toBeNull();
    expect(state.status).toBe('article');
    if (state.status !== 'article' || rt.state.status !== 'article') return;
    expect(state.reportId).toBe(rt.state.reportId);
    expect(state.comparison.reports.map((r) => r.outlet)).toEqual(['RT', 'teleSUR English']);
    expect(state.differences).toBe(rt.state.differences);
  });
});

describe('highlighting a passage in the page', () => {
  it('finds the sentence in the live page and highlights it with the CSS Custom Highlight API', async () => {
    const text = 'Nearly 750 law enforcement have received various injuries';
    expect(await ask(session, 'ui:highlight', { tabId: rt.tabId, text, start: 0, end: text.length })).toEqual({ found: true });
    const highlighted = await rt.page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('parallax-passage');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(highlighted).toEqual([text]);
  });

  it('says so when the passage is not in the page', async () => {
    expect(await ask(session, 'ui:highlight', { tabId: rt.tabId, text: 'words that are nowhere on the page', start: 0, end: 10 })).toEqual({ found: false });
  });
});

describe('on demand, and forgetting', () => {
  it('a browser page cannot be analysed, and the reader is told why', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://version');
    // Without the "tabs" permission the extension does not see a browser page's address: take the newest tab.
    const tabId = await session.ui.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)));
    const state = await ask<TabState>(session, 'ui:analyse-tab', { tabId });
    expect(state).toMatchObject({ status: 'not-article', reason: 'restricted' });
    await page.close();
  });

  it('analysing an article again on demand keeps one report', async () => {
    const state = await ask<TabState>(session, 'ui:analyse-tab', { tabId: rt.tabId });
    expect(state.status).toBe('article');
    expect((await storedReports(session)).length).toBe(2);
  });

  it('forgetting a page removes its report, and the other tab\'s comparison loses it live', async () => {
    const state = await ask<TabState>(session, 'ui:forget-tab', { tabId: rt.tabId });
    expect(state.status).toBe('idle');
    expect((await storedReports(session)).map((r) => r.outlet)).toEqual(['teleSUR English']);
    const other = await ask<TabState>(session, 'ui:tab-state', { tabId: telesur.tabId });
    expect(other.status === 'article' && other.comparison.reports.map((r) => r.outlet)).toEqual(['teleSUR English']);
    expect(await session.ui.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), rt.tabId)).toBe('');
  });
});

describe('the reader script follows the reader\'s sources', () => {
  const registered = () =>
    session.ui.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })));
  const setSources = (sources: unknown[]) => session.ui.evaluate((value) => chrome.storage.local.set({ sources: value }), sources);

  it('registers it for a source with automatic capture whose access is granted, and removes it after', async () => {
    // The e2e build holds access to localhost (wxt.config.ts); a real install asks per source.
    await setSources([{ id: 'local', name: 'Local outlet', domains: ['localhost'], feeds: [], enabled: true, autoCapture: true }]);
    await expect.poll(registered, { timeout: 10_000 }).toEqual([{ id: 'parallax-reader', matches: ['http://localhost/*'] }]);
    await setSources([{ id: 'local', name: 'Local outlet', domains: ['localhost'], feeds: [], enabled: true, autoCapture: false }]);
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
  });

  it('does not register it where access was not granted', async () => {
    await setSources([{ id: 'rt', name: 'RT', domains: ['rt.com'], feeds: [], enabled: true, autoCapture: true }]);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await registered()).toEqual([]);
  });
});
