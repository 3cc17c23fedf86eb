import type { Comparison, Report } from '../model';

/** Compares one event's reports; the first is the one being read. (Placeholder: the comparison issue fills it in.) */
export function compareReports(reports: readonly Report[]): Comparison {
  return {
    reports: reports.map((r) => ({ id: r.id, outlet: r.outlet, title: r.title, publishedAt: r.publishedAt, url: r.url })),
    numbers: [],
    attributions: [],
  };
}
