/**
 * Export and import of everything stored, as one JSON document. Import treats the file as
 * untrusted: every record is checked, records of an older format get the fields their migrations
 * add, and the whole import is one transaction (all records or none).
 */
import * as v from 'valibot';
import type { Database, Revision, StoredReport } from './schema';
import { DB_VERSION } from './schema';
import { termsOf } from './terms';
import { abortQuietly } from './reports';
import { added, applyChanges, invalidate, noChanges, removed } from './counts';
import { clearCachedReports } from './report-cache';
import { StoreError, storeError } from './errors';
import { t } from '../ui/i18n';

export const EXPORT_FORMAT = 'parallax-export';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  /** The store version the file was written by. */
  version: number;
  exportedAt: string;
  reports: StoredReport[];
  revisions: Revision[];
}

export async function exportAll(db: Database, now = new Date().toISOString()): Promise<ExportFile> {
  const tx = db.transaction(['reports', 'revisions']);
  const reports = await tx.objectStore('reports').getAll();
  const revisions = await tx.objectStore('revisions').getAll();
  await tx.done;
  return { format: EXPORT_FORMAT, version: DB_VERSION, exportedAt: now, reports, revisions };
}

/** The fields every stored report must have; the rest is kept as it is (loose: later fields survive). */
const reportSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  text: v.string(),
  title: v.string(),
  outlet: v.string(),
  capturedAt: v.pipe(v.string(), v.isoTimestamp()),
  canonicalUrl: v.nullable(v.string()),
  url: v.nullable(v.string()),
  publishedAt: v.nullable(v.string()),
  modifiedAt: v.nullable(v.string()),
  sentences: v.array(v.looseObject({ start: v.number(), end: v.number() })),
  figures: v.array(v.looseObject({})),
  attributions: v.array(v.looseObject({})),
  schema: v.number(),
  terms: v.optional(v.array(v.string())),
});
const revisionSchema = v.looseObject({
  revisionId: v.string(),
  reportId: v.string(),
  replacedAt: v.pipe(v.string(), v.isoTimestamp()),
  report: reportSchema,
});
const fileSchema = v.looseObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  reports: v.array(reportSchema),
  revisions: v.optional(v.array(revisionSchema), []),
});

/** Version-1 files have no terms: add them as migration 2 does. */
function upgradeReport(report: v.InferOutput<typeof reportSchema>): StoredReport {
  const stored = report as unknown as StoredReport;
  return Array.isArray(report.terms) ? stored : { ...stored, terms: termsOf(stored) };
}

export interface ImportResult {
  reports: number;
  revisions: number;
}

/**
 * Imports an export file. `replace` clears the store first; `merge` overwrites same-id records.
 * @throws StoreError ('invalid' for a file that is not a Parallax export, 'quota' when full).
 */
export async function importAll(db: Database, data: unknown, mode: 'merge' | 'replace' = 'merge'): Promise<ImportResult> {
  const parsed = v.safeParse(fileSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new StoreError('invalid', t('exportInvalid', [v.getDotPath(issue) ?? 'file', issue.message]));
  }
  if (parsed.output.version > DB_VERSION) {
    throw new StoreError('invalid', t('exportNewer', [parsed.output.version]));
  }
  const reports = parsed.output.reports.map(upgradeReport);
  const revisions = parsed.output.revisions.map((r) => ({ ...r, report: upgradeReport(r.report) }) as Revision);
  const tx = db.transaction(['reports', 'revisions', 'termCounts', 'meta'], 'readwrite');
  try {
    if (mode === 'replace') {
      await tx.objectStore('reports').clear();
      await tx.objectStore('revisions').clear();
      await tx.objectStore('termCounts').clear();
      await tx.objectStore('meta').clear();
    }
    // Counted once at the end: a merge may overwrite a stored report (its terms leave) and a
    // file may hold one id twice (the later record wins, as the puts do).
    const changes = noChanges();
    for (const report of reports) {
      removed(changes, await tx.objectStore('reports').get(report.id));
      await tx.objectStore('reports').put(report);
      added(changes, report);
    }
    for (const revision of revisions) await tx.objectStore('revisions').put(revision);
    await applyChanges(tx, changes);
    await tx.done;
  } catch (error) {
    abortQuietly(tx);
    throw storeError(error, 'importing the file');
  } finally {
    // Committed or not, frequencies read before this write may be out of date.
    invalidate(db);
    clearCachedReports(db);
  }
  return { reports: reports.length, revisions: revisions.length };
}

/** Deletes everything stored (the options page's "delete all"). */
export async function clearAll(db: Database): Promise<void> {
  const tx = db.transaction(['reports', 'revisions', 'termCounts', 'meta'], 'readwrite');
  try {
    await Promise.all([tx.objectStore('reports').clear(), tx.objectStore('revisions').clear(), tx.objectStore('termCounts').clear(), tx.objectStore('meta').clear(), tx.done]);
  } finally {
    invalidate(db);
    clearCachedReports(db);
  }
}
