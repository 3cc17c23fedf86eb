import type { Figure } from '../model';

/**
 * A figure while it is being read: token indices instead of offsets, filled in step by step.
 * `first`/`last` cover the whole figure as written (hedge, currency sign, unit included);
 * `core` is the token index where the number itself starts.
 */
export interface Mention extends Omit<Figure, 'text' | 'start' | 'end' | 'sentence'> {
  first: number;
  last: number;
  core: number;
  /** Written in words ("eighteen"), not digits. */
  words: boolean;
  /** Written with a thousands separator or a scale word ("1,175", "2 million"): never a year. */
  grouped: boolean;
  integer: boolean;
  /** The scale word's factor when one was written ("10 million" -> 1e6), so "5 to 10 million" scales both ends. */
  scale?: number;
  /** Set when another step has folded this mention into a neighbour (a range end, a "from" value). */
  dropped?: boolean;
}

export function newMention(first: number, last: number, value: number, words: boolean, grouped: boolean): Mention {
  return {
    first, last, core: first, value, low: value, high: null, bound: '=', hedge: null, change: null, from: null,
    kind: 'count', unit: '', what: '', predicate: null, part: false, words, grouped, integer: Number.isInteger(value),
    // Every field from the start, the optional ones too: a field added later gives the object
    // a new hidden class, which V8 holds weakly and drops at a full garbage collection, throwing
    // away the optimised code of every step that reads mentions (3x slower until re-optimised).
    scale: undefined, dropped: false,
  };
}
