/**
 * Realistic synthetic stored reports for the match suite, made from the term distributions of
 * real reports: the product's own eventTerms() is run on every real report, and its names
 * ("e:"), content words ("w:") and figure values ("n:") are drawn with the frequency real
 * reports carry them (a name like "trump" is in many reports, "najarian" in one). Each synthetic
 * event gets its own name phrases (two real name words paired: a new person or place), common
 * names and content words by real frequency, two to five figure values and a date within two
 * years; its reports take most of the event's terms plus some of their own, are published hours
 * to days apart (a few weeks later for follow-ups), and about one in eight is a near-duplicate
 * of an earlier report of its event (a wire story republished: same terms, MinHash mostly equal).
 *
 * Stored reports are what the index keeps (terms, time, address, MinHash), not whole texts: the
 * extension stores exactly that beside each report, and generating 100,000 texts only to hash
 * them again would dominate the run. The time to compute one real report's terms and MinHash is
 * measured separately on real reports.
 */
import { Random, WeightedPool } from './random';

export interface StoredEntry {
  id: string;
  terms: string[];
  publishedAt: string;
  canonicalUrl: string;
  url: string;
  signature: Uint32Array;
}

export interface TermModel {
  names: WeightedPool<string>;
  words: WeightedPool<string>;
  /** Single name words to pair into new name phrases. */
  nameWords: string[];
  prefixes: { name: string; word: string; number: string };
  signatureSize: number;
  /** From the real reports, for the notes. */
  realReports: number;
  distinctTerms: number;
  meanTerms: number;
}

/** Terms most real reports carry would be skipped by any index; drop them like it does. */
const MAX_REAL_SHARE = 0.25;
const DAY = 86_400_000;
const START = Date.parse('2024-01-01T00:00:00Z');
const SPAN_DAYS = 730;

/** Builds the term model from real reports' event terms (`termsOf` is lib/match's eventTerms). */
export function termModel(termLists: readonly string[][], signatureSize: number): TermModel {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const prefixOf = (t: string) => /^[a-z]:/.exec(t)?.[0] ?? '';
  const names: string[] = [];
  const nameWeights: number[] = [];
  const words: string[] = [];
  const wordWeights: number[] = [];
  const nameWords = new Set<string>();
  const counts = new Map<string, number>();
  for (const [t, n] of df) {
    if (n > Math.max(2, termLists.length * MAX_REAL_SHARE)) continue;
    const prefix = prefixOf(t);
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    if (prefix === 'e:' || prefix === '') {
      if (!t.includes(' ')) {
        names.push(t);
        nameWeights.push(n);
      }
      for (const w of t.slice(prefix.length).split(' ')) if (w.length > 2) nameWords.add(w);
    } else if (prefix === 'w:') {
      words.push(t);
      wordWeights.push(n);
    }
  }
  if (!names.length || !words.length || nameWords.size < 10) {
    throw new Error(`eventTerms() gave too few names (${names.length}) or words (${words.length}) on ${termLists.length} real reports to model a store`);
  }
  return {
    names: new WeightedPool(names, nameWeights),
    words: new WeightedPool(words, wordWeights),
    nameWords: [...nameWords].sort(),
    prefixes: { name: 'e:', word: 'w:', number: 'n:' },
    signatureSize,
    realReports: termLists.length,
    distinctTerms: df.size,
    meanTerms: termLists.reduce((s, t) => s + t.length, 0) / Math.max(1, termLists.length),
  };
}

export interface SyntheticEvent {
  index: number;
  date: number;
  phrases: string[];
  names: string[];
  words: string[];
  numbers: string[];
}

function draws(pool: WeightedPool<string>, count: number, random: Random): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 4; tries++) out.add(pool.draw(random));
  return [...out];
}

function figureValue(random: Random): string {
  // Counts and amounts spread over orders of magnitude (12 dead, 4,124 displaced, $42bn).
  const value = Math.round(Math.exp(Math.log(10) + random.next() * Math.log(100_000)));
  return String(value);
}

export function makeEvent(model: TermModel, index: number, random: Random): SyntheticEvent {
  const { name, number } = model.prefixes;
  const phrases = Array.from({ length: random.int(2, 6) }, () => `${name}${random.pick(model.nameWords)} ${random.pick(model.nameWords)}`);
  return {
    index,
    date: START + random.next() * SPAN_DAYS * DAY,
    phrases,
    names: draws(model.names, random.int(5, 12), random),
    words: draws(model.words, random.int(12, 20), random),
    numbers: Array.from({ length: random.int(2, 5) }, () => number + figureValue(random)),
  };
}

