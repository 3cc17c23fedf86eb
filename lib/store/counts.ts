/**
 * Document frequencies of the event terms (how many current reports carry each term) and the
 * number of reports they describe, kept beside the reports. Matching reads a term's frequency
 * with one keyed get; counting it on the multiEntry `terms` index walks every posting (O(df) in
 * Chromium), which made matching against 10,000 stored reports take seconds.
 *
 * Every write that adds, replaces or removes a current report adjusts the counts in its own
 * transaction, so they are exact whenever the write committed. Revisions are not counted: only
 * current reports are matched.
 */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { Database, ParallaxDB, StoredReport } from './schema';
import { clearCachedReports } from './report-cache';

/** The `meta` key of the number of reports the term counts describe. */
export const COUNTED_REPORTS = 'reports';
/**
 * The `meta` key of a random number every change of the counts replaces: a connection's cache
 * of frequencies is good only while it reads the stamp it was filled under (another context's
 * connection may have written).
 */
export const COUNTS_STAMP = 'stamp';

/** Term -> change in document frequency, and the change in the number of reports. */
export interface CountChanges {
  terms: Map<string, number>;
  reports: number;
}

export function noChanges(): CountChanges {
  return { terms: new Map(), reports: 0 };
}

/** Records that `report` stops being current (replaced, forgotten, pruned, overwritten). */
export function removed(changes: CountChanges, report: Pick<StoredReport, 'terms'> | undefined): void {
  if (!report) return;
  changes.reports--;
  for (const term of new Set(report.terms ?? [])) changes.terms.set(term, (changes.terms.get(term) ?? 0) - 1);
}

/** Records that `report` becomes current. */
export function added(changes: CountChanges, report: Pick<StoredReport, 'terms'>): void {
  changes.reports++;
  for (const term of new Set(report.terms)) changes.terms.set(term, (changes.terms.get(term) ?? 0) + 1);
}

type CountingTx = IDBPTransaction<ParallaxDB, StoreNames<ParallaxDB>[], 'readwrite' | 'versionchange'>;

/** The counts stamp a write replaced, and the one it wrote (see keepCached). */
export interface StampChange {
  before: unknown;
  after: number;
}

/**
 * Applies the changes inside the caller's write transaction (so a failed write leaves the counts
 * as they were). A term no report carries any more is deleted, not kept at 0, so the counts store
 * stays the size of the live vocabulary.
 * @returns The stamps replaced and written, or null when the counts did not change.
 */
export async function applyChanges(tx: CountingTx, changes: CountChanges): Promise<StampChange | null> {
  const counts = tx.objectStore('termCounts');
  const meta = tx.objectStore('meta');
  const work: Promise<unknown>[] = [];
  for (const [term, delta] of changes.terms) {
    if (delta === 0) continue;
    // Requests of one transaction run in order; issuing them together saves a round trip each.
    work.push(
      counts.get(term).then(async (old): Promise<unknown> => {
        const df = (old?.df ?? 0) + delta;
        return df > 0 ? counts.put({ term, df }) : counts.delete(term);
      }),
    );
  }
  let stamp: StampChange | null = null;
  if (work.length || changes.reports !== 0) {
    const after = Math.random();
    work.push(meta.get(COUNTS_STAMP).then((before) => ((stamp = { before, after }), meta.put(after, COUNTS_STAMP))));
  }
  if (changes.reports !== 0) {
    work.push(meta.get(COUNTED_REPORTS).then((old) => meta.put(Math.max(0, (old ?? 0) + changes.reports), COUNTED_REPORTS)));
  }
  await Promise.all(work);
  return stamp;
}

/** How many reports are read per request while recounting (bounded memory on big stores). */
const RECOUNT_BATCH = 500;

/**
 * Counts every current report's terms from scratch and replaces the stored counts, in the given
 * transaction (the version-3 migration, and repair after reports were written behind the store's
 * back, e.g. by an older build or a test harness). @returns the number of reports counted.
 */
export async function recountInto(tx: CountingTx): Promise<number> {
  const reports = tx.objectStore('reports');
  const df = new Map<string, number>();
  let total = 0;
  let after: string | null = null;
  for (;;) {
    const batch: StoredReport[] = await reports.getAll(after === null ? undefined : IDBKeyRange.lowerBound(after, true), RECOUNT_BATCH);
    for (const report of batch) {
      total++;
      for (const term of new Set(report.terms ?? [])) df.set(term, (df.get(term) ?? 0) + 1);
    }
    if (batch.length < RECOUNT_BATCH) break;
    after = batch[batch.length - 1]!.id;
  }
  const counts = tx.objectStore('termCounts');
  const meta = tx.objectStore('meta');
  // Nothing to count and nothing counted (a fresh install): write nothing. A write here would be
  // the store's first, in the upgrade, where a full disk would fail the whole open.
  if (total === 0 && (await counts.count()) === 0 && ((await meta.get(COUNTED_REPORTS)) ?? 0) === 0) return 0;
  await counts.clear();
  await Promise.all([...df].map(([term, n]) => counts.put({ term, df: n })));
  await meta.put(total, COUNTED_REPORTS);
  await meta.put(Math.random(), COUNTS_STAMP);
  return total;
}

