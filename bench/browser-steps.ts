/**
 * The browser measurements, step by step, on a running session (bench/browser-launch.ts).
 * Times are taken inside the browser (performance.now() in the worker or the page) so that
 * Playwright's own round trips are not counted.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Cdp } from './cdp';
import type { Chrome } from './chrome-api';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A log, in the worker, of when each page report arrives (in the worker's clock). Lost when the worker stops. */
export async function installArrivalLog(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __benchArrivals?: Array<{ t: number; tabId: number | null; name: string }> };
    if (scope.__benchArrivals) return;
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    const log: Array<{ t: number; tabId: number | null; name: string }> = (scope.__benchArrivals = []);
    api.runtime.onMessage.addListener((message: { name?: string }, sender) => {
      if (message?.name === 'page:article' || message?.name === 'page:not-article') log.push({ t: performance.now(), tabId: sender.tab?.id ?? null, name: message.name });
      return undefined; // Not an answer: the background's own listener answers.
    });
  });
}

export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/**
 * Content script time: from the moment the worker injects the reader script into the tab until
 * the page's report reaches the worker (extraction + message). The reader refuses a second run
 * in a page, so its marker in the isolated world is cleared first (not timed).
 */
export async function contentScriptRuns(worker: Worker, tabId: number, runs: number): Promise<{ ms: number[]; kinds: string[] }> {
  const ms: number[] = [];
  const kinds: string[] = [];
  for (let run = 0; run < runs; run++) {
    const result = await worker.evaluate(async (tab) => {
      const scope = globalThis as unknown as { __benchArrivals: Array<{ t: number; tabId: number | null; name: string }> };
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      await api.scripting.executeScript({ target: { tabId: tab }, func: () => void delete (globalThis as Record<symbol, unknown>)[Symbol.for('parallax.reader')] });
      const seen = scope.__benchArrivals.length;
      const start = performance.now();
      await api.scripting.executeScript({ target: { tabId: tab }, files: ['content-scripts/reader.js'] });
      const until = start + 10_000;
      for (;;) {
        const arrival = scope.__benchArrivals.slice(seen).find((a) => a.tabId === tab);
        if (arrival) return { ms: arrival.t - start, name: arrival.name };
        if (performance.now() > until) return { ms: NaN, name: 'timeout' };
        await new Promise((r) => setTimeout(r, 1));
      }
    }, tabId);
    ms.push(result.ms);
    kinds.push(result.name);
    // No report in 10 s: the reader does not run here; more runs would only wait as long.
    if (result.name === 'timeout') break;
    await sleep(50);
  }
  return { ms, kinds };
}

/**
 * Extraction inside Chromium's own DOM: the product's extractArticle against Readability alone
 * (on a clone, since it changes the document it reads; extractArticle clones too), interleaved.
 * `bundle` exposes globalThis.__benchExtract = { extractArticle, Readability }.
 */
export async function inPageExtraction(page: Page, bundle: string, runs: number): Promise<{ ours: number[]; readability: number[]; ok: boolean }> {
  await page.addScriptTag({ content: bundle });
  return page.evaluate((n) => {
    const lib = (globalThis as unknown as { __benchExtract: { extractArticle(d: Document, u: string): { ok: boolean }; Readability: new (d: Document) => { parse(): unknown } } }).__benchExtract;
    const ours: number[] = [];
    const readability: number[] = [];
    let ok = false;
    for (let run = 0; run < n + 2; run++) {
      let t = performance.now();
      ok = lib.extractArticle(document, location.href).ok;
      const o = performance.now() - t;
      const clone = document.cloneNode(true) as Document;
      t = performance.now();
      new lib.Readability(clone).parse();
      const r = performance.now() - t;
      if (run >= 2) {
        ours.push(o);
        readability.push(r);
      }
    }
    return { ours, readability, ok };
  }, runs);
}

/** Stops the extension's service worker (as Chrome does when it is idle); true if one was running. */
export async function stopWorker(cdp: Cdp, extensionId: string): Promise<boolean> {
  const { targetInfos } = await cdp.send<{ targetInfos: Array<{ targetId: string; type: string; url: string }> }>('Target.getTargets');
  const targets = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  for (const t of targets) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  // Wait until it is gone, so the next message really starts it again.
  for (let i = 0; i < 100; i++) {
    const { targetInfos: now } = await cdp.send<{ targetInfos: Array<{ type: string; url: string }> }>('Target.getTargets');
    if (!now.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))) break;
    await sleep(20);
  }
  return targets.length > 0;
}

export interface TabStateAnswer {
  ms: number;
  status: string;
  reports: number;
}

/** Asks the background for a tab's state from an extension page, until it shows a comparison of 2+ reports. */
export async function askUntilCompared(extPage: Page, tabId: number, timeoutMs = 15_000): Promise<TabStateAnswer> {
  return extPage.evaluate(
    async ({ tab, timeout }) => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const start = performance.now();
      for (;;) {
        const state = (await api.runtime.sendMessage({ name: 'ui:tab-state', request: { tabId: tab } })) as { status: string; comparison?: { reports: unknown[] } } | undefined;
        const reports = state?.comparison?.reports.length ?? 0;
        if ((state?.status === 'article' && reports >= 2) || performance.now() - start > timeout) return { ms: performance.now() - start, status: state?.status ?? 'none', reports };
        await new Promise((r) => setTimeout(r, 2));
      }
    },
    { tab: tabId, timeout: timeoutMs },
  );
}

