/**
 * Same-event candidates and term statistics from the store, at a cost that does not grow with
 * the number of stored reports: each term's frequency is one keyed get (lib/store/counts.ts),
 * and postings are read only for the rarest terms, a bounded number in all. lib/match's sameEvent
 * confirms the candidates.
 */
import { idf, type TermStats } from '../match';
import { termWeight } from '../match/terms';
import type { Database } from './schema';
import { cacheOf, COUNTS_STAMP, invalidate, readCounts, remember, repairCounts, type CountsRead } from './counts';

/**
 * A term carried by more than this share of the reports (and by more than MIN_COMMON reports)
 * cannot tell events apart: a week's reports of one big story share it, so do unrelated ones.
 */
export const COMMON_SHARE = 1 / 50;
export const MIN_COMMON = 64;
/**
 * At most this many postings (report ids) are read per query, rarest terms first. Rare terms
 * carry the most weight, so those past the budget would change the ranking least. On the bench's
 * synthetic store of 10,000 reports (bench/synthetic.ts, 271 queries, 774 same-event pairs) 800
 * keeps 99.9% of the pairs among the 40 candidates (2,000: 100%, 400: 99.4%), and in Chromium
 * each posting read costs about 0.03 ms.
 */
export const POSTINGS_BUDGET = 800;

/** The most postings one term may contribute given the store's size. */
export function commonBound(size: number): number {
  return Math.max(MIN_COMMON, size * COMMON_SHARE);
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

interface Lookup {
  read: CountsRead;
  postings: Array<[term: string, ids: string[]]>;
  /** A term's postings disagree with its count: reports were written behind the store's back. */
  stale: boolean;
}

/** Counts, then the postings of the rarest terms within the budget, in one read transaction. */
async function lookUp(db: Database, terms: readonly string[], cost?: CandidateQueryCost): Promise<Lookup> {
  const tx = db.transaction(['reports', 'termCounts', 'meta']);
  // Read from the store, not the cache: these counts are checked against the postings below.
  const read = await readCounts(tx.objectStore('termCounts'), tx.objectStore('meta'), terms);
  const bound = commonBound(read.size);
  const rare = [...read.df].filter(([, df]) => df > 0 && df <= bound).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const chosen: Array<[string, number]> = [];
  let budget = POSTINGS_BUDGET;
  for (const [term, df] of rare) {
    if (df > budget) break;
    budget -= df;
    chosen.push([term, df]);
  }
  const index = tx.objectStore('reports').index('terms');
  // One more than the count allows, so that postings the counts miss show (self-checking counts).
  const lists = await Promise.all(chosen.map(([term, df]) => index.getAllKeys(term, df + 1)));
  await tx.done;
  if (cost) {
    cost.terms += chosen.length;
    cost.postings += lists.reduce((sum, ids) => sum + ids.length, 0);
  }
  const stale = chosen.some(([, df], i) => lists[i]!.length !== df);
  return { read, postings: chosen.map(([term], i) => [term, lists[i]!]), stale };
}

/**
 * Ids of stored reports sharing event terms with `terms`, the most shared weighted mass first
 * (each shared term counts by its sort and rarity, as lib/match weighs it). Terms too common to
 * discriminate are skipped without reading their postings. Counts found to disagree with the
 * index (reports written by an older build or a harness, not through this store) are recounted
 * once and the query asked again.
 * @example
 * const ids = await candidateIds(db, stored.terms, stored.id);
 */
export async function candidateIds(db: Database, terms: readonly string[], exclude: string, limit = 40, cost?: CandidateQueryCost): Promise<string[]> {
  let found = await lookUp(db, terms, cost);
  if (found.stale) {
    await repairCounts(db);
    found = await lookUp(db, terms, cost);
  }
  const stats = statsOf(found.read);
  const shared = new Map<string, number>();
  for (const [term, ids] of found.postings) {
    const weight = termWeight(term) * idf(term, stats);
    for (const id of ids) if (id !== exclude) shared.set(id, (shared.get(id) ?? 0) + weight);
  }
  return [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
}

/**
 * Document frequencies of the given terms, so lib/match can weigh rare terms over common ones.
 * Terms read before (and not changed since) come from the connection's cache.
 */
export async function termStats(db: Database, terms: Iterable<string>): Promise<TermStats> {
  const unique = [...new Set(terms)];
  const cache = cacheOf(db);
  const tx = db.transaction(['termCounts', 'meta']);
  const stamp = await tx.objectStore('meta').get(COUNTS_STAMP);
  // Written since the cache was filled (by this connection or another): start it again.
  if (cache.stamp !== stamp) invalidate(db);
  const generation = cache.generation;
  const cachedSize = cache.size;
  const known = new Map<string, number>();
  if (cachedSize !== null) for (const term of unique) if (cache.df.has(term)) known.set(term, cache.df.get(term)!);
  if (cachedSize !== null && known.size === unique.length) {
    await tx.done;
    return statsOf({ size: cachedSize, df: known });
  }
  const read = await readCounts(tx.objectStore('termCounts'), tx.objectStore('meta'), unique.filter((term) => !known.has(term)));
  await tx.done;
  if (cache.generation !== generation) {
    // A write of this connection finished while reading: read it all again.
    return statsOf(await readFromStore(db, unique));
  }
  cache.stamp = stamp;
  remember(db, generation, read);
  for (const [term, df] of known) read.df.set(term, df);
  return statsOf(read);
}

async function readFromStore(db: Database, terms: string[]): Promise<CountsRead> {
  const tx = db.transaction(['termCounts', 'meta']);
  const read = await readCounts(tx.objectStore('termCounts'), tx.objectStore('meta'), terms);
  await tx.done;
  return read;
}
