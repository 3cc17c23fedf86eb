import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshName, seedReport } from './helpers';
import { candidateIds, commonBound, importAll, openReportStore, POSTINGS_BUDGET, saveReport, termStats, toStored, type Database, type CandidateQueryCost } from '../../../lib/store';
import type { StoredReport } from '../../../lib/store';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` small reports of other events: each carries ~40 terms from a Zipf-like vocabulary of 6,000
 * (a few terms in most reports, most in few), plus some of the seed report's own terms, the
 * commoner of them more often, as a busy news week would: distractors that share words with it.
 */
function distractors(n: number, seedTerms: readonly string[], rand: () => number): StoredReport[] {
  const vocabulary = Array.from({ length: 6000 }, (_, i) => `w:word${i}`);
  const out: StoredReport[] = [];
  for (let i = 0; i < n; i++) {
    const terms = new Set<string>();
    while (terms.size < 40) terms.add(vocabulary[Math.floor(vocabulary.length * rand() ** 3)]!);
    // Seed term k is in roughly 1 report in 2^(k mod 8): some nearly everywhere, some rare.
    seedTerms.forEach((term, k) => {
      if (rand() < 1 / 2 ** (k % 8)) terms.add(term);
    });
    const at = new Date(Date.UTC(2022, 0, 1) + i * 600_000).toISOString();
    const url = `https://outlet${i % 200}.example/story-${i}`;
    out.push({ id: `d${i}`, text: `Story ${i}.`, title: `Story ${i}`, outlet: `Outlet ${i % 200}`, url, canonicalUrl: url, publishedAt: at, modifiedAt: null, capturedAt: at, byline: null, lang: 'en', sentences: [], figures: [], attributions: [], schema: 2, terms: [...terms] } as unknown as StoredReport);
  }
  return out;
}

let db: Database | null = null;
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

describe('candidateIds among thousands of stored reports', () => {
  it('finds the seed pair and reads a bounded number of postings, never counting the index', async () => {
    db = await openReportStore(freshName());
    const a = seedReport(0);
    const b = seedReport(1);
    const seedTerms = toStored(a).terms;
    const many = distractors(4000, seedTerms, random(7));
    await importAll(db, { format: 'parallax-export', version: 2, exportedAt: '2026-11-20T00:00:00.000Z', reports: many, revisions: [] });
    await saveReport(db, a);
    await saveReport(db, b);

    // Count what the queries ask of the terms index: keys read, lookups, and counts.
    const index = globalThis.IDBIndex.prototype;
    let postings = 0;
    let lookups = 0;
    const getAllKeys = index.getAllKeys;
    vi.spyOn(index, 'getAllKeys').mockImplementation(function (this: IDBIndex, ...args: Parameters<IDBIndex['getAllKeys']>) {
      lookups++;
      const request = getAllKeys.apply(this, args);
      request.addEventListener('success', () => (postings += request.result.length));
      return request;
    });
    const counted = vi.spyOn(index, 'count');

    const stored = (await db.get('reports', a.id))!;
    const cost: CandidateQueryCost = { terms: 0, postings: 0 };
    const ids = await candidateIds(db, stored.terms, a.id, 40, cost);
    expect(ids[0]).toBe(b.id);
    expect(counted).not.toHaveBeenCalled();
    expect(postings).toBe(cost.postings);
    expect(lookups).toBe(cost.terms);
    expect(postings).toBeLessThanOrEqual(POSTINGS_BUDGET);

    // What reading every term's postings up to the old cutoff (a quarter of the store) would cost.
    const stats = await termStats(db, stored.terms);
    const everything = stored.terms.reduce((sum, t) => sum + Math.min(stats.df(t), stats.size / 4 + 1), 0);
    expect(stats.size).toBe(4002);
    expect(everything).toBeGreaterThan(5 * postings);
    // Terms in more reports than the bound were skipped without a lookup.
    const common = stored.terms.filter((t) => stats.df(t) > commonBound(stats.size));
    expect(common.length).toBeGreaterThan(0);
    expect(lookups).toBeLessThanOrEqual(stored.terms.length - common.length);
    expect(counted).not.toHaveBeenCalled();
  }, 60_000);
});
