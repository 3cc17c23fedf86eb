/**
 * Reports read lately, per connection: matching a page reads its ~40 same-event candidates whole
 * (~20-30 ms at 10,000 stored reports in Chromium), and the same candidates come back when the
 * page is read again or its event is refreshed. A few dozen are kept, the latest used last, so
 * the worker's memory stays bounded. Every write through this store forgets what it may have
 * changed (drop, or clear for bulk writes); callers get copies, so nothing they do to a report
 * reaches the cache.
 */
import type { Database, StoredReport } from './schema';

/** About one event's candidates (40) and the tab's own reports. */
export const CACHED_REPORTS = 48;

interface ReportCache {
  /** Bumped by every drop or clear: a read that began before a write must not fill the cache. */
  generation: number;
  reports: Map<string, StoredReport>;
}

const caches = new WeakMap<Database, ReportCache>();

function stateOf(db: Database): ReportCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { generation: 0, reports: new Map() }));
  return cache;
}

const cacheOf = (db: Database) => stateOf(db).reports;

/** To pass to cacheReport: what the cache looked like when a read began. */
export function readGeneration(db: Database): number {
  return stateOf(db).generation;
}

/** A copy of the cached report, or undefined. A hit moves it to the back (latest used). */
export function cachedReport(db: Database, id: string): StoredReport | undefined {
  const cache = cacheOf(db);
  const report = cache.get(id);
  if (!report) return undefined;
  cache.delete(id);
  cache.set(id, report);
  return structuredClone(report);
}

/**
 * Keeps a copy of a report just read, unless a write finished since the read began (`generation`
 * from readGeneration): the read may be of before it. The least recently used goes past the limit.
 */
export function cacheReport(db: Database, report: StoredReport, generation: number): void {
  if (stateOf(db).generation !== generation) return;
  const cache = cacheOf(db);
  cache.delete(report.id);
  cache.set(report.id, structuredClone(report));
  while (cache.size > CACHED_REPORTS) cache.delete(cache.keys().next().value!);
}

/** A write changed or removed these reports. */
export function dropCachedReports(db: Database, ids: Iterable<string | undefined>): void {
  stateOf(db).generation++;
  const cache = cacheOf(db);
  for (const id of ids) if (id !== undefined) cache.delete(id);
}

/** A bulk write (prune, import, delete all, recount): nothing cached is trusted. */
export function clearCachedReports(db: Database): void {
  stateOf(db).generation++;
  cacheOf(db).clear();
}