function randomSignature(size: number, random: Random): Uint32Array {
  const s = new Uint32Array(size);
  for (let i = 0; i < size; i++) s[i] = random.uint32();
  return s;
}

/** One report of the event; with `original`, a near-duplicate of that report. */
export function makeReport(model: TermModel, event: SyntheticEvent, id: string, random: Random, original?: StoredEntry): StoredEntry {
  const outlet = `outlet${random.int(1, 400)}`;
  const url = `https://${outlet}.example/${id}`;
  if (original) {
    // A republished wire story: a word or two edited, most MinHash slots unchanged.
    const terms = [...original.terms];
    for (let k = random.int(0, 2); k > 0; k--) terms[random.int(0, terms.length - 1)] = model.words.draw(random);
    const signature = Uint32Array.from(original.signature);
    for (let k = random.int(2, 12); k > 0; k--) signature[random.int(0, signature.length - 1)] = random.uint32();
    const at = Date.parse(original.publishedAt) + random.exponential(0.3) * DAY;
    return { id, terms: [...new Set(terms)], publishedAt: new Date(at).toISOString(), canonicalUrl: url, url, signature };
  }
  const keep = (terms: string[], p: number) => terms.filter(() => random.chance(p));
  const numbers = keep(event.numbers, 0.6);
  // Later reports revise counts: a figure the others do not have.
  if (random.chance(0.3)) numbers.push(model.prefixes.number + figureValue(random));
  const terms = [
    ...keep(event.phrases, 0.8),
    ...keep(event.names, 0.75),
    ...draws(model.names, random.int(2, 6), random),
    ...keep(event.words, 0.7),
    ...draws(model.words, random.int(2, 6), random),
    ...numbers,
  ];
  // Most reports come within days; some are follow-ups weeks later (an inquiry, a funeral).
  const delay = random.chance(0.05) ? random.exponential(30) : random.exponential(1.5);
  return {
    id,
    terms: [...new Set(terms)],
    publishedAt: new Date(event.date + delay * DAY).toISOString(),
    canonicalUrl: url,
    url,
    signature: randomSignature(model.signatureSize, random),
  };
}

export interface SyntheticStore {
  entries: StoredEntry[];
  events: SyntheticEvent[];
  /** Event index of each entry. */
  eventOf: Int32Array;
  nearDuplicates: number;
}

/**
 * `count` stored reports in events of 1 to 12 reports (most events have a few). Any prefix of
 * the list is itself a realistic store (events are generated one after another), so one
 * generation serves every size.
 */
export function generateStore(model: TermModel, count: number, seed = 20260101): SyntheticStore {
  const random = new Random(seed);
  const entries: StoredEntry[] = [];
  const events: SyntheticEvent[] = [];
  const eventOf = new Int32Array(count);
  let nearDuplicates = 0;
  while (entries.length < count) {
    const event = makeEvent(model, events.length, random);
    events.push(event);
    const size = Math.min(12, 1 + Math.floor(random.exponential(2)));
    const own: StoredEntry[] = [];
    for (let k = 0; k < size && entries.length < count; k++) {
      const copy = own.length > 0 && random.chance(0.12);
      const entry = makeReport(model, event, `s${entries.length}`, random, copy ? random.pick(own) : undefined);
      if (copy) nearDuplicates++;
      own.push(entry);
      eventOf[entries.length] = event.index;
      entries.push(entry);
    }
  }
  return { entries, events, eventOf, nearDuplicates };
}

/**
 * New reports to match against the first `size` stored ones: most of an event already stored
 * (the reader opens another outlet's report), a tenth copies of a stored report, a fifth of an
 * event nobody stored yet.
 */
export function makeQueries(model: TermModel, store: SyntheticStore, size: number, count: number, seed: number): { queries: StoredEntry[]; events: number[] } {
  const random = new Random(seed);
  const lastEvent = store.eventOf[size - 1]!;
  const out: StoredEntry[] = [];
  /** The event of each query; -1 for an event nobody stored. */
  const events: number[] = [];
  for (let q = 0; q < count; q++) {
    const roll = random.next();
    if (roll < 0.1) {
      // A republished copy of a stored report.
      const i = random.int(0, size - 1);
      out.push(makeReport(model, store.events[store.eventOf[i]!]!, `q${q}`, random, store.entries[i]));
      events.push(store.eventOf[i]!);
    } else {
      const event = roll < 0.8 ? store.events[random.int(0, lastEvent)]! : makeEvent(model, -1, random);
      out.push(makeReport(model, event, `q${q}`, random));
      events.push(event.index);
    }
  }
  return { queries: out, events };
}
