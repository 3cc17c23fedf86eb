/**
 * The comparison arranged for reading: the event's best title, the reports on a timeline, counts
 * of differences, and items split into what differs, what agrees and what only one report has.
 */
import type { Comparison, DifferenceKind, ItemStatus, ReportRef } from '../model';
import { parseTime } from './format';
import { isDifference } from '../compare/differences';

/** Every difference kind, in the order the legend lists them. */
export const DIFFERENCE_KINDS: readonly DifferenceKind[] = ['value', 'update', 'hedge', 'only', 'source', 'cue', 'stance', 'quote', 'term'];

/**
 * The title that best names the event: the one sharing most words with the other titles (an
 * outlet's own slant shares least), the reader's own report winning ties.
 */
export function bestTitle(reports: readonly ReportRef[]): string {
  const titled = reports.filter((r) => r.title.trim());
  if (titled.length === 0) return '';
  const words = titled.map((r) => new Set(r.title.toLocaleLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []));
  let best = 0;
  let bestScore = -1;
  words.forEach((mine, i) => {
    let shared = 0;
    words.forEach((theirs, j) => {
      if (i !== j) for (const w of mine) if (theirs.has(w)) shared++;
    });
    // Normalised by length so that a long title does not win by having more words.
    const score = shared / Math.sqrt(mine.size || 1);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return titled[best]!.title.trim();
}

export interface TimelineEntry {
  report: ReportRef;
  time: number | null;
  /** Position on the timeline, 0 (first) to 1 (last); null when the time is unknown. */
  position: number | null;
  /** The report of the page being read. */
  reading: boolean;
}

/** Reports in publication order (unknown times last), placed on a 0..1 line. */
export function timeline(reports: readonly ReportRef[]): TimelineEntry[] {
  const entries = reports.map((report, i) => ({ report, time: parseTime(report.publishedAt), position: null as number | null, reading: i === 0 }));
  const times = entries.flatMap((e) => (e.time === null ? [] : [e.time]));
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  for (const e of entries) if (e.time !== null) e.position = span > 0 ? (e.time - first) / span : 0.5;
  return entries.sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity));
}

export interface DifferenceCounts {
  figures: number;
  attributions: number;
  total: number;
  byKind: Partial<Record<DifferenceKind, number>>;
}

export { isDifference } from '../compare/differences';

export function differenceCounts(comparison: Comparison): DifferenceCounts {
  const byKind: Partial<Record<DifferenceKind, number>> = {};
  const reportCount = comparison.reports.length;
  const count = (items: ReadonlyArray<{ status: ItemStatus; kinds: DifferenceKind[] }>) => {
    let n = 0;
    for (const item of items) {
      if (!isDifference(item, reportCount)) continue;
      n++;
      for (const kind of new Set(item.kinds)) byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
    return n;
  };
  const figures = count(comparison.numbers);
  const attributions = count(comparison.attributions);
  return { figures, attributions, total: figures + attributions, byKind };
}

export interface SplitItems<T> {
  differs: T[];
  agrees: T[];
  single: T[];
}

/**
 * How much a kind of difference matters to a reader checking facts, most first: contradicting
 * values, then what one outlet alone says, who is credited, how sure, how it is framed.
 */
const SEVERITY: readonly DifferenceKind[] = ['value', 'only', 'source', 'update', 'hedge', 'cue', 'stance', 'quote', 'term'];

/** Differences in order of their most serious kind; the comparison's order within a kind. */
export function bySeverity<T extends { kinds: readonly DifferenceKind[] }>(items: readonly T[]): T[] {
  const rank = (item: T) => Math.min(...item.kinds.map((k) => (SEVERITY.includes(k) ? SEVERITY.indexOf(k) : SEVERITY.length)), SEVERITY.length);
  return items.map((item, i) => ({ item, i, r: rank(item) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.item);
}

/**
 * Splits items into differences (see isDifference; most serious first), agreements and the rest
 * (nothing to compare), in the comparison's order otherwise.
 */
export function splitByStatus<T extends { status: ItemStatus; kinds: DifferenceKind[] }>(items: readonly T[], reportCount: number): SplitItems<T> {
  const split: SplitItems<T> = { differs: [], agrees: [], single: [] };
  for (const item of items) split[isDifference(item, reportCount) ? 'differs' : item.status].push(item);
  split.differs = bySeverity(split.differs);
  return split;
}

/** The reports in an item's mentions, in comparison order, with the reports that lack it. */
export function coverage<M extends { report: string }>(mentions: readonly M[], reports: readonly ReportRef[]) {
  const present: Array<{ report: ReportRef; mentions: M[] }> = [];
  const missing: ReportRef[] = [];
  for (const report of reports) {
    const mine = mentions.filter((m) => m.report === report.id);
    if (mine.length) present.push({ report, mentions: mine });
    else missing.push(report);
  }
  return { present, missing };
}
