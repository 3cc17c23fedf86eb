import type { Report } from '../model';

/** Whether two reports cover the same event. (Placeholder: the matching issue fills it in.) */
export function sameEvent(a: Report, b: Report): boolean {
  void a; void b;
  return true;
}

/** Groups reports into events, in input order. */
export function clusterReports(reports: readonly Report[]): Report[][] {
  const clusters: Report[][] = [];
  for (const report of reports) {
    const home = clusters.find((c) => sameEvent(c[0]!, report));
    if (home) home.push(report);
    else clusters.push([report]);
  }
  return clusters;
}