/**
 * Reloads the tab and waits, from an extension page, until the background shows its comparison
 * again: page load + content script + analysis + store + match + compare.
 */
export async function reloadUntilCompared(extPage: Page, tabId: number, timeoutMs = 20_000): Promise<TabStateAnswer> {
  return extPage.evaluate(
    async ({ tab, timeout }) => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const start = performance.now();
      await api.tabs.reload(tab, { bypassCache: true });
      let reset = false;
      for (;;) {
        const state = (await api.runtime.sendMessage({ name: 'ui:tab-state', request: { tabId: tab } })) as { status: string; comparison?: { reports: unknown[] } } | undefined;
        const reports = state?.comparison?.reports.length ?? 0;
        if (state?.status !== 'article') reset = true;
        else if (reset && reports >= 2) return { ms: performance.now() - start, status: state.status, reports };
        if (performance.now() - start > timeout) return { ms: NaN, status: state?.status ?? 'none', reports };
        await new Promise((r) => setTimeout(r, 2));
      }
    },
    { tab: tabId, timeout: timeoutMs },
  );
}

/** One panel load: navigation start to the first comparison row, and where that time went. */
export interface PanelLoad {
  ms: number;
  /** Navigation start to the panel asking the background for its tab (page load and scripts). */
  asked: number;
  /** The question to its answer (the background's round trip). */
  answered: number;
}

/**
 * The panel page (sidepanel.html?tabId=N, as the real side panel renders it) from navigation
 * start to the first row of the comparison in the DOM, per fresh load, with the panel's own marks
 * (entrypoints/sidepanel/App.tsx) splitting it into loading, asking and rendering.
 */
export async function panelFirstRender(context: BrowserContext, extensionId: string, tabId: number, runs: number): Promise<PanelLoad[]> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const scope = globalThis as unknown as { __benchFirstRow?: number };
    const seen = () => {
      if (scope.__benchFirstRow === undefined && document.querySelector('[data-row]')) scope.__benchFirstRow = performance.now();
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
  const out: PanelLoad[] = [];
  const failed: PanelLoad = { ms: NaN, asked: NaN, answered: NaN };
  for (let run = 0; run < runs + 1; run++) {
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    const load = await page
      .waitForFunction(() => {
        const row = (globalThis as unknown as { __benchFirstRow?: number }).__benchFirstRow;
        const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        return row === undefined ? false : { ms: row, asked: mark('parallax:tab-state-asked'), answered: mark('parallax:tab-state-answered') };
      }, undefined, { timeout: 10_000 })
      .then((h) => h.jsonValue() as Promise<PanelLoad>)
      .catch(() => failed);
    if (run > 0) out.push({ ms: load.ms, asked: load.asked, answered: load.answered - load.asked });
    else if (!Number.isFinite(load.ms)) {
      // Not even the first load showed a comparison: say so once instead of waiting for each.
      out.push(failed);
      break;
    }
  }
  await page.close();
  return out;
}

export interface WorkerProfile {
  sampled_ms: number;
  /** Time the worker's thread had nothing to run: waiting on IndexedDB, messages, timers. */
  idle_ms: number;
  gc_ms: number;
  /** Self time per script file (the build is minified, so files, not functions). */
  busy_by_file_ms: Record<string, number>;
}

/** CPU-profiles the extension's service worker while `work` runs (CDP Profiler, 0.5 ms samples). */
export async function profileWorker<T>(cdp: Cdp, sessionId: string, work: () => Promise<T>): Promise<{ result: T; profile: WorkerProfile }> {
  await cdp.send('Profiler.enable', {}, sessionId);
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 }, sessionId);
  await cdp.send('Profiler.start', {}, sessionId);
  const result = await work();
  const { profile } = await cdp.send<{ profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string } }>; samples: number[]; timeDeltas: number[] } }>('Profiler.stop', {}, sessionId);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const out: WorkerProfile = { sampled_ms: 0, idle_ms: 0, gc_ms: 0, busy_by_file_ms: {} };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = nodes.get(id);
    out.sampled_ms += ms;
    if (frame?.functionName === '(idle)') out.idle_ms += ms;
    else if (frame?.functionName === '(garbage collector)') out.gc_ms += ms;
    else {
      // Native frames ("(program)", IndexedDB's "getAllKeys") have no file: keep their name.
      const name = frame?.functionName || '(native)';
      const file = frame?.url ? frame.url.split('/').pop()!.replace(/-[\w-]{8}\.js$/, '.js') : name.startsWith('(') ? name : `${name}()`;
      out.busy_by_file_ms[file] = (out.busy_by_file_ms[file] ?? 0) + ms;
    }
  });
  const r = (n: number) => Math.round(n);
  return { result, profile: { sampled_ms: r(out.sampled_ms), idle_ms: r(out.idle_ms), gc_ms: r(out.gc_ms), busy_by_file_ms: Object.fromEntries(Object.entries(out.busy_by_file_ms).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => [k, r(v)])) } };
}
