/**
 * browser: the extension in headless Chromium (the e2e build, which may read the local fixture
 * server's pages): content script time on the seed pages (injection to report received by the
 * background) and extraction in Chromium's DOM against Readability alone; service worker cold
 * start to first comparison; panel first render with a cached comparison (target < 150 ms); the
 * background's heap and a page's time to its comparison with 10,000 stored reports.
 * Skips with a reason when Chromium, the build or the fixture server is missing.
 */
import { existsSync } from 'node:fs';
import { DB_NAME, termsOf, toStored } from '../lib/store';
import { generateStore, termModel } from './synthetic';
import { CHROMIUM } from './machine';
import { E2E_BUILD_DIR, ROOT } from './paths';
import { bundleSnippet, ensureBuild } from './sizes';
import { attachWorker, launch, startServer, workerHeap, type BrowserSession, type FixtureServer } from './browser-launch';
import { askUntilCompared, contentScriptRuns, inPageExtraction, installArrivalLog, panelFirstRender, profileWorker, reloadUntilCompared, stopWorker, tabIdOf, type WorkerProfile } from './browser-steps';
import { storeReports, termIndexLookups } from './browser-store';
import { realReports } from './real-reports';
import { median, percentile, round } from './stats';
import { skipped, verdict, type Suite, type SuiteResult } from './suite';

const SEEDS = ['telesur-english', 'rt'];
const PANEL_TARGET_MS = 150;
const STORED = 10_000;
/** entrypoints/background: captures a tab may ask for per minute. */
const CAPTURES_PER_TAB = 12;
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

const summary = (ms: number[]) => ({ p50: round(median(ms.filter(Number.isFinite))), p95: round(percentile(ms.filter(Number.isFinite), 95)), runs: ms.length, failed: ms.filter((m) => !Number.isFinite(m)).length });
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function extractionBundle(): Promise<string> {
  const code = await bundleSnippet("import { extractArticle } from './lib/extract/article'; import { Readability } from '@mozilla/readability'; globalThis.__benchExtract = { extractArticle, Readability };", 'ts');
  return new TextDecoder().decode(code);
}

