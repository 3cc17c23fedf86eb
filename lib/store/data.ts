/**
 * "Your data" on the options page: what is stored (counts, capture times, size), the full export
 * as JSON text (reports, revisions, and the settings that shape them), import from that text, and
 * deleting everything. The background passes the settings in, so the store stays free of
 * extension APIs and these run under fake-indexeddb in tests.
 */
import type { Database } from './schema';
import { clearAll, exportAll, importAll, type ExportFile, type ImportResult } from './transfer';
import { StoreError } from './errors';
import { t } from '../ui/i18n';

export interface DataSummary {
  reports: number;
  revisions: number;
  /** Capture time of the oldest and newest current report (ISO), null when there is none. */
  oldestCapture: string | null;
  newestCapture: string | null;
  /** Approximate size of what is stored: characters of export JSON (about bytes for Latin-script text). */
  bytes: number;
}

/** The settings an export carries (for the record: import leaves the reader's settings alone). */
export type ExportedSettings = Record<string, unknown>;

export interface FullExport extends ExportFile {
  settings?: ExportedSettings;
}

/** Counts and sizes every record, one read transaction (a consistent picture). */
export async function dataSummary(db: Database): Promise<DataSummary> {
  const tx = db.transaction(['reports', 'revisions']);
  const reports = tx.objectStore('reports');
  const revisions = tx.objectStore('revisions');
  // The capturedAt index is ordered: its first and last entries are the oldest and newest captures.
  const [first, last] = await Promise.all([reports.index('capturedAt').openCursor(null, 'next'), reports.index('capturedAt').openCursor(null, 'prev')]);
  const oldestCapture = first?.value.capturedAt ?? null;
  const newestCapture = last?.value.capturedAt ?? null;
  let count = 0;
  let revisionCount = 0;
  let bytes = 0;
  // Cursors, not getAll: one record in memory at a time even with thousands stored.
  for (let cursor = await reports.openCursor(); cursor; cursor = await cursor.continue()) {
    count++;
    bytes += JSON.stringify(cursor.value).length;
  }
  for (let cursor = await revisions.openCursor(); cursor; cursor = await cursor.continue()) {
    revisionCount++;
    bytes += JSON.stringify(cursor.value).length;
  }
  await tx.done;
  return { reports: count, revisions: revisionCount, oldestCapture, newestCapture, bytes };
}

/** Everything stored, as the JSON text of an export file (what the options page downloads). */
export async function exportData(db: Database, settings?: ExportedSettings, now = new Date().toISOString()): Promise<{ json: string; reports: number; revisions: number }> {
  const file: FullExport = await exportAll(db, now);
  if (settings) file.settings = settings;
  return { json: JSON.stringify(file), reports: file.reports.length, revisions: file.revisions.length };
}

/**
 * Imports the text of an export file: not JSON, not a Parallax export, or a newer store version
 * is refused with a sentence saying so, and nothing is written (importAll is one transaction).
 * @throws StoreError
 */
export async function importData(db: Database, json: string, mode: 'merge' | 'replace' = 'merge'): Promise<ImportResult> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new StoreError('invalid', t('exportNotJson'));
  }
  return importAll(db, data, mode);
}

/** Deletes every report and revision. @returns how many there were. */
export async function deleteData(db: Database): Promise<{ reports: number; revisions: number }> {
  const [reports, revisions] = await Promise.all([db.count('reports'), db.count('revisions')]);
  await clearAll(db);
  return { reports, revisions };
}
