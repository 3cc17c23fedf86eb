/**
 * Reports in the store: save (one per canonical address, earlier versions kept as revisions),
 * read, forget, find same-event candidates through the terms index, and prune by age.
 * Every write is one transaction: it happens entirely or not at all, term counts included.
 */
import type { Report } from '../model';
import type { Database, Revision, StoredReport } from './schema';
import { termsOf } from './terms';
import { storeError } from './errors';
import { added, applyChanges, invalidate, keepCached, noChanges, removed, type StampChange } from './counts';
import { cachedReport, cacheReport, clearCachedReports, dropCachedReports, readGeneration } from './report-cache';

/** The stores every write of current reports touches: the term counts change with them. */
const WRITE_STORES = ['reports', 'revisions', 'termCounts', 'meta'] as const;

export type SaveOutcome = 'new' | 'replaced' | 'unchanged' | 'older';

export interface SaveResult {
  outcome: SaveOutcome;
  /** The report now current for the address. */
  current: StoredReport;
}

type Versioned = Pick<Report, 'modifiedAt' | 'publishedAt' | 'capturedAt'>;

/**
 * Whether `a` is an earlier version than `b`: by the pages' own update (else publication) times
 * when both give one, else by when they were captured. Mixing the two kinds of time would compare
 * a 2022 article date with a capture made today.
 */
export function isEarlierVersion(a: Versioned, b: Versioned): boolean {
  const pageA = a.modifiedAt ?? a.publishedAt;
  const pageB = b.modifiedAt ?? b.publishedAt;
  if (pageA && pageB && pageA !== pageB) return pageA < pageB;
  return a.capturedAt < b.capturedAt;
}

export function toStored(report: Report): StoredReport {
  return { ...report, terms: termsOf(report) };
}

/** A stored report without the store's own fields. */
export function fromStored(stored: StoredReport): Report {
  const { terms, ...report } = stored;
  void terms;
  return report;
}

function revisionOf(report: StoredReport, replacedAt: string): Revision {
  return { revisionId: `${report.id}@${report.capturedAt}`, reportId: report.id, replacedAt, report };
}

/**
 * Saves a report. The same address seen again with the same text changes nothing; with a new
 * text the later version (by its update time) becomes current and the other is kept as a revision.
 * @throws StoreError ('quota' when the browser's storage is full; nothing is half-written).
 */
export async function saveReport(db: Database, report: Report, now = new Date().toISOString()): Promise<SaveResult> {
  const incoming = toStored(report);
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const changes = noChanges();
  /** Set once the write committed: the counts stamps it replaced and wrote (null: counts untouched). */
  let committed: { stamp: StampChange | null } | null = null;
  let previousId: string | undefined;
  try {
    const reports = tx.objectStore('reports');
    const revisions = tx.objectStore('revisions');
    // The same address may be stored under another id (written by an older version or imported).
    let previous = await reports.get(incoming.id);
    if (!previous && incoming.canonicalUrl) previous = await reports.index('canonicalUrl').get(incoming.canonicalUrl);
    previousId = previous?.id;
    let result: SaveResult;
    if (!previous) {
      await reports.put(incoming);
      added(changes, incoming);
      result = { outcome: 'new', current: incoming };
    } else if (previous.text === incoming.text && previous.title === incoming.title) {
      result = { outcome: 'unchanged', current: previous };
    } else if (isEarlierVersion(incoming, previous)) {
      // An older copy (a feed lagging behind the page): keep it as history, the current stays.
      await revisions.put(revisionOf(incoming, now));
      result = { outcome: 'older', current: previous };
    } else {
      await revisions.put(revisionOf(previous, now));
      if (previous.id !== incoming.id) await reports.delete(previous.id);
      await reports.put(incoming);
      removed(changes, previous);
      added(changes, incoming);
      result = { outcome: 'replaced', current: incoming };
    }
    const stamp = await applyChanges(tx, changes);
    await tx.done;
    committed = { stamp };
    return result;
  } catch (error) {
    abortQuietly(tx);
    throw storeError(error, 'saving this report');
  } finally {
    // Committed: the cached frequencies take its changes. Not committed: whatever a failed write
    // left, the cache starts again.
    if (committed) keepCached(db, changes, committed.stamp);
    else invalidate(db);
    dropCachedReports(db, [incoming.id, previousId]);
  }
}

/** Takes back a failed write; its `done` promise then rejects, which is expected and handled here. */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser: nothing was committed past the failure.
  }
}

export async function getReport(db: Database, id: string): Promise<Report | null> {
  const stored = await db.get('reports', id);
  return stored ? fromStored(stored) : null;
}

/** Stored reports by id, in the order asked (missing ones left out); recently read ones from memory. */
export async function getStoredReports(db: Database, ids: readonly string[]): Promise<StoredReport[]> {
  const found = ids.map((id) => cachedReport(db, id));
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length) {
    const generation = readGeneration(db);
    const tx = db.transaction('reports');
    const read = await Promise.all(missing.map((id) => tx.store.get(id)));
    await tx.done;
    const byId = new Map(read.flatMap((r) => (r ? [[r.id, r] as const] : [])));
    ids.forEach((id, i) => (found[i] ??= byId.get(id)));
    for (const report of byId.values()) cacheReport(db, report, generation);
  }
  return found.filter((r): r is StoredReport => !!r);
}

export async function getRevisions(db: Database, reportId: string): Promise<Revision[]> {
  const list = await db.getAllFromIndex('revisions', 'reportId', reportId);
  return list.sort((a, b) => a.replacedAt.localeCompare(b.replacedAt));
}

/** Forgets a report and all its revisions. @returns whether there was one. */
export async function forgetReport(db: Database, id: string): Promise<boolean> {
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  try {
    const existing = await tx.objectStore('reports').get(id);
    await tx.objectStore('reports').delete(id);
    for (const key of await tx.objectStore('revisions').index('reportId').getAllKeys(id)) await tx.objectStore('revisions').delete(key);
    const changes = noChanges();
    removed(changes, existing);
    await applyChanges(tx, changes);
    await tx.done;
    return !!existing;
  } catch (error) {
    abortQuietly(tx);
    throw storeError(error, 'forgetting this report');
  } finally {
    // Committed or not, frequencies read before this write may be out of date.
    invalidate(db);
    dropCachedReports(db, [id]);
  }
}

/**
 * Removes reports captured before `days` days ago, with their revisions, and revisions replaced
 * that long ago. 0 days keeps everything. @returns how many reports were removed.
 */
export async function pruneReports(db: Database, days: number, now = Date.now()): Promise<number> {
  if (!(days > 0)) return 0;
  const before = new Date(now - days * 86_400_000).toISOString();
  const range = IDBKeyRange.upperBound(before, true);
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  try {
    const reports = tx.objectStore('reports');
    const revisions = tx.objectStore('revisions');
    // The reports themselves, not only their keys: their terms leave the counts with them.
    const old = await reports.index('capturedAt').getAll(range);
    const changes = noChanges();
    for (const report of old) {
      await reports.delete(report.id);
      removed(changes, report);
      for (const key of await revisions.index('reportId').getAllKeys(report.id)) await revisions.delete(key);
    }
    for (const key of await revisions.index('replacedAt').getAllKeys(range)) await revisions.delete(key);
    await applyChanges(tx, changes);
    await tx.done;
    return old.length;
  } catch (error) {
    abortQuietly(tx);
    throw storeError(error, 'removing old reports');
  } finally {
    // Committed or not, frequencies read before this write may be out of date.
    invalidate(db);
    clearCachedReports(db);
  }
}

export async function countReports(db: Database): Promise<number> {
  return db.count('reports');
}
