/**
 * match: one new report against 1,000, 10,000 and 100,000 stored reports, p50 and p95, with the
 * inverted EventIndex (lib/match) and, side by side on the same queries, its brute-force scan of
 * every stored report. Targets: p95 < 20 ms at 10,000 and < 100 ms at 100,000. The stored reports
 * are synthetic from real term distributions (bench/synthetic.ts says how).
 */
import * as matching from '../lib/match';
import { performance } from 'node:perf_hooks';
import { realReports } from './real-reports';
import { generateStore, makeQueries, termModel, type StoredEntry } from './synthetic';
import { median, percentile, round } from './stats';
import { skipped, verdict, type Suite, type Table } from './suite';

/** The part of lib/match this suite needs; checked at run time while the module is being written. */
interface IndexLike {
  add(entry: StoredEntry): unknown;
  match(entry: StoredEntry): Array<{ id: string }>;
  scan?(entry: StoredEntry): Array<{ id: string }>;
  readonly size: number;
}
interface MatchModule {
  EventIndex?: new () => IndexLike;
  eventTerms?: (report: unknown) => string[];
  indexEntry?: (report: unknown) => { terms: readonly string[]; signature?: Uint32Array };
}

const TARGETS: Record<number, number> = { 10_000: 20, 100_000: 100 };