/**
 * Frequencies already read, per connection: matching one report reads the frequencies of its 40
 * candidates' terms (~800 gets, ~40 ms in Chromium), most of them read for earlier reports too.
 * Every write through this store drops the cache when it is done (invalidate) or, for a saved
 * report, applies its changes to it (keepCached); a reader only fills it if no write finished while
 * it read (the generation), so a cached value is the stored one. Writes by other means are caught by candidateIds' self-check, whose repair drops it too.
 */
interface FrequencyCache {
  generation: number;
  /** The store's stamp the cached frequencies were read under; null: not known yet. */
  stamp: number | null | undefined;
  size: number | null;
  df: Map<string, number>;
}

/** Past this many terms the cache starts again (a few MB at most). */
const CACHE_LIMIT = 100_000;
const caches = new WeakMap<Database, FrequencyCache>();

export function cacheOf(db: Database): FrequencyCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { generation: 0, stamp: null, size: null, df: new Map() }));
  return cache;
}

/** Called after every write of reports (committed or not): the cached frequencies may be wrong. */
export function invalidate(db: Database): void {
  const cache = cacheOf(db);
  cache.generation++;
  cache.stamp = null;
  cache.size = null;
  cache.df.clear();
}

/** Keeps what a reader read, unless a write finished since it began (`generation`). */
export function remember(db: Database, generation: number, read: CountsRead): void {
  const cache = cacheOf(db);
  if (cache.generation !== generation) return;
  if (cache.df.size + read.df.size > CACHE_LIMIT) cache.df.clear();
  cache.size = read.size;
  for (const [term, df] of read.df) cache.df.set(term, df);
}

/**
 * After this connection's write committed: the cache takes the write's changes instead of being
 * dropped, so the next match does not read every candidate's frequencies again (~800 gets, tens of
 * ms at 10,000 stored reports; issue 9). Only when the cache was filled under the stamp the write
 * replaced: otherwise another connection wrote in between and the cache is dropped as before.
 * A write that left the counts alone (`stamp` null: the same page again, an older copy) keeps it.
 */
export function keepCached(db: Database, changes: CountChanges, stamp: StampChange | null): void {
  if (!stamp) return;
  const cache = cacheOf(db);
  if (cache.size === null || cache.stamp !== stamp.before) return invalidate(db);
  // Readers that began before the write read the old counts: they must not fill the cache.
  cache.generation++;
  cache.stamp = stamp.after;
  cache.size = Math.max(0, cache.size + changes.reports);
  for (const [term, delta] of changes.terms) {
    const df = cache.df.get(term);
    if (df !== undefined) cache.df.set(term, Math.max(0, df + delta));
  }
}

/** One repair at a time per connection: concurrent readers that found stale counts share it. */
const repairs = new WeakMap<Database, Promise<void>>();

/** Recounts in a transaction of its own (see recountInto). */
export function repairCounts(db: Database): Promise<void> {
  let running = repairs.get(db);
  if (!running) {
    running = (async () => {
      const tx = db.transaction(['reports', 'termCounts', 'meta'], 'readwrite');
      await recountInto(tx);
      await tx.done;
    })().finally(() => {
      repairs.delete(db);
      invalidate(db);
      // Counts were stale because reports were written behind the store's back: so may be cached ones.
      clearCachedReports(db);
    });
    repairs.set(db, running);
  }
  return running;
}

type ReadStore<Name extends StoreNames<ParallaxDB>> = IDBPObjectStore<ParallaxDB, ArrayLike<StoreNames<ParallaxDB>>, Name, 'readonly'>;

/** What a reader learns from the counts in one read transaction. */
export interface CountsRead {
  /** Reports the counts describe. */
  size: number;
  df: Map<string, number>;
}

/**
 * Reads the frequencies of `terms`: one keyed get per term, whatever the store's size. (Counting
 * the reports store instead costs ~150 ms at 10,000 reports in Chromium, which walks it.)
 */
export async function readCounts(counts: ReadStore<'termCounts'>, meta: ReadStore<'meta'>, terms: Iterable<string>): Promise<CountsRead> {
  const unique = [...new Set(terms)];
  const [counted, found] = await Promise.all([meta.get(COUNTED_REPORTS), Promise.all(unique.map((term) => counts.get(term)))]);
  const df = new Map<string, number>();
  unique.forEach((term, i) => df.set(term, found[i]?.df ?? 0));
  return { size: counted ?? 0, df };
}
