/**
 * A hostile web (issue 8): pages that post forged messages and flood the page, claim another
 * outlet's address, inject markup in outlet, title, quotes and numbers, redefine the DOM and
 * built-ins, change address without loading, load their text late, or are far too large.
 * Nothing may be stored wrongly, nothing may render as markup, and the extension keeps answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { TabState } from '../../lib/protocol';
import { SCREENSHOTS, ask, isSettled, launch, storedReports, visit, waitForState, type Session } from './harness';

/** The extension API inside the page functions below (they run in an extension page). */
declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

let session: Session;
let rtState: TabState;

beforeAll(async () => {
  session = await launch();
  rtState = (await visit(session, '/seed/rt/', (s) => s.status === 'article')).state;
}, 180_000);

afterAll(async () => {
  await session?.close();
});

const reportOf = async (outlet: string) => (await storedReports(session)).filter((r) => r.outlet === outlet);

describe('a page that forges messages and floods', () => {
  it('cannot reach the extension\'s messaging, and stores only its own article under its own address', async () => {
    const localhost = session.base.replace('127.0.0.1', 'localhost');
    const page = await session.context.newPage();
    await page.goto(`${localhost}/hostile/forged-messages.html`);
    expect(await page.getAttribute('html', 'data-reach')).toBe('chrome.runtime=none;browser=undefined');
    const tabId = await session.ui.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, page.url());
    const state = await waitForState(session, tabId, isSettled);
    expect(state.status).toBe('article');
    // The flood runs while the extension answers.
    const started = Date.now();
    await ask(session, 'ui:tab-state', { tabId });
    expect(Date.now() - started).toBeLessThan(5000);
    await expect.poll(() => page.getAttribute('html', 'data-flood'), { timeout: 30_000 }).toBe('10000');

    // The reader left no trace the page can see: no global, no attribute, no element.
    const traces = await page.evaluate(() => ({
      symbol: Symbol.for('parallax.reader') in window,
      globals: Object.keys(window).filter((k) => /parallax|wxt/i.test(k)),
      markup: /parallax/i.test(document.documentElement.outerHTML),
    }));
    expect(traces).toEqual({ symbol: false, globals: [], markup: false });

    const reports = await storedReports(session);
    expect(reports.some((r) => /FORGED/.test(r.text + r.title))).toBe(false);
    const courier = reports.filter((r) => r.outlet === 'Black Sea Courier');
    expect(courier).toHaveLength(1);
    // Its canonical link claimed the RT page's address (another site): refused, the page's own kept.
    expect(courier[0]!.url).toBe(page.url());
    const rt = await reportOf('RT');
    expect(rt).toHaveLength(1);
    expect(rt[0]!.text).toContain('Nearly 750 law enforcement');
    if (rtState.status === 'article') expect(rt[0]!.id).toBe(rtState.reportId);
  });
});

describe('markup in the page\'s text', () => {
  it('is shown as text in the panel, never as markup', async () => {
    const { tabId, state } = await visit(session, '/hostile/markup.html', isSettled);
    expect(state.status).toBe('article');
    const stored = await reportOf('<b>Evil</b> Wire<img src=x onerror=alert(1)>');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.title).toContain('<img src=x onerror=alert(1)>');

    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panel.evaluate(() => document.body.innerText), { timeout: 15_000 }).toContain('<img src=x');
    const injected = await panel.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"], img[src$="/x"]').length,
      handlers: document.querySelectorAll('[onerror], [onclick], [onload]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'Evil' || b.textContent === '750').length,
      title: document.title,
    }));
    expect(injected).toEqual({ images: 0, handlers: 0, scripts: 0, bold: 0, title: expect.not.stringMatching(/pwned/) });
    writeFileSync(`${SCREENSHOTS}/panel-hostile-markup.png`, await panel.screenshot({ fullPage: true }));
  });
});

describe('a page that redefines the DOM and built-ins', () => {
  it('is read correctly: the reader runs in its own isolated world', async () => {
    const { state } = await visit(session, '/hostile/prototypes.html', isSettled);
    expect(state.status).toBe('article');
    const [report] = await reportOf('Balkan Daily');
    expect(report!.title).toBe('Struma floods Blagoevgrad, 1,200 evacuated');
    expect(report!.text).toContain('forcing the evacuation of about 1,200 residents');
    expect(report!.text).not.toContain('HACKED');
  });
});

describe('pages in the wild', () => {
  it('a 5 MB page is skipped with a reason, and nothing is stored for it', async () => {
    const before = (await storedReports(session)).length;
    const { state } = await visit(session, '/generated/huge.html', isSettled, );
    expect(state).toMatchObject({ status: 'not-article', reason: 'too-large' });
    if (state.status === 'not-article') expect(state.message).toMatch(/more than Parallax reads/);
    expect((await storedReports(session)).length).toBe(before);
  });

  it('an article inside a frame is not taken for the page\'s', async () => {
    const { state } = await visit(session, '/hostile/iframe.html', isSettled);
    expect(state).toMatchObject({ status: 'not-article' });
    expect(await reportOf('Framed Baltic Times')).toEqual([]);
  });

  it('a single-page app that changes address is read again', async () => {
    const { tabId } = await visit(session, '/hostile/spa.html', (s) => s.status === 'article');
    const state = await waitForState(session, tabId, (s) => s.status === 'article' && !!s.url?.includes('story=floods'));
    if (state.status !== 'article') throw new Error('not an article');
    expect(state.comparison.reports[0]!.title).toMatch(/Struma floods/);
  });

  it('a page whose text loads late is read once it has settled', async () => {
    const { tabId } = await visit(session, '/hostile/late.html', isSettled);
    const state = await waitForState(session, tabId, (s) => s.status === 'article');
    if (state.status === 'article') expect(state.comparison.reports[0]!.outlet).toBe('Late Gazette');
  });
});

describe('right-to-left and CJK pages', () => {
  it.each([
    ['/hostile/rtl-arabic.html', 'ar', 'صحيفة الخليج اليوم', 'انتشلت 11 شخصاً من القناة'],
    ['/hostile/cjk-japanese.html', 'ja', '東欧ニュース', '救助隊はこれまでに運河から11人を救出し'],
  ])('%s is read in its language, with sentences and a passage the panel can point to', async (path, lang, outlet, passage) => {
    const { tabId, state } = await visit(session, path, isSettled);
    expect(state.status).toBe('article');
    const [report] = (await storedReports(session)).filter((r) => r.outlet === outlet) as unknown as Array<{ lang: string; text: string; sentences: Array<{ start: number; end: number }> }>;
    expect(report!.lang).toBe(lang);
    expect(report!.text).toContain(passage);
    expect(report!.sentences.length).toBeGreaterThanOrEqual(4);
    for (const s of report!.sentences) expect(s.end).toBeLessThanOrEqual(report!.text.length);
    expect(await ask(session, 'ui:highlight', { tabId, text: passage, start: 0, end: passage.length })).toEqual({ found: true });
  });
});
