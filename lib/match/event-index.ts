import type { Report } from '../model';
import { eventTerms, termWeight } from './terms';
import { idf, signatureMass, termSimilarity, thresholdFor, daysApart, type TermStats } from './similarity';
import { minHash, overlapEstimate, COPY_OVERLAP, sameAddress } from './near-duplicate';

/**
 * An in-memory inverted index of event signatures: term -> the reports carrying it. The same
 * code runs in Node (the command, the bench) and backs the extension's IndexedDB index, which
 * stores the same `terms` per report as a multiEntry index.
 */

/** What the index keeps of a report. */
export interface IndexedReport {
  id: string;
  terms: readonly string[];
  publishedAt: string | null;
  canonicalUrl?: string | null;
  url?: string | null;
  /** MinHash of the text, for copies. */
  signature?: Uint32Array;
}

export interface Candidate {
  id: string;
  score: number;
}

export interface EventMatch extends Candidate {
  /** The two reports are copies of one story (wire republication or two versions of one address). */
  copy: boolean;
}

/**
 * Terms carried by more than this share of the reports ("e:florida" in a year of hurricane
 * news) only add noise to the candidate search and most of its cost; the rarer terms of the
 * same event still find its reports (bench: the same matches as a full scan at 10,000 reports).
 */
const MAX_DF_SHARE = 0.05;
const MIN_DF_CUTOFF = 64;

/** Turns a report into what the index keeps. */
export function indexEntry(report: Report | IndexedReport): IndexedReport {
  if ('terms' in report && Array.isArray(report.terms)) return report as IndexedReport;
  const r = report as Report;
  return { id: r.id, terms: eventTerms(r), publishedAt: r.publishedAt, canonicalUrl: r.canonicalUrl, url: r.url, signature: minHash(r.text) };
}

export class EventIndex implements TermStats {
  private readonly postings = new Map<string, number[]>();
  private readonly docs: Array<IndexedReport | null> = [];
  private readonly slot = new Map<string, number>();
  private scores = new Float64Array(0);

  get size(): number {
    return this.slot.size;
  }

  df(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  has(id: string): boolean {
    return this.slot.has(id);
  }

  get(id: string): IndexedReport | undefined {
    const i = this.slot.get(id);
    return i === undefined ? undefined : this.docs[i] ?? undefined;
  }

  /** Adds (or replaces) a report. */
  add(report: Report | IndexedReport): IndexedReport {
    const entry = indexEntry(report);
    if (this.slot.has(entry.id)) this.remove(entry.id);
    const i = this.docs.length;
    this.docs.push(entry);
    this.slot.set(entry.id, i);
    for (const t of new Set(entry.terms)) {
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = []));
      list.push(i);
    }
    return entry;
  }

  /** Removes a report; its postings go at once so that document frequencies stay true. */
  remove(id: string): boolean {
    const i = this.slot.get(id);
    if (i === undefined) return false;
    const entry = this.docs[i]!;
    for (const t of new Set(entry.terms)) {
      const list = this.postings.get(t);
      if (!list) continue;
      const at = list.indexOf(i);
      if (at >= 0) list.splice(at, 1);
      if (!list.length) this.postings.delete(t);
    }
    this.docs[i] = null;
    this.slot.delete(id);
    return true;
  }

  /**
   * The stored reports sharing the most weighted terms with this one, best first (the report
   * itself excluded). Terms most reports carry are skipped: they cannot tell events apart.
   */
  candidates(report: Report | IndexedReport, limit = 50): Candidate[] {
    const query = indexEntry(report);
    if (this.scores.length < this.docs.length) this.scores = new Float64Array(Math.max(this.docs.length, this.scores.length * 2));
    const scores = this.scores;
    const touched: number[] = [];
    const cutoff = Math.max(MIN_DF_CUTOFF, this.size * MAX_DF_SHARE);
    const self = this.slot.get(query.id);
    for (const t of new Set(query.terms)) {
      const list = this.postings.get(t);
      if (!list || list.length > cutoff) continue;
      const w = termWeight(t) * idf(t, this);
      for (const d of list) {
        if (scores[d] === 0) touched.push(d);
        scores[d]! += w;
      }
    }
    // Keep the best by raw shared mass, then rescore those exactly (normalised by both masses).
    const pool = Math.max(limit * 2, 20);
    const best = topIndices(touched, scores, pool, self);
    for (const d of touched) scores[d] = 0;
    const queryMass = signatureMass(query.terms, this);
    const out: Candidate[] = [];
    for (const d of best) {
      const doc = this.docs[d]!;
      const mass = Math.sqrt(queryMass * signatureMass(doc.terms, this));
      out.push({ id: doc.id, score: mass > 0 ? sharedMass(query.terms, doc.terms, this) / mass : 0 });
    }
    return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  /** The stored reports of the same event as this one, best first, with copies marked. */
  match(report: Report | IndexedReport, limit = 50): EventMatch[] {
    const query = indexEntry(report);
    const out: EventMatch[] = [];
    for (const c of this.candidates(query, limit)) {
      const doc = this.get(c.id)!;
      const copy = isCopy(query, doc);
      if (copy || c.score >= thresholdFor(daysApart(query.publishedAt, doc.publishedAt))) out.push({ ...c, copy });
    }
    return out;
  }

  /** Every stored report, for a brute-force scan to compare against. */
  *entries(): IterableIterator<IndexedReport> {
    for (const d of this.docs) if (d) yield d;
  }

  /** The brute-force baseline: score every stored report. Same answers as match(), slower. */
  scan(report: Report | IndexedReport): EventMatch[] {
    const query = indexEntry(report);
    const out: EventMatch[] = [];
    for (const doc of this.entries()) {
      if (doc.id === query.id) continue;
      const score = termSimilarity(query.terms, doc.terms, this);
      const copy = isCopy(query, doc);
      if (copy || score >= thresholdFor(daysApart(query.publishedAt, doc.publishedAt))) out.push({ id: doc.id, score, copy });
    }
    return out.sort((a, b) => b.score - a.score);
  }
}

/** Copies: one address, or texts whose MinHash signatures mostly agree. */
export function isCopy(a: IndexedReport, b: IndexedReport): boolean {
  if (sameAddress(a, b)) return true;
  return !!a.signature && !!b.signature && overlapEstimate(a.signature, b.signature) >= COPY_OVERLAP;
}

function sharedMass(a: readonly string[], b: readonly string[], stats: TermStats): number {
  const inB = new Set(b);
  let shared = 0;
  for (const t of new Set(a)) if (inB.has(t)) shared += termWeight(t) * idf(t, stats);
  return shared;
}

function topIndices(touched: number[], scores: Float64Array, n: number, skip: number | undefined): number[] {
  const list = skip === undefined ? touched : touched.filter((d) => d !== skip);
  if (list.length <= n) return list;
  return list.sort((a, b) => scores[b]! - scores[a]!).slice(0, n);
}
