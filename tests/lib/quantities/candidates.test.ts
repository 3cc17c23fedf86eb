import { describe, expect, it } from 'vitest';
import { mayHoldFigures } from '../../../lib/quantities/candidates';

describe('mayHoldFigures: the quick test before a sentence is tokenised', () => {
  it.each<[string, boolean]>([
    ['The weather was fine on Tuesday.', false],
    ['18 people died.', true],
    ['Two people died.', true],
    ['Prices rose tenfold last year.', true],
    ['Prices rose TENFOLD last year.', true],
    ['The problems are manifold.', true],
    // "fold" alone, or not ending its word, is no multiplier.
    ['She would fold the letter.', false],
    ['The plan unfolded slowly.', false],
    ['There were no casualties.', true],
    ['There was no rain.', false],
  ])('%s', (sentence, expected) => {
    expect(mayHoldFigures(sentence)).toBe(expected);
  });
});

/** The test as it was, with the number words as one flat alternation: the same answer on any text. */
const OLD_NUMBER_WORDS = new RegExp(
  '\\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
    'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|' +
    'millions?|billions?|trillions?|dozens?|scores|half|halves|halved|halving|thirds?|quarters?|fourths?|fifths?|tenths?|' +
    'twice|thrice|double[ds]?|doubling|triple[ds]?|tripling|trebled|quadruple[ds]?|quadrupling|none|nobody|' +
    'first|third|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth|fiftieth|hundredth|thousandth)\\b',
  'i',
);
const oldTest = (s: string) =>
  /\d/.test(s) || OLD_NUMBER_WORDS.test(s) || (/fold\b/i.test(s) && /\b[a-z]+fold\b/i.test(s)) || (/\bno\b/i.test(s) && /casualt|death|fatalit|injur|victim|dead|killed|wounded|hurt|missing|arrest/i.test(s));

describe('mayHoldFigures agrees with the flat list of number words it had', () => {
  it.each<[string]>([
    ['Thousands marched.'], ['tens_of_thousands'], ['one_'], ['_one'], ['Nobody knew.'], ['NOBODY'], ['noné'], ['éone'], ['oneé'],
    ['The twentieth-century'], ['a half-day'], ['Quadrupled!'], ['manifold'], ['fold'], ['xfold'], ['x_fold'], ['unfolding'],
    ['No casualties'], ['no_casualties'], ['NO deaths'], ['no-one died'], ['There is no'], ['nonetheless'], ['none.'], ['Once'],
    ['Tenth'], ['tent'], ['ten'], ['seventy-five'], ['Scores of'], ['score'], ['Halving'], ['ﬁrst'], ['Ｏne'], ['ſix'], ['K'],
    [''], ['   '], ['“Two”'], ['two’s'], ['l’un'],
  ])('%j', (s) => {
    expect(mayHoldFigures(s)).toBe(oldTest(s));
  });

  it('on random strings of word pieces, letters of odd cases and separators', () => {
    const pieces = ['one', 'ONE', 'two', 'tw', 'no', 'No', 'fold', 'many', 'half', 'hundreds', 'th', 'ird', 'x', '_', '-', ' ', '.', 'é', '’', 'killed', 'death', 'mani', 'a', 's', 'ed', 'ing'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let n = 0; n < 20000; n++) {
      let s = '';
      for (let k = 0, len = 1 + (n % 6); k < len; k++) s += pieces[next()];
      expect([s, mayHoldFigures(s)]).toEqual([s, oldTest(s)]);
    }
  });
});
