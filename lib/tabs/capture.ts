/**
 * The background's pipeline for one article, with every browser piece passed in:
 * analyse -> store -> same-event candidates (terms index) -> confirm (lib/match) -> compare -> state.
 */
import type { Article, Comparison, Report } from '../model';
import type { TabState } from '../protocol';
import type { IndexedReport, TermStats } from '../match';
import { candidateIds, fromStored, getStoredReports, isQuotaError, saveReport, StoreError, storeError, termStats, type Database, type SaveOutcome, type StoredReport } from '../store';
import { differencesOf } from './states';
import { t } from '../ui/i18n';

export interface PipelineDeps {
  db: Database;
  analyse: (article: Article, capturedAt: string) => Report;
  compare: (reports: readonly Report[]) => Comparison;
  sameEvent: (a: IndexedReport, b: IndexedReport, stats?: TermStats) => boolean;
  now?: () => string;
}

export interface EventView {
  /** The tab's report and the other stored reports of its event. */
  reportIds: string[];
  comparison: Comparison;
  differences: number;
}

/** Earliest first; a report without a time after those with one. */
function byPublication(a: Report, b: Report): number {
  return (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.id.localeCompare(b.id);
}

/**
 * The stored reports of the same event as `report`, compared, `report` first.
 * @example
 * const view = await eventView(db, stored, deps); badge(view.differences);
 */
export async function eventView(report: StoredReport, deps: PipelineDeps): Promise<EventView> {
  const ids = await candidateIds(deps.db, report.terms, report.id);
  const candidates = await getStoredReports(deps.db, ids);
  const stats = await termStats(deps.db, [report, ...candidates].flatMap((r) => r.terms));
  // A copy of the same page under another address is the same report, not another outlet's.
  const others = candidates.filter((c) => c.canonicalUrl !== report.canonicalUrl && deps.sameEvent(report, c, stats));
  const reports = [fromStored(report), ...others.map(fromStored).sort(byPublication)];
  const comparison = deps.compare(reports);
  return { reportIds: reports.map((r) => r.id), comparison, differences: differencesOf(comparison) };
}

/**
 * The event views of several stored reports (the tabs a restarted worker restores, the tabs an
 * event change refreshes), each report once however many tabs show it, all read concurrently:
 * IndexedDB serves read transactions in parallel, so n tabs cost about one round of lookups,
 * not n in a row. A report that fails is left out (its tab keeps what it had).
 */
export async function eventViews(reports: readonly StoredReport[], deps: PipelineDeps): Promise<Map<string, EventView>> {
  const unique = [...new Map(reports.map((r) => [r.id, r])).values()];
  const views = await Promise.allSettled(unique.map((r) => eventView(r, deps)));
  const out = new Map<string, EventView>();
  views.forEach((view, i) => {
    if (view.status === 'fulfilled') out.set(unique[i]!.id, view.value);
    else console.warn('[parallax] could not compare report', unique[i]!.id, view.reason);
  });
  return out;
}

export interface Captured {
  state: Extract<TabState, { status: 'article' }>;
  outcome: SaveOutcome;
  /** Ids of the event's reports (to refresh other tabs showing them). */
  reportIds: string[];
}

/** Analyses, stores and compares one article. @throws StoreError when it cannot be stored. */
export async function captureArticle(article: Article, deps: PipelineDeps): Promise<Captured> {
  const now = deps.now?.() ?? new Date().toISOString();
  const report = deps.analyse(article, now);
  const saved = await saveReport(deps.db, report, now);
  const view = await eventView(saved.current, deps);
  return {
    outcome: saved.outcome,
    reportIds: view.reportIds,
    state: { status: 'article', url: article.url, reportId: saved.current.id, comparison: view.comparison, differences: view.differences, gathering: null },
  };
}

/** The state a failure leaves the tab in: always said, never silent. */
export function failureState(url: string | null, error: unknown): Extract<TabState, { status: 'error' }> {
  // The quota may also be hit while opening the store, before any write could wrap the error.
  const full = error instanceof StoreError ? error.kind === 'quota' : isQuotaError(error);
  if (full) return { status: 'error', url, message: storeError(error, 'saving this report').message, problem: 'storage-full' };
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 'error', url, message: t('analyseFailed', [detail]) };
}
