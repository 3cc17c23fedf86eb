/**
 * Same-event candidates and term statistics from the store, at a cost that does not grow with
 * the number of stored reports: each term's frequency is one keyed get (lib/store/counts.ts),
 * and postings are read only for the rarest terms, a bounded number in all. lib/match's sameEvent
 * confirms the candidates.
 */
import { idf, type TermStats } from '../match';
import { termWeight } from '../match/terms';
import type { Database } from './schema';
import { readCounts, repairCounts, type CountsRead } from './counts';

/**
 * A term carried by more than this share of the reports (and by more than MIN_COMMON reports)
 * cannot tell events apart: a week's reports of one big story share it, so do unrelated ones.
 */
export const COMMON_SHARE = 1 / 50;
export const MIN_COMMON = 64;
/**
 * At most this many postings (report ids) are read per query, rarest terms first. Rare terms
 * carry the most weight, so those past the budget would change the ranking least.
 */
export const POSTINGS_BUDGET = 2_000;

/** The most postings one term may contribute given the store's size. */
export function commonBound(size: number): number {
  return Math.max(MIN_COMMON, size * COMMON_SHARE);
}

/** Reads counts for `terms`, first repairing them if reports were written behind the store's back. */
async function freshCounts(db: Database, terms: Iterable<string>): Promise<{ read: CountsRead; tx: ReturnType<typeof open> }> {
  const list = [...terms];
  let tx = open(db);
  let read = await readCounts(tx, list);
  if (!read.fresh) {
    await tx.done;
    await repairCounts(db);
    tx = open(db);
    read = await readCounts(tx, list);
  }
  return { read, tx };
}

function open(db: Database) {
  return db.transaction(['reports', 'termCounts', 'meta']);
}

function statsOf(read: CountsRead): TermStats {
  return { size: read.size, df: (term) => read.df.get(term) ?? 0 };
}

/** What one candidate query read, for tests and the bench: postings are the costly part. */
export interface CandidateQueryCost {
  /** Terms whose postings were read. */
  terms: number;
  /** Report ids read from the terms index. */
  postings: number;
}

/**
 * Ids of stored reports sharing event terms with `terms`, the most shared weighted mass first
 * (each shared term counts by its sort and rarity, as lib/match weighs it). Terms too common to
 * discriminate are skipped without reading their postings.
 * @example
 * const ids = await candidateIds(db, stored.terms, stored.id);
 */
export async function candidateIds(db: Database, terms: readonly string[], exclude: string, limit = 40, cost?: CandidateQueryCost): Promise<string[]> {
  const { read, tx } = await freshCounts(db, terms);
  const stats = statsOf(read);
  const bound = commonBound(read.size);
  const rare = [...read.df].filter(([, df]) => df > 0 && df <= bound).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const chosen: string[] = [];
  let budget = POSTINGS_BUDGET;
  for (const [term, df] of rare) {
    if (df > budget) break;
    budget -= df;
    chosen.push(term);
  }
  const index = tx.objectStore('reports').index('terms');
  // The count can only be off if a write slipped in between; the cap keeps the read bounded anyway.
  const postings = await Promise.all(chosen.map((term) => index.getAllKeys(term, Math.ceil(bound))));
  await tx.done;
  const shared = new Map<string, number>();
  chosen.forEach((term, i) => {
    const weight = termWeight(term) * idf(term, stats);
    for (const id of postings[i]!) if (id !== exclude) shared.set(id, (shared.get(id) ?? 0) + weight);
  });
  if (cost) {
    cost.terms += chosen.length;
    cost.postings += postings.reduce((sum, ids) => sum + ids.length, 0);
  }
  return [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
}

/** Document frequencies of the given terms, so lib/match can weigh rare terms over common ones. */
export async function termStats(db: Database, terms: Iterable<string>): Promise<TermStats> {
  const { read, tx } = await freshCounts(db, terms);
  await tx.done;
  return statsOf(read);
}
