import { fold, words } from './words';

/**
 * Near-duplicates: the same wire story republished by several outlets, or two versions of one
 * address. Shown as one source with its copies, so that a figure five papers took from one wire
 * is not counted as five confirmations.
 *
 * MinHash over word 5-shingles estimates the Jaccard overlap of two texts from 64 numbers per
 * report, which the index keeps beside the terms.
 */

export const SHINGLE_WORDS = 5;
export const MINHASH_SIZE = 64;
/** Share of shingles two texts must have in common to be copies of one story. */
export const COPY_OVERLAP = 0.55;

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The hashes of a text's word shingles (lower case, plurals folded, punctuation ignored). */
export function shingleHashes(text: string): Set<number> {
  const tokens = words(text).map((w) => fold(w.text));
  const out = new Set<number>();
  if (tokens.length < SHINGLE_WORDS) {
    if (tokens.length) out.add(hashString(tokens.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) out.add(hashString(tokens.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/**
 * Texts shorter than this are never copies by their words alone: two one-line reports of
 * "31 people died" are two outlets saying the same, not one story republished.
 */
export const MIN_COPY_SHINGLES = 30;

/** The MinHash signature of a text; a short or empty text gets a signature no other text matches. */
export function minHash(text: string): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const hashes = shingleHashes(text);
  if (hashes.size < MIN_COPY_SHINGLES) return signature;
  for (const h of hashes) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = fmix32(h ^ SEEDS[i]!);
      if (v < signature[i]!) signature[i] = v;
    }
  }
  return signature;
}

/** Estimated Jaccard overlap of two texts' shingles from their signatures. */
export function overlapEstimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  if (a.length !== MINHASH_SIZE || b.length !== MINHASH_SIZE) return 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / MINHASH_SIZE;
}

/** What near-duplicate detection needs of a report. */
export interface CopyKey {
  canonicalUrl?: string | null;
  url?: string | null;
  text: string;
}

function address(r: Pick<CopyKey, 'canonicalUrl' | 'url'>): string | null {
  const raw = r.canonicalUrl ?? r.url;
  if (!raw || raw.startsWith('file:')) return null;
  try {
    const u = new URL(raw);
    return (u.host.replace(/^www\./, '') + u.pathname.replace(/\/$/, '')).toLowerCase();
  } catch {
    return raw;
  }
}

/** Whether two reports are versions of one address (query strings and "www." aside). */
export function sameAddress(a: Pick<CopyKey, 'canonicalUrl' | 'url'>, b: Pick<CopyKey, 'canonicalUrl' | 'url'>): boolean {
  const addrA = address(a);
  return addrA !== null && addrA === address(b);
}

/** Whether two reports are copies of one story: the same address, or nearly the same text. */
export function areCopies(a: CopyKey, b: CopyKey, signatures?: { a: Uint32Array; b: Uint32Array }): boolean {
  if (sameAddress(a, b)) return true;
  const sa = signatures?.a ?? minHash(a.text);
  const sb = signatures?.b ?? minHash(b.text);
  return overlapEstimate(sa, sb) >= COPY_OVERLAP;
}

/**
 * Groups reports into copies: each group's first member (in input order) stands for the group.
 * Returns, per report index, the index of the report it is a copy of (itself if none).
 */
const signatureCache = new WeakMap<object, { text: string; signature: Uint32Array }>();

/** A report's MinHash, computed once per report object (and again if its text changed). */
function signatureOf(r: CopyKey): Uint32Array {
  const cached = signatureCache.get(r);
  if (cached && cached.text === r.text) return cached.signature;
  const signature = minHash(r.text);
  signatureCache.set(r, { text: r.text, signature });
  return signature;
}

export function copyGroups(reports: readonly CopyKey[]): number[] {
  const signatures = reports.map(signatureOf);
  const leader = reports.map((_, i) => i);
  for (let i = 0; i < reports.length; i++) {
    if (leader[i] !== i) continue;
    for (let j = i + 1; j < reports.length; j++) {
      if (leader[j] !== j) continue;
      if (areCopies(reports[i]!, reports[j]!, { a: signatures[i]!, b: signatures[j]! })) leader[j] = i;
    }
  }
  return leader;
}
