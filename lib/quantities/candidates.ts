import { wordsPattern } from './word-pattern';

/**
 * A quick test that a sentence may hold a figure at all, so that most sentences of a long
 * article are passed over with one regex scan instead of being tokenised. It must accept every
 * sentence any later step could read: digits, number words, vague amounts, multipliers,
 * fractions, word ordinals, and "no"/"none" before a toll.
 * The number words are one prefix tree (word-pattern.ts): a flat list of them cost twice as much.
 */
const NUMBER_WORDS = new RegExp(
  '\\b(?:' +
    wordsPattern([
      'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
      'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
      'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion',
      'billions', 'trillion', 'trillions', 'dozen', 'dozens', 'scores', 'half', 'halves', 'halved', 'halving', 'third', 'thirds',
      'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths', 'tenth', 'tenths', 'twice', 'thrice', 'double', 'doubled',
      'doubles', 'doubling', 'triple', 'tripled', 'triples', 'tripling', 'trebled', 'quadruple', 'quadrupled', 'quadruples',
      'quadrupling', 'none', 'nobody', 'pair', 'first', 'sixth', 'seventh', 'eighth', 'ninth', 'eleventh', 'twelfth', 'twentieth',
      'thirtieth', 'fiftieth', 'hundredth', 'thousandth',
    ]) +
    ')\\b',
  'i',
);
/**
 * "tenfold", "manifold": apart, and only where "fold" ends a word. Inside the list above, the
 * letters before "fold" were tried (and given back) at every word of every sentence.
 */
const FOLD = /fold\b/i;
const FOLD_WORD = /\b[a-z]+fold\b/i;
const DIGIT = /\d/;
const NO = /\bno\b/i;
const TOLL = /casualt|death|fatalit|injur|victim|dead|killed|wounded|hurt|missing|arrest/i;

export function mayHoldFigures(sentence: string): boolean {
  return DIGIT.test(sentence) || NUMBER_WORDS.test(sentence) || (FOLD.test(sentence) && FOLD_WORD.test(sentence)) || (NO.test(sentence) && TOLL.test(sentence));
}
