import type { Token } from './tokens';
import { MONTH_NAMES } from '../text/months';
import { FINITE_VERBS, PRESENT_VERBS, STOP, isPredicateWord, isVerbish } from './counted-words';

/**
 * Where the noun phrase after a number ends, word by word: at a verb (what the counted do, not
 * what they are), at a name that opens a clause of its own, at an adjective of the sum.
 */
const UPPER_FIRST = /^\p{Lu}/u;
const PLURAL = /[^s]s$/;
/** Auxiliaries after a name that opens a relative clause ("the value of the cash Verizon is paying"). */
const AUXILIARY = /^(is|are|was|were|has|have|had|will|would|says|said)$/;

/** Whether the word at j ends the phrase read so far (`words`) after a figure of this kind. */
export function endsPhrase(tokens: readonly Token[], j: number, kind: string, words: readonly string[]): boolean {
  const t = tokens[j]!;
  const w = t.lower;
  const last = words[words.length - 1];
  const previous = last?.toLowerCase() ?? '';
  // A capital word with a noun after it is a name ("11 automated Go convenience stores"), not a verb.
  if (last !== undefined && isVerbish(w) && !/^(and|&|of|among|in)$/.test(previous) && !(UPPER_FIRST.test(t.text) && nounNext(tokens[j + 1]))) return true;
  if (last === undefined && FINITE_VERBS.test(w)) return true;
  // "300 such Prime promotions Whole Foods plans", "the value of the cash Verizon is paying":
  // a name after a lower-case noun starts a clause of its own.
  if (last !== undefined && UPPER_FIRST.test(t.text) && !UPPER_FIRST.test(last) && !/^(and|&|of|among|in)$/.test(previous)) {
    const next = tokens[j + 1];
    if (PLURAL.test(previous) || (next?.kind === 'word' && AUXILIARY.test(next.lower))) return true;
  }
  if (last !== undefined) return false;
  // "5 percent prefer Johnson", "$1.4 billion budgeted", "$15 million payable to Verizon": a verb
  // or an adjective of the sum, not what the share or sum is of (a share keeps its state:
  // "5% contained" is the share of the fire contained).
  if ((kind === 'percent' || kind === 'money') && PRESENT_VERBS.test(w)) return true;
  if (kind === 'money' && (/ed$/.test(w) && isVerbish(w) || /[ai]ble$/.test(w)) && !nounNext(tokens[j + 1])) return true;
  // "Tens of thousands marched in Paris", "Hundreds gathered outside": a past verb with no noun
  // after it is what the crowd did, not what is counted ("two armed men" keeps "armed men").
  // So is an -ing word before a preposition ("tens of millions flowing into races").
  return (kind === 'vague' || kind === 'count') && /(ed|ing)$/.test(w) && isVerbish(w) && !isPredicateWord(w) && !nounNext(tokens[j + 1]);
}

/** "two earlier pieces of legislation", "three former officers": a stop word that is an adjective before a noun. */
export function leadingAdjective(tokens: readonly Token[], j: number, wordsSoFar: number): boolean {
  return wordsSoFar === 0 && /^(earlier|previous|former|later)$/.test(tokens[j]!.lower) && nounNext(tokens[j + 1]) && !UPPER_FIRST.test(tokens[j + 1]!.text);
}

/** Whether the token after an -ed word could be the noun it describes. */
export function nounNext(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || STOP.has(t.lower) || /ly$/.test(t.lower) || /^(outside|inside|nearby|together|peacefully|overnight|home|abroad|again)$/.test(t.lower)) return false;
  // A name may follow ("11 automated Go convenience stores"), a day may not ("marched Saturday").
  if (UPPER_FIRST.test(t.text)) return !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/.test(t.lower) && !MONTH_NAMES.has(t.lower);
  return !isVerbish(t.lower);
}
