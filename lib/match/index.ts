/**
 * Which reports cover the same event (issue 5).
 *
 * 1. eventTerms(report): the event signature, 40-56 prefixed strings (names, content words,
 *    figure values); the extension stores them on each report as a multiEntry IndexedDB index.
 * 2. Candidates: reports sharing terms, rare terms counting most (EventIndex in memory, or the
 *    IndexedDB index then matchAmong).
 * 3. sameEvent: weighted term overlap against a bar that rises as publication times grow apart
 *    (an anniversary piece still matches, on strong overlap); copies (one wire story, one address
 *    in two versions) always match and are marked.
 * 4. clusterReports: average-link grouping, so a distractor sharing a few words with one report
 *    of an event is not chained in.
 */
import type { Report } from '../model';
import { EventIndex, indexEntry, isCopy, type EventMatch, type IndexedReport } from './event-index';
import { daysApart, termSimilarity, thresholdFor, type TermStats } from './similarity';

export { eventTerms } from './terms';
export { EventIndex, indexEntry, isCopy } from './event-index';
export type { IndexedReport, Candidate, EventMatch } from './event-index';
export { termSimilarity, thresholdFor, daysApart, idf } from './similarity';
export type { TermStats } from './similarity';
export { minHash, overlapEstimate, areCopies, sameAddress, copyGroups, COPY_OVERLAP } from './near-duplicate';
export { bcubed } from './bcubed';

/**
 * How far two reports are past the bar for one event (negative: below it). The bar rises with
 * the time between them; copies of one story are always over it.
 */
export function eventMargin(a: Report | IndexedReport, b: Report | IndexedReport, stats?: TermStats): number {
  const ea = indexEntry(a);
  const eb = indexEntry(b);
  if (isCopy(ea, eb)) return 1;
  return termSimilarity(ea.terms, eb.terms, stats) - thresholdFor(daysApart(ea.publishedAt, eb.publishedAt));
}

/**
 * Whether two reports cover the same event. With `stats` (an EventIndex of the stored reports)
 * shared terms are weighted by their rarity; without, by their sort alone.
 */
export function sameEvent(a: Report | IndexedReport, b: Report | IndexedReport, stats?: TermStats): boolean {
  return eventMargin(a, b, stats) >= 0;
}

/**
 * The same-event test over candidates fetched elsewhere (the extension's IndexedDB multiEntry
 * index on `terms`): best first, copies marked. `stats` gives the stored document frequencies
 * (an IDB count per term, or an EventIndex).
 *
 * @example
 * const stored = await candidatesFromIdb(eventTerms(report));   // reports sharing a term
 * const same = matchAmong(report, stored, { size: total, df: (t) => counts.get(t) ?? 0 });
 */
export function matchAmong(query: Report | IndexedReport, stored: ReadonlyArray<Report | IndexedReport>, stats?: TermStats): EventMatch[] {
  const q = indexEntry(query);
  const out: EventMatch[] = [];
  for (const candidate of stored) {
    const c = indexEntry(candidate);
    if (c.id === q.id) continue;
    const copy = isCopy(q, c);
    const score = termSimilarity(q.terms, c.terms, stats);
    if (copy || score >= thresholdFor(daysApart(q.publishedAt, c.publishedAt))) out.push({ id: c.id, score, copy });
  }
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/**
 * Groups reports into events, in input order. Reports are indexed together (so a term most of
 * them share counts little), candidate pairs come from the index, and two groups merge only if
 * their reports are on average over the bar (average link): a distractor that shares a few
 * words with one report of an event is not chained in.
 */
export function clusterReports<R extends Report | IndexedReport>(reports: readonly R[]): R[][] {
  const index = new EventIndex();
  // Two inputs may share an id (one text given twice): keep them apart by position.
  const seen = new Set<string>();
  const entries = reports.map((r, i) => {
    const entry = indexEntry(r);
    const id = seen.has(entry.id) ? `${entry.id}#${i}` : entry.id;
    seen.add(id);
    return index.add(id === entry.id ? entry : { ...entry, id });
  });
  const position = new Map(entries.map((e, i) => [e.id, i]));
  const margin = new Map<string, number>();
  const key = (i: number, j: number) => (i < j ? `${i} ${j}` : `${j} ${i}`);
  const edges: Array<[number, number, number]> = [];
  entries.forEach((e, i) => {
    for (const c of index.candidates(e, 50)) {
      const j = position.get(c.id)!;
      if (j === undefined || margin.has(key(i, j))) continue;
      const m = eventMargin(e, entries[j]!, index);
      margin.set(key(i, j), m);
      edges.push([i, j, m]);
    }
  });
  const group = reports.map((_, i) => [i]);
  const home = reports.map((_, i) => i);
  const linkOf = (i: number, j: number) => margin.get(key(i, j)) ?? -thresholdFor(daysApart(entries[i]!.publishedAt, entries[j]!.publishedAt));
  edges.sort((a, b) => b[2] - a[2]);
  for (const [i, j, m] of edges) {
    if (m < 0) break;
    const gi = home[i]!;
    const gj = home[j]!;
    if (gi === gj) continue;
    let sum = 0;
    for (const p of group[gi]!) for (const q of group[gj]!) sum += linkOf(p, q);
    if (sum / (group[gi]!.length * group[gj]!.length) < 0) continue;
    for (const q of group[gj]!) home[q] = gi;
    group[gi]!.push(...group[gj]!);
    group[gj] = [];
  }
  return group
    .filter((g) => g.length)
    .map((g) => g.sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!)
    .map((g) => g.map((i) => reports[i]!));
}