export const run: Suite = async ({ quick }) => {
  const lib = matching as unknown as MatchModule;
  if (typeof lib.EventIndex !== 'function' || typeof lib.indexEntry !== 'function') {
    return skipped('not available yet: lib/match has no EventIndex / indexEntry export');
  }
  const EventIndex = lib.EventIndex;
  const indexEntry = lib.indexEntry;
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const queryCount = quick ? 60 : 200;
  // The scan is slow by nature: fewer queries at the large sizes keep the bench in minutes.
  const scanQueries = (size: number) => (quick ? 10 : size <= 1_000 ? 200 : size <= 10_000 ? 40 : 6);

  // The cost of a new report's signature (terms + MinHash), measured on real reports.
  const reals = realReports();
  const signatureMs: number[] = [];
  const termLists: string[][] = [];
  let signatureSize = 64;
  for (let pass = 0; pass < 3; pass++) {
    for (const report of reals) {
      const start = performance.now();
      const entry = indexEntry(report);
      const ms = performance.now() - start;
      if (pass === 0) {
        termLists.push([...entry.terms]);
        signatureSize = entry.signature?.length ?? signatureSize;
      } else signatureMs.push(ms);
    }
  }
  const model = termModel(termLists, signatureSize);
  const store = generateStore(model, Math.max(...sizes));

  const rows: (string | number)[][] = [];
  const figures: Record<string, unknown> = {
    stored_reports: 'synthetic, from the eventTerms of real reports',
    real_reports: model.realReports,
    real_distinct_terms: model.distinctTerms,
    real_mean_terms: round(model.meanTerms),
    near_duplicates_share: round(store.nearDuplicates / store.entries.length),
    signature_ms: { p50: round(median(signatureMs)), p95: round(percentile(signatureMs, 95)) },
  };
  for (const size of sizes) {
    const index = new EventIndex();
    const buildStart = performance.now();
    for (let i = 0; i < size; i++) index.add(store.entries[i]!);
    const buildMs = performance.now() - buildStart;
    const { queries, events } = makeQueries(model, store, size, queryCount, size);
    for (const q of queries.slice(0, 10)) index.match(q); // warm-up
    const matchMs: number[] = [];
    const found: string[][] = [];
    for (const q of queries) {
      const start = performance.now();
      const result = index.match(q);
      matchMs.push(performance.now() - start);
      found.push(result.map((m) => m.id));
    }
    const truth = eventTruth(store.eventOf, size, events, found);
    const scanMs: number[] = [];
    let agree = 0;
    let scanTotal = 0;
    if (typeof index.scan === 'function') {
      const n = Math.min(scanQueries(size), queries.length);
      index.scan(queries[0]!); // warm-up
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        const truth = index.scan(queries[i]!);
        scanMs.push(performance.now() - start);
        const got = new Set(found[i]);
        scanTotal += truth.length;
        agree += truth.filter((m) => got.has(m.id)).length;
      }
    }
    const target = TARGETS[size] ?? null;
    const p50 = median(matchMs);
    const p95 = percentile(matchMs, 95);
    const perSize = {
      queries: queries.length,
      index_p50_ms: round(p50),
      index_p95_ms: round(p95),
      scan_queries: scanMs.length,
      scan_p50_ms: scanMs.length ? round(median(scanMs)) : null,
      scan_p95_ms: scanMs.length ? round(percentile(scanMs, 95)) : null,
      speedup_p50: scanMs.length ? round(median(scanMs) / p50) : null,
      // Share of the scan's same-event reports the index also returns (its candidate search
      // skips very common terms and keeps the best 50, so it may miss some).
      agreement_with_scan: scanTotal ? round(agree / scanTotal) : null,
      mean_matches: round(found.reduce((s, f) => s + f.length, 0) / found.length),
      // Against the generator's own events: a check that the synthetic store is matchable at all
      // (timings of a matcher that finds nothing would mean little), not an accuracy claim.
      synthetic_event_precision: truth.precision,
      synthetic_event_recall: truth.recall,
      build_ms: round(buildMs),
      target_p95_ms: target,
      met: target === null ? null : p95 < target,
    };
    figures[String(size)] = perSize;
    rows.push([
      size.toLocaleString('en'),
      perSize.index_p50_ms,
      perSize.index_p95_ms,
      perSize.scan_p50_ms ?? '—',
      perSize.scan_p95_ms ?? '—',
      perSize.speedup_p50 !== null ? `${perSize.speedup_p50}x` : '—',
      perSize.agreement_with_scan ?? '—',
      `${truth.precision} / ${truth.recall}`,
      perSize.build_ms,
      target === null ? '—' : `< ${target}`,
      verdict(perSize.met),
    ]);
  }
  const table: Table = {
    title: `match: one new report against N stored reports (${queryCount} queries; scan on the first ${sizes.map(scanQueries).join('/')}), ms`,
    head: ['stored', 'index p50', 'index p95', 'scan p50', 'scan p95', 'speed-up', 'agrees w/ scan', 'P / R (synthetic)', 'build', 'p95 target', ''],
    rows,
  };
  return {
    figures,
    tables: [
      table,
      {
        title: `match: computing a new report's signature (eventTerms + MinHash), ${reals.length} real reports`,
        head: ['step', 'p50 ms', 'p95 ms'],
        rows: [['signature of one report', round(median(signatureMs)), round(percentile(signatureMs, 95))]],
      },
    ],
    notes: [
      `match: stored reports are synthetic (seeded), drawn from the eventTerms of ${model.realReports} real reports (${model.distinctTerms} distinct terms, ${round(model.meanTerms)} per report); ${Math.round((store.nearDuplicates / store.entries.length) * 100)}% near-duplicates; queries: 70% a new report of a stored event, 10% a copy of a stored report, 20% a new event`,
      typeof new EventIndex().scan === 'function' ? '' : 'match: EventIndex has no scan() brute-force baseline yet',
    ].filter(Boolean),
  };
};

/** Precision and recall of the matches against the events the generator made (stored prefix only). */
function eventTruth(eventOf: Int32Array, size: number, queryEvents: number[], found: string[][]): { precision: number; recall: number } {
  const members = new Map<number, number>();
  for (let i = 0; i < size; i++) members.set(eventOf[i]!, (members.get(eventOf[i]!) ?? 0) + 1);
  let hits = 0;
  let returned = 0;
  let relevant = 0;
  queryEvents.forEach((event, q) => {
    relevant += event >= 0 ? (members.get(event) ?? 0) : 0;
    for (const id of found[q]!) {
      returned++;
      if (eventOf[Number(id.slice(1))] === event) hits++;
    }
  });
  return { precision: returned ? round(hits / returned) : 1, recall: relevant ? round(hits / relevant) : 1 };
}
