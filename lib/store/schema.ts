/**
 * The IndexedDB schema of the stored reports, versioned. Each migration moves a database from one
 * version to the next inside the browser's upgrade transaction, so a database written by any earlier
 * version is read intact by this one (tests/lib/store/migrations.test.ts opens a stored version-1
 * fixture). Never edit a released migration: add the next one.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Report } from '../model';
import { termsOf } from './terms';
import { recountInto } from './counts';

export const DB_NAME = 'parallax';
export const DB_VERSION = 3;

/** A report as stored: the report plus its event terms (a multiEntry index finds same-event candidates). */
export interface StoredReport extends Report {
  terms: string[];
}

/** An earlier version of a report, kept when a later version of the same address replaced it. */
export interface Revision {
  /** `${reportId}@${capturedAt}`: unique per captured version. */
  revisionId: string;
  reportId: string;
  /** When the later version replaced this one. */
  replacedAt: string;
  report: StoredReport;
}

export interface ParallaxDB extends DBSchema {
  reports: {
    key: string;
    value: StoredReport;
    indexes: { canonicalUrl: string; publishedAt: string; capturedAt: string; terms: string };
  };
  revisions: {
    key: string;
    value: Revision;
    indexes: { reportId: string; replacedAt: string };
  };
  /** How many current reports carry each event term (lib/store/counts.ts). */
  termCounts: {
    key: string;
    value: TermCount;
  };
  /** Store-wide numbers, by name; 'reports' is how many reports the term counts describe. */
  meta: {
    key: string;
    value: number;
  };
}

/** A term's document frequency among the current reports. */
export interface TermCount {
  term: string;
  df: number;
}

export type Database = IDBPDatabase<ParallaxDB>;
type UpgradeTx = IDBPTransaction<ParallaxDB, StoreNames<ParallaxDB>[], 'versionchange'>;

/**
 * Migrations by the version they create. Typed loosely on purpose: version 1 predates the
 * indexes and stores the current ParallaxDB type names.
 */
export const MIGRATIONS: Record<number, (db: IDBPDatabase<any>, tx: IDBPTransaction<any, any, 'versionchange'>) => Promise<void> | void> = {
  // Version 1 (the first release): reports by id, looked up by canonical address.
  1(db) {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('canonicalUrl', 'canonicalUrl');
  },
  // Version 2: revisions kept apart, time indexes for pruning and listing, and the event terms
  // index; every version-1 report gets its terms computed here.
  async 2(db, tx) {
    const revisions = db.createObjectStore('revisions', { keyPath: 'revisionId' });
    revisions.createIndex('reportId', 'reportId');
    revisions.createIndex('replacedAt', 'replacedAt');
    const reports = tx.objectStore('reports');
    reports.createIndex('publishedAt', 'publishedAt');
    reports.createIndex('capturedAt', 'capturedAt');
    reports.createIndex('terms', 'terms', { multiEntry: true });
    for (let cursor = await reports.openCursor(); cursor; cursor = await cursor.continue()) {
      const report = cursor.value as Report & { terms?: string[] };
      if (!Array.isArray(report.terms)) await cursor.update({ ...report, terms: termsOf(report) });
    }
  },
  // Version 3: each term's document frequency and the number of reports, kept beside the reports
  // so matching reads a frequency with one get instead of counting the terms index; the counts
  // of the reports already stored are computed here.
  async 3(db, tx) {
    db.createObjectStore('termCounts', { keyPath: 'term' });
    db.createObjectStore('meta');
    await recountInto(tx);
  },
};

/** Runs the migrations from `oldVersion` up to `newVersion`, in order, in the upgrade transaction. */
export async function migrate(db: IDBPDatabase<any>, tx: IDBPTransaction<any, any, 'versionchange'>, oldVersion: number, newVersion: number): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration to version ${version} of the report store.`);
    await step(db, tx);
  }
}

/**
 * Opens (creating or upgrading) the report store.
 * @example
 * const db = await openReportStore();
 * await saveReport(db, report);
 */
export async function openReportStore(name = DB_NAME, version = DB_VERSION, options: { onClose?: () => void } = {}): Promise<Database> {
  // Why a migration failed: the open itself only reports that the upgrade was aborted, and a
  // full disk must still read as one (errors.ts) so the reader is offered pruning.
  let failure: unknown = null;
  const opening = openDB<ParallaxDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // A full disk may also show only when the upgrade commits: its error says so.
      tx.done.catch(() => (failure ??= tx.error));
      // idb awaits nothing here; the migrations only await requests of this same transaction.
      void migrate(db, tx as UpgradeTx, oldVersion, newVersion ?? version).catch((error: unknown) => {
        console.error('[parallax] store migration failed', error);
        failure = error;
        try {
          tx.abort();
        } catch {
          // The failed request already aborted it.
        }
      });
    },
    blocking() {
      // Another context (a newer extension version) wants to upgrade: let it, rather than block it.
      db.close();
      options.onClose?.();
    },
    terminated() {
      // The browser closed the connection (storage cleared, disk error): open again on next use.
      options.onClose?.();
    },
  });
  const db: Database = await opening.catch((error: unknown) => {
    throw failure ?? error;
  });
  return db;
}
