/**
 * What clicking a piece of evidence does: in the page being read, highlight its sentence there;
 * in another outlet's report, open that report at the sentence.
 */
import type { Evidence, ReportRef } from '../model';
import { evidenceUrl } from './citation';

export type EvidenceAction =
  | { type: 'highlight'; text: string; start: number; end: number }
  | { type: 'open'; url: string }
  | { type: 'none' };

export function evidenceAction(evidence: Evidence, report: ReportRef | undefined, readingId: string | null): EvidenceAction {
  if (readingId !== null && evidence.report === readingId) {
    return { type: 'highlight', text: evidence.sentence, start: evidence.start, end: evidence.end };
  }
  // Only web addresses are opened: a stored URL comes from a page and could be "javascript:".
  if (report?.url && /^https?:\/\//i.test(report.url)) return { type: 'open', url: evidenceUrl(report.url, evidence.sentence) };
  return { type: 'none' };
}