export const run: Suite = async ({ quick }) => {
  if (!existsSync(CHROMIUM)) return skipped(`no Chromium at ${CHROMIUM}`);
  const notes: string[] = [];
  try {
    const made = ensureBuild(false, E2E_BUILD_DIR, { PARALLAX_TEST_HOSTS: '1' });
    if (made.built) notes.push(`browser: built the e2e extension first (${made.reason}, ${Math.round(made.ms)} ms)`);
  } catch (error) {
    if (!existsSync(E2E_BUILD_DIR + 'manifest.json')) return skipped((error as Error).message);
    notes.push(`browser: ${(error as Error).message}; measured the existing, older e2e build`);
  }
  let server: FixtureServer;
  try {
    server = await startServer();
  } catch (error) {
    return skipped(`no fixture server: ${(error as Error).message}`);
  }
  let session: BrowserSession | null = null;
  try {
    session = await launch(E2E_BUILD_DIR);
    const result = await measure(session, server, quick);
    return { ...result, notes: [...notes, ...result.notes] };
  } catch (error) {
    return skipped(`the browser run failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await session?.close().catch(() => undefined);
    await server.close();
  }
};

async function measure(session: BrowserSession, server: FixtureServer, quick: boolean): Promise<SuiteResult> {
  const { context, extensionId, cdp } = session;
  const notes: string[] = [];
  const runs = quick ? 3 : 12;
  // tsx compiles the functions handed to evaluate() with calls to its __name helper; define it there.
  await context.addInitScript(NAME_SHIM);
  await session.worker.evaluate(NAME_SHIM);
  await installArrivalLog(session.worker);
  const extPage = await context.newPage();
  await extPage.goto(`chrome-extension://${extensionId}/manifest.json`);

  const pages = [];
  for (const seed of SEEDS) {
    const page = await context.newPage();
    const url = `${server.url}/seed/${seed}/`;
    await page.goto(url);
    pages.push({ seed, page, url, tabId: await tabIdOf(session.worker, url) });
  }
  const first = await askUntilCompared(extPage, pages[pages.length - 1]!.tabId);
  if (first.reports < 2) notes.push(`browser: the seed pages did not give a comparison of two reports (state ${first.status}, ${first.reports} reports); comparison figures are of what the background answered`);

  // 1. Content script: injection to report received, and extraction in Chromium's DOM.
  const bundle = await extractionBundle();
  const content: Record<string, unknown> = {};
  const rows: (string | number)[][] = [];
  for (const p of pages) {
    // Each injection is a capture: the background takes at most 12 per tab per minute.
    const injected = await contentScriptRuns(session.worker, p.tabId, Math.min(runs, CAPTURES_PER_TAB - 2));
    const inPage = await inPageExtraction(p.page, bundle, runs);
    const entry = {
      injection_to_report_ms: summary(injected.ms),
      sent: [...new Set(injected.kinds)],
      extract_in_page_ms: round(median(inPage.ours)),
      readability_in_page_ms: round(median(inPage.readability)),
      ratio: round(median(inPage.ours) / median(inPage.readability)),
      extracted: inPage.ok,
    };
    content[p.seed] = entry;
    rows.push([`content script on seed page ${p.seed}: injection to report received`, entry.injection_to_report_ms.p50, entry.injection_to_report_ms.p95, '', '']);
    rows.push([`  extractArticle in the page vs Readability alone (${entry.readability_in_page_ms} ms): ratio ${entry.ratio}`, entry.extract_in_page_ms, '', '<= 1.25x', verdict(entry.ratio <= 1.25)]);
  }

  // The rest reads in a tab of its own (a fresh capture allowance), with its own address to find it by.
  const readingUrl = `${pages[pages.length - 1]!.url}?bench=reading`;
  const readingPage = await context.newPage();
  await readingPage.goto(readingUrl);
  const reading = { page: readingPage, tabId: await tabIdOf(session.worker, readingUrl) };
  await askUntilCompared(extPage, reading.tabId);

  // 2. Service worker: cold start to the first comparison, and warm.
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < Math.max(3, Math.round(runs / 2)); run++) {
    await stopWorker(cdp, extensionId);
    cold.push((await askUntilCompared(extPage, reading.tabId)).ms);
    warm.push((await askUntilCompared(extPage, reading.tabId)).ms);
  }
  rows.push(['service worker cold start to first comparison (stopped worker, ui:tab-state)', summary(cold).p50, summary(cold).p95, '', '']);
  rows.push(['  same request, worker running', summary(warm).p50, summary(warm).p95, '', '']);
  const pageToComparison: number[] = [];
  for (let run = 0; run < Math.max(3, Math.round(runs / 3)); run++) pageToComparison.push((await reloadUntilCompared(extPage, reading.tabId)).ms);
  rows.push(['page reload to its comparison (load + read + analyse + store + match + compare), 2 stored', summary(pageToComparison).p50, summary(pageToComparison).p95, '', '']);

  // 3. Panel first render with the cached comparison.
  const panelLoads = await panelFirstRender(context, extensionId, reading.tabId, runs);
  const panel = panelLoads.map((l) => l.ms);
  const panelSummary = summary(panel);
  // Where a load's time goes: the page and its scripts, the background's answer, the render.
  const panelParts = {
    to_question: summary(panelLoads.map((l) => l.asked)),
    question_to_answer: summary(panelLoads.map((l) => l.answered)),
    answer_to_first_row: summary(panelLoads.map((l) => l.ms - l.asked - l.answered)),
  };
  rows.push(['panel first render with a cached comparison (navigation to first row)', panelSummary.p50, panelSummary.p95, `< ${PANEL_TARGET_MS}`, verdict(panelSummary.failed === 0 && panelSummary.p95 < PANEL_TARGET_MS)]);
  rows.push(['  of which navigation to the question (page, scripts, first render)', panelParts.to_question.p50, panelParts.to_question.p95, '', '']);
  rows.push(['  of which the question to its answer (the background)', panelParts.question_to_answer.p50, panelParts.question_to_answer.p95, '', '']);
  rows.push(['  of which the answer to the first row (render)', panelParts.answer_to_first_row.p50, panelParts.answer_to_first_row.p95, '', '']);
  if (panelSummary.failed) notes.push(`browser: the panel showed no comparison row in ${panelSummary.failed} of ${panel.length} loads`);

  // 4. Memory and matching with 10,000 stored reports.
  const heapOf = async () => {
    await askUntilCompared(extPage, reading.tabId); // the worker is up
    const sessionId = await attachWorker(cdp, extensionId);
    if (!sessionId) return null;
    const heap = await workerHeap(cdp, sessionId);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return heap;
  };
  const heapSmall = await heapOf();
  // Real reports' text, figures and attributions; each written report its own event terms, drawn
  // like the match suite's from real term distributions (bench/synthetic.ts), so the store holds
  // 10,000 different stories rather than copies of a hundred.
  const reals = realReports().filter((r) => r.origin !== 'seed');
  const templates = reals.map((r) => JSON.parse(JSON.stringify(toStored(r))) as unknown);
  const synthetic = generateStore(termModel(reals.map((r) => termsOf(r)), 64), STORED, 7);
  const variants = synthetic.entries.map((e) => ({ terms: e.terms, publishedAt: e.publishedAt, url: e.url }));
  const storeStart = performance.now();
  const stored = await storeReports(extPage, DB_NAME, templates, variants);
  const storeMs = performance.now() - storeStart;
  // Where a page's time goes with many reports stored: one run with the worker profiled.
  let profiled: WorkerProfile | null = null;
  const workerSession = await attachWorker(cdp, extensionId);
  if (workerSession) {
    profiled = (await profileWorker(cdp, workerSession, () => reloadUntilCompared(extPage, reading.tabId, 60_000))).profile;
    await cdp.send('Target.detachFromTarget', { sessionId: workerSession }).catch(() => undefined);
  }
  const reloadLarge: number[] = [];
  for (let run = 0; run < Math.max(2, Math.round(runs / 4)); run++) reloadLarge.push((await reloadUntilCompared(extPage, reading.tabId, 60_000)).ms);
  const heapLarge = await heapOf();
  const coldLarge: number[] = [];
  for (let run = 0; run < Math.max(3, Math.round(runs / 2)); run++) {
    await stopWorker(cdp, extensionId);
    coldLarge.push((await askUntilCompared(extPage, reading.tabId, 60_000)).ms);
  }
  const heapAfterCold = await heapOf();
  const lookups = await termIndexLookups(extPage, DB_NAME, reading.tabId);
  rows.push([`page reload to its comparison, ${stored.toLocaleString('en')} stored`, summary(reloadLarge).p50, summary(reloadLarge).p95, '', '']);
  rows.push([`service worker cold start to first comparison, ${stored.toLocaleString('en')} stored`, summary(coldLarge).p50, summary(coldLarge).p95, '', '']);
  if (profiled) {
    const busy = Object.entries(profiled.busy_by_file_ms).slice(0, 3).map(([f, ms]) => `${f} ${ms}`).join(', ');
    rows.push([`  worker profile of one such page: idle ${profiled.idle_ms} of ${profiled.sampled_ms} ms sampled (busiest: ${busy})`, '', '', '', '']);
  }
  rows.push([`  IndexedDB terms index, ${stored.toLocaleString('en')} stored: getAllKeys per term (${lookups.terms} terms, ${lookups.keys} keys)`, summary(lookups.getAllKeys).p50, summary(lookups.getAllKeys).p95, '', '']);
  rows.push([`  IndexedDB terms index, ${stored.toLocaleString('en')} stored: count per term`, summary(lookups.count).p50, summary(lookups.count).p95, '', '']);
  const memoryRows: (string | number)[][] = [
    ['2 reports stored', heapSmall ? mb(heapSmall.used) : '—', heapSmall ? mb(heapSmall.total) : '—'],
    [`${stored.toLocaleString('en')} stored, after matching a page`, heapLarge ? mb(heapLarge.used) : '—', heapLarge ? mb(heapLarge.total) : '—'],
    [`${stored.toLocaleString('en')} stored, after a cold start`, heapAfterCold ? mb(heapAfterCold.used) : '—', heapAfterCold ? mb(heapAfterCold.total) : '—'],
  ];
  return {
    figures: {
      build: 'e2e (PARALLAX_TEST_HOSTS=1)',
      content_script: content,
      worker_cold_start_to_comparison_ms: summary(cold),
      worker_warm_tab_state_ms: summary(warm),
      page_to_comparison_ms: { stored_2: summary(pageToComparison), [`stored_${stored}`]: summary(reloadLarge) },
      [`worker_cold_start_to_comparison_${stored}_stored_ms`]: summary(coldLarge),
      worker_profile_page_at_10000: profiled,
      term_index_lookup_ms: { stored, terms: lookups.terms, keys: lookups.keys, get_all_keys: summary(lookups.getAllKeys), count: summary(lookups.count) },
      panel_first_render_ms: { ...panelSummary, target: PANEL_TARGET_MS, parts: panelParts },
      background_heap: {
        stored_2: heapSmall,
        [`stored_${stored}`]: heapLarge,
        [`stored_${stored}_after_cold_start`]: heapAfterCold,
        store_write_ms: round(storeMs),
      },
    },
    tables: [
      { title: `browser: Chromium headless, e2e build, ${runs} runs unless said (ms)`, head: ['measure', 'p50', 'p95', 'target', ''], rows },
      { title: `browser: the background's JavaScript heap after GC (MB); ${STORED.toLocaleString('en')} reports written in ${Math.round(storeMs)} ms`, head: ['state', 'used', 'allocated'], rows: memoryRows },
    ],
    notes,
  };
}
