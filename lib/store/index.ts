/**
 * The report store (IndexedDB): versioned schema, reports with revisions, the event-terms index,
 * pruning by age, export and import. Knows nothing of analysis beyond the report's shape.
 */
export { DB_NAME, DB_VERSION, MIGRATIONS, openReportStore, migrate } from './schema';
export type { Database, ParallaxDB, Revision, StoredReport, TermCount } from './schema';
export { saveReport, getReport, getStoredReports, getRevisions, forgetReport, pruneReports, countReports, toStored, fromStored } from './reports';
export { candidateIds, termStats, commonBound, POSTINGS_BUDGET } from './candidates';
export type { CandidateQueryCost } from './candidates';
export { repairCounts } from './counts';
export type { SaveOutcome, SaveResult } from './reports';
export { exportAll, importAll, clearAll, EXPORT_FORMAT } from './transfer';
export type { ExportFile, ImportResult } from './transfer';
export { StoreError, isQuotaError, storeError } from './errors';
export type { StoreErrorKind } from './errors';
export { termsOf } from './terms';
