import { termWeight } from './terms';

/**
 * How alike two event signatures are: weighted term overlap, each shared term counted by its
 * sort (names count twice a content word) and its rarity among the stored reports (idf, as BM25
 * computes it), then a time test whose bar rises as the reports grow apart in time.
 */

/** Document frequencies of the stored reports; without them every term is equally rare. */
export interface TermStats {
  /** How many stored reports carry the term. */
  df(term: string): number;
  /** How many reports are stored. */
  readonly size: number;
}

/** BM25's idf: rare terms count more, a term in every report still a little. */
export function idf(term: string, stats?: TermStats): number {
  if (!stats || stats.size < 3) return 1;
  const n = stats.size;
  const df = Math.min(n, Math.max(1, stats.df(term)));
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The weighted size of a signature. */
export function signatureMass(terms: readonly string[], stats?: TermStats): number {
  let mass = 0;
  for (const t of terms) mass += termWeight(t) * idf(t, stats);
  return mass;
}

/**
 * Weighted overlap of two signatures in [0, 1]: shared mass over the geometric mean of the two
 * masses (a short report is not penalised for being short, nor a long one for being long).
 */
export function termSimilarity(a: readonly string[], b: readonly string[], stats?: TermStats): number {
  const inB = new Set(b);
  let shared = 0;
  for (const t of new Set(a)) if (inB.has(t)) shared += termWeight(t) * idf(t, stats);
  const mass = Math.sqrt(signatureMass([...new Set(a)], stats) * signatureMass([...inB], stats));
  return mass > 0 ? shared / mass : 0;
}

/** Similarity two reports published together need to be the same event. */
export const SAME_EVENT_THRESHOLD = 0.12;
/**
 * How much higher the bar is per doubling of the gap beyond a few days. A slow story (an
 * anniversary, an inquiry) still matches, but only on strong overlap.
 */
const THRESHOLD_PER_DOUBLING = 0.005;
const FREE_DAYS = 3;
const MAX_THRESHOLD = 0.16;

/** Days between two publication times; 0 when either is unknown. */
export function daysApart(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return 0;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (!Number.isFinite(ta) || !Number.isFinite(tb)) return 0;
  return Math.abs(ta - tb) / 86_400_000;
}

/** The similarity two reports `days` apart need: the window grows slowly with the gap. */
export function thresholdFor(days: number): number {
  if (days <= FREE_DAYS) return SAME_EVENT_THRESHOLD;
  return Math.min(MAX_THRESHOLD, SAME_EVENT_THRESHOLD + THRESHOLD_PER_DOUBLING * Math.log2(days / FREE_DAYS));
}
