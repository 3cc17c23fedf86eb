import type { Figure } from '../model';
import { countedOf, overlap, type Counted } from './counted';
import { compatible } from './values';
import { sameEntity } from './entities';
import { anchorsMeet } from './anchors';

/**
 * Lines up figures across reports: the same thing counted (class of event, counted words,
 * narrowing names), the same kind and unit, near values. Each item takes at most one figure
 * per report, and two groups join only if their figures are alike on average (average link),
 * so one loose pair cannot chain two different counts together.
 */

/** A figure of one report, with what the alignment reads from it once. */
export interface Candidate {
  report: number;
  index: number;
  figure: Figure;
  counted: Counted;
  /** Names narrowing the figure ("Lee County"), from its clause. */
  anchors: string[][];
  source: string | null;
}

/** Terms that name the counted people by a noun, not by what happened to them. */
const NOUN_TERMS = new Set(['bodies', 'victims']);

const MATRIX_MAX = 2_000;

/** A sparse stand-in for the score matrix: unscored pairs read as NaN. */
function sparseScores(): { [key: number]: number } {
  const map = new Map<number, number>();
  return new Proxy({}, {
    get: (_, key) => map.get(Number(key)) ?? NaN,
    set: (_, key, value) => (map.set(Number(key), value as number), true),
  });
}

/** The most the names and the source can add to a pair's score. */
const MAX_LATE_BONUS = 3.5;

/** Pair score at which two figures count the same thing. */
export const ALIGN_THRESHOLD = 3;

const UNIT_FORMS: Record<string, string> = {
  ton: 't', tons: 't', tonne: 't', tonnes: 't', t: 't', metric: 't',
  mph: 'mph', 'miles per hour': 'mph', kph: 'km/h', 'km/h': 'km/h', kmh: 'km/h',
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', mi: 'mi', miles: 'mi', mile: 'mi',
  $: 'usd', usd: 'usd', dollar: 'usd', dollars: 'usd', us$: 'usd', '£': 'gbp', gbp: 'gbp', pounds: 'gbp', '€': 'eur', eur: 'eur', euros: 'eur',
  rs: 'inr', inr: 'inr', rupees: 'inr', '₹': 'inr',
};

function unitForm(unit: string): string {
  const u = unit.toLowerCase().trim();
  return UNIT_FORMS[u] ?? UNIT_FORMS[u.split(/\s+/)[0] ?? ''] ?? u;
}

/** Count and vague amounts ("dozens") count the same sort of thing; other kinds only themselves. */
function kindsMeet(a: Figure, b: Figure): boolean {
  const countish = (k: string) => k === 'count' || k === 'vague';
  return a.kind === b.kind || (countish(a.kind) && countish(b.kind));
}

/** How alike two figures of different reports are; null if they cannot count one thing. */
export function pairScore(a: Candidate, b: Candidate): number | null {
  const fa = a.figure;
  const fb = b.figure;
  if (!kindsMeet(fa, fb)) return null;
  if ((fa.kind === 'money' || fa.kind === 'measure') && fa.unit && fb.unit && unitForm(fa.unit) !== unitForm(fb.unit)) return null;
  const ca = a.counted;
  const cb = b.counted;
  if (ca.cls && cb.cls && ca.cls !== cb.cls) return null;
  let score = 0;
  if (ca.cls && ca.cls === cb.cls) score += 3;
  if (ca.term && ca.term === cb.term) score += 0.5;
  // "victims on a list", "bodies handed over" are not the toll; "casualties" often is (a term difference).
  else if (ca.term && cb.term && ca.term !== 'casualties' && cb.term !== 'casualties') score -= 0.5;
  // A part ("including 26 foreigners") is not the whole; but a figure narrowed to a place is a
  // part too, whether or not its outlet says "of the deaths".
  const whole = fa.part ? b : a;
  if (fa.part !== fb.part && !whole.anchors.length) score -= 1.5;
  // A count an outlet gives as superseded meets other outlets' earlier counts, not their current ones.
  if (!!ca.earlier !== !!cb.earlier) score -= 3;
  if (!!ca.projected !== !!cb.projected) score -= 3;
  if (!!ca.increment !== !!cb.increment) score -= 3;
  // Confirmed counts are a tally of their own (medical examiners' vs officials' wider counts).
  if (ca.confirmed && cb.confirmed) score += 1;
  // Bodies and victims are the dead; what the outlet counts is what happened to them (identified,
  // handed over, kept at a mortuary). Different verbs there are different counts.
  if (ca.action && cb.action && ca.action !== cb.action && (NOUN_TERMS.has(ca.term ?? '') || NOUN_TERMS.has(cb.term ?? ''))) score -= 3;
  // The same uncommon number (160, 2,700 tonnes, 600 metres) in two reports of one event is
  // rarely a coincidence: it outweighs different wording ("160 miners" / "160 workers").
  const rare = fa.value === fb.value && (fa.high ?? 0) === (fb.high ?? 0) && (Math.abs(fa.value) >= 100 || fa.kind === 'measure' || fa.kind === 'money' || fa.kind === 'percent');
  const shared = overlap(ca.words, cb.words);
  // Different wordings of one count are common ("people killed in the crash" / "death toll"):
  // no shared word costs only when no class vouches for the pair.
  if (ca.words.size && cb.words.size) score += shared > 0 ? 2.5 * shared : ca.cls && cb.cls || rare ? 0 : -1;
  // Two percentages (or amounts of one unit) of the same named thing: the kind itself is specific.
  if (shared > 0 && fa.kind !== 'count' && fa.kind !== 'vague') score += 1;
  const hi = Math.max(Math.abs(fa.value), Math.abs(fb.value));
  const lo = Math.min(Math.abs(fa.value), Math.abs(fb.value));
  if (rare) score += 3;
  else if (compatible(fa, fb)) score += fa.value === fb.value ? 1.5 : 1;
  else if (lo > 0 && hi / lo <= 1.5) score += 0.5;
  else if (lo > 0 && hi / lo > 10) score -= 0.5;
  // Far below the bar even with the best names and source: no need to read those (an event of
  // 50 reports has 100,000 pairs; most end here).
  if (score + MAX_LATE_BONUS < ALIGN_THRESHOLD - 1) return score;
  // Names narrow a count to a place or group: with one class of count, the same name is strong
  // evidence; different names rule the pair out.
  if (a.anchors.length && b.anchors.length) score += anchorsMeet(a.anchors, b.anchors) ? (ca.cls && ca.cls === cb.cls ? 2.5 : 1) : -2.5;
  // One source giving both figures is a strong sign they are its one count.
  if (a.source && b.source && (overlap(nameWords(a.source), nameWords(b.source)) >= 0.5 || sameEntity(a.source, b.source))) score += 1;
  return score;
}

