import type { Token } from './tokens';
import type { Mention } from './mention';
import { lexicon } from './lexicon';
import { PLURAL_SCALES, SINGULAR_SCALES, findVagueAmounts } from './vague';
import { VERBS, findMultipliers } from './multipliers';
import { findZeros } from './zeros';
import { ORDINAL_WORDS, findOrdinalWords } from './kinds';
import { DENOMINATORS, findFractions } from './fractions';
import { findPairs } from './pairs';

/**
 * The English steps that read figures in words ("hundreds", "doubled", "no one", "third",
 * "two thirds", "a pair of"), each run only on a sentence holding a word it starts from. Each
 * step walked every token of every sentence with a figure (and made a list) to find, in most,
 * nothing: one walk here looks each token up once. A step's words are words every one of its
 * readings holds, so a step left out would have found nothing.
 */
const VAGUE = 1;
const MULTIPLIER = 2;
const ZERO = 4;
const ORDINAL = 8;
const FRACTION = 16;
const PAIR = 32;

const STEP_WORDS: ReadonlyMap<string, number> = (() => {
  const bits: Record<string, number> = {};
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) bits[w] = (bits[w] ?? 0) | bit;
  };
  // Every vague amount holds a scale word: "hundreds", "several hundred", "tens of thousands".
  add([...PLURAL_SCALES.keys(), ...SINGULAR_SCALES.keys()], VAGUE);
  add(['twice', 'thrice', 'double', 'triple', 'quadruple', ...VERBS.keys()], MULTIPLIER);
  add(['no', 'none', 'nobody'], ZERO);
  add(ORDINAL_WORDS.keys(), ORDINAL);
  // Every fraction holds its denominator ("half", "two thirds"): "a" and "one" alone start nothing.
  add(DENOMINATORS.keys(), FRACTION);
  add(['pair'], PAIR);
  return lexicon(bits);
})();

/** The steps a sentence's words can start: their bits. */
function stepsFor(tokens: readonly Token[]): number {
  let steps = 0;
  for (const t of tokens) {
    steps |= STEP_WORDS.get(t.lower) ?? 0;
    // "twofold", "2-fold": any word ending in "fold" may be a multiplier.
    if (t.lower.endsWith('fold')) steps |= MULTIPLIER;
  }
  return steps;
}

/** Adds the mentions of the English word steps to `found`, in the steps' order. */
export function addEnglishWordMentions(tokens: readonly Token[], found: Mention[]): void {
  const steps = stepsFor(tokens);
  if (!steps) return;
  // A loop, not push(...): a sentence of a hundred thousand numbers must not overflow the stack.
  if (steps & VAGUE) for (const m of findVagueAmounts(tokens)) found.push(m);
  if (steps & MULTIPLIER) for (const m of findMultipliers(tokens)) found.push(m);
  if (steps & ZERO) for (const m of findZeros(tokens)) found.push(m);
  if (steps & ORDINAL) for (const m of findOrdinalWords(tokens)) found.push(m);
  if (steps & FRACTION) for (const m of findFractions(tokens)) found.push(m);
  if (steps & PAIR) for (const m of findPairs(tokens)) found.push(m);
}
