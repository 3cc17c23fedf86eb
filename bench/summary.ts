/**
 * The headline table: one line per target of the benchmark issue, read from the suites' figures
 * (whatever ran; a suite that did not run or was skipped is left out).
 */
import type { Table } from './suite';
import { verdict } from './suite';

type Figures = Record<string, any>;

const fmt = (n: unknown, unit = 'ms') => (typeof n === 'number' && Number.isFinite(n) ? `${n} ${unit}` : '—');

export function summaryTable(results: Record<string, unknown>): Table {
  const rows: (string | number)[][] = [];
  const get = (suite: string): Figures | null => {
    const f = results[suite] as Figures | undefined;
    return f && !f.skipped && !f.error ? f : null;
  };
  const extract = get('extract');
  if (extract) rows.push(['extract (32 pages, sum of medians)', fmt(extract.ours_ms), `Readability ${fmt(extract.readability_ms)}`, `ratio ${extract.ratio}`, '<= 1.25', verdict(extract.ratio <= 1.25)]);
  const analyze = get('analyze');
  if (analyze) {
    rows.push([`analyze, ${analyze.words.toLocaleString('en')} words`, fmt(analyze.ours_ms), `compromise ${fmt(analyze.compromise_ms)}`, `ratio ${analyze.ours_vs_compromise}`, '<= 0.1', verdict(analyze.ours_vs_compromise <= 0.1)]);
    rows.push([`analyze, ${analyze.words.toLocaleString('en')} words`, fmt(analyze.ours_ms), `wink tokenizer ${fmt(analyze.wink_tokenize_ms)}`, `ratio ${analyze.ours_vs_wink_tokenize}`, '<= 2', verdict(analyze.ours_vs_wink_tokenize <= 2)]);
  }
  const match = get('match');
  if (match) {
    for (const [size, target] of [['10000', 20], ['100000', 100]] as const) {
      const m = match[size] as Figures | undefined;
      if (m) rows.push([`match p95, ${Number(size).toLocaleString('en')} stored`, fmt(m.index_p95_ms), `scan ${fmt(m.scan_p95_ms)}`, `${m.speedup_p50}x faster (p50)`, `< ${target} ms`, verdict(m.index_p95_ms < target)]);
    }
  }
  const compare = get('compare');
  if (compare) for (const n of ['2', '10', '50']) if (compare[n]) rows.push([`compare, event of ${n} reports (p50)`, fmt(compare[n].p50_ms), '', `p95 ${fmt(compare[n].p95_ms)}`, '', '']);
  const browser = get('browser');
  if (browser) {
    const content = Object.entries((browser.content_script ?? {}) as Record<string, Figures>);
    for (const [seed, c] of content) rows.push([`content script, seed page ${seed} (injection to report, p50)`, fmt(c.injection_to_report_ms?.p50), `extraction ${fmt(c.extract_in_page_ms)} vs Readability ${fmt(c.readability_in_page_ms)}`, `ratio ${c.ratio}`, '', '']);
    const cold = browser.worker_cold_start_to_comparison_ms;
    if (cold) rows.push(['worker cold start to first comparison (p50)', fmt(cold.p50), '', `p95 ${fmt(cold.p95)}`, '', '']);
    const coldLarge = Object.entries(browser).find(([k]) => /^worker_cold_start_to_comparison_\d+_stored_ms$/.test(k));
    if (coldLarge) rows.push([`  the same, ${Number(coldLarge[0].match(/\d+/)![0]).toLocaleString('en')} stored`, fmt((coldLarge[1] as Figures).p50), '', `p95 ${fmt((coldLarge[1] as Figures).p95)}`, '', '']);
    const panel = browser.panel_first_render_ms;
    if (panel) rows.push(['panel first render, cached comparison (p95)', fmt(panel.p95), '', `p50 ${fmt(panel.p50)}`, `< ${panel.target} ms`, verdict(panel.failed === 0 && panel.p95 < panel.target)]);
    const heap = browser.background_heap as Figures | undefined;
    const large = heap && Object.entries(heap).find(([k]) => /^stored_\d+$/.test(k) && k !== 'stored_2');
    if (large && large[1]) rows.push([`background heap, ${Number(large[0].slice(7)).toLocaleString('en')} stored`, fmt(Math.round((large[1].used / 1048576) * 10) / 10, 'MB'), `2 stored ${fmt(heap.stored_2 ? Math.round((heap.stored_2.used / 1048576) * 10) / 10 : NaN, 'MB')}`, '', '', '']);
    const page = browser.page_to_comparison_ms as Figures | undefined;
    const pageLarge = page && Object.entries(page).find(([k]) => /^stored_\d+$/.test(k) && k !== 'stored_2');
    if (page && pageLarge) rows.push([`page to its comparison, ${Number(pageLarge[0].slice(7)).toLocaleString('en')} stored (p50)`, fmt(pageLarge[1].p50), `2 stored ${fmt(page.stored_2?.p50)}`, '', '', '']);
  }
  const size = get('size');
  if (size) {
    for (const [entry, e] of Object.entries((size.entries ?? {}) as Record<string, Figures>)) {
      if (!entry.startsWith('content-scripts/')) continue;
      rows.push([`${entry} gzip`, fmt(Math.round(e.gzip / 102.4) / 10, 'KB'), `Readability alone ${fmt(Math.round(size.readability_alone.gzip / 102.4) / 10, 'KB')}`, `${size.content_vs_readability?.[entry]}x`, e.budget_gzip ? `<= ${Math.round(e.budget_gzip / 102.4) / 10} KB` : '', e.budget_gzip ? verdict(e.gzip <= e.budget_gzip) : '']);
    }
    rows.push(['whole extension gzip', fmt(Math.round(size.total_gzip / 102.4) / 10, 'KB'), '', '', '', '']);
  }
  return { title: 'Summary: each figure beside its baseline, measured in the same run', head: ['figure', 'Parallax', 'baseline', 'comparison', 'target', ''], rows };
}