const nameWordsCache = new Map<string, Set<string>>();
function nameWords(name: string): Set<string> {
  let words = nameWordsCache.get(name);
  if (!words) {
    if (nameWordsCache.size > 10_000) nameWordsCache.clear();
    nameWordsCache.set(name, (words = new Set((name.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== 'the'))));
  }
  return words;
}

/** Groups of candidates, each at most one per report, best-aligned first formed. */
export function alignFigures(candidates: readonly Candidate[], matrixMax = MATRIX_MAX): Candidate[][] {
  const n = candidates.length;
  // Pair scores in a flat matrix (NaN: not scored) while it stays small (2,000 figures: 16 MB);
  // past that, a map of the scored pairs only.
  const scores: { [key: number]: number } = n <= matrixMax ? new Float32Array(n * n).fill(NaN) : sparseScores();
  const pairs: Array<[number, number, number]> = [];
  // Figures of one class only meet figures of that class or of none: bucket by class.
  const byClass = new Map<string | null, number[]>();
  candidates.forEach((c, i) => byClass.set(c.counted.cls, [...(byClass.get(c.counted.cls) ?? []), i]));
  const unclassed = byClass.get(null) ?? [];
  const consider = (i: number, j: number) => {
    const a = candidates[i]!;
    const b = candidates[j]!;
    if (a.report === b.report) return;
    const s = pairScore(a, b);
    if (s === null) return;
    const key = i < j ? i * n + j : j * n + i;
    if (!Number.isNaN(scores[key]!)) return;
    scores[key] = s;
    if (s >= ALIGN_THRESHOLD) pairs.push(i < j ? [i, j, s] : [j, i, s]);
  };
  for (const [cls, members] of byClass) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) consider(members[x]!, members[y]!);
      if (cls !== null) for (const u of unclassed) consider(members[x]!, u);
    }
  }
  const scoreOf = (i: number, j: number) => {
    const s = scores[i < j ? i * n + j : j * n + i]!;
    return Number.isNaN(s) ? 0 : s;
  };
  const group = candidates.map((_, i) => [i]);
  const reportsOf = candidates.map((c) => new Set([c.report]));
  const home = candidates.map((_, i) => i);
  // Two groups that failed the average test fail it again until one of them grows.
  const failed = new Set<number>();
  pairs.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [i, j] of pairs) {
    const gi = home[i]!;
    const gj = home[j]!;
    if (gi === gj) continue;
    const a = group[gi]!;
    const b = group[gj]!;
    const tried = (Math.min(gi, gj) * n + Math.max(gi, gj)) * (n + 1) + a.length + b.length;
    if (failed.has(tried)) continue;
    if (b.some((k) => reportsOf[gi]!.has(candidates[k]!.report))) {
      failed.add(tried);
      continue;
    }
    let sum = 0;
    for (const p of a) for (const q of b) sum += scoreOf(p, q);
    if (sum / (a.length * b.length) < ALIGN_THRESHOLD) {
      failed.add(tried);
      continue;
    }
    for (const q of b) {
      home[q] = gi;
      reportsOf[gi]!.add(candidates[q]!.report);
    }
    a.push(...b);
    group[gj] = [];
  }
  return group.filter((g) => g.length).map((g) => g.map((k) => candidates[k]!).sort((x, y) => x.report - y.report || x.figure.start - y.figure.start));
}

export { countedOf };
