import type { Bound } from '../model';

/**
 * When two outlets' numbers disagree, as a careful editor reads them: "at least 27" and "31"
 * agree (31 is at least 27); "27" and "31" do not; "about 750" and "nearly 750" give the same
 * value with different hedges.
 */

export interface Value {
  value: number;
  low: number;
  high: number | null;
  bound: Bound;
}

/** Relative difference under which two values are the same number written two ways. */
const SAME = 0.005;
/** How far "about N" stretches around N for an exact figure. */
const ABOUT = 0.05;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

/** Whether a number is within a range figure ("two to three weeks"). */
function inRange(x: number, v: Value): boolean {
  return v.high !== null && x >= v.low - 1e-9 && x <= v.high + 1e-9;
}

/**
 * Whether two figures can both be true of one quantity. Ranges agree when they overlap; a bound
 * agrees with an exact figure on its side; two bounds or two exact figures agree only on the
 * same number ("more than 77" and "at least 99" are two different claims).
 */
export function compatible(a: Value, b: Value): boolean {
  if (same(a.value, b.value) && (a.high ?? a.value) === (b.high ?? b.value)) return true;
  if (a.high !== null && b.high !== null) return a.low <= b.high && b.low <= a.high;
  if (a.high !== null) return inRange(b.value, a);
  if (b.high !== null) return inRange(a.value, b);
  if (a.bound !== '=' && b.bound === '=') return oneSided(a, b);
  if (b.bound !== '=' && a.bound === '=') return oneSided(b, a);
  return false;
}

/** Whether an exact figure is on the side a bound allows ("31" of "at least 27"). */
function oneSided(bounded: Value, exact: Value): boolean {
  if (bounded.bound === '>') return exact.value >= bounded.value;
  if (bounded.bound === '<') return exact.value <= bounded.value;
  return Math.abs(exact.value - bounded.value) <= ABOUT * bounded.value;
}

/** Approximation words grouped by what they claim; words of one group are one hedge. */
const HEDGE_GROUPS = new Map<string, string>();
for (const [group, list] of Object.entries({
  about: ['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'circa', 'approx', 'or so', 'or more'],
  almost: ['almost', 'nearly', 'close to', 'just under', 'not quite'],
  'at least': ['at least', 'no fewer than', 'no less than', 'a minimum of'],
  'more than': ['more than', 'over', 'upwards of', 'in excess of', 'above', 'exceeding', 'just over'],
  'up to': ['up to', 'as many as', 'as much as', 'at most', 'no more than'],
  'fewer than': ['fewer than', 'less than', 'under', 'below'],
})) {
  for (const w of list) HEDGE_GROUPS.set(w, group);
}

/** The group of an approximation word ("around" -> "about"); unknown words stand for themselves. */
export function hedgeGroup(hedge: string | null | undefined): string | null {
  if (!hedge) return null;
  const h = hedge.toLowerCase().trim();
  return HEDGE_GROUPS.get(h) ?? h;
}
