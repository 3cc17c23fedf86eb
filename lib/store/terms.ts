/**
 * The event terms a report is indexed under (the `terms` multiEntry index). lib/match owns what
 * makes two reports one event; the store only keeps its terms so candidates are found without
 * reading every stored report.
 */
import type { Report } from '../model';
import { eventTerms } from '../match';

/** A report's event terms, deduplicated (multiEntry indexes want each key once). */
export function termsOf(report: Pick<Report, 'text' | 'title' | 'sentences' | 'figures' | 'outlet'>): string[] {
  return [...new Set(eventTerms(report))];
}
