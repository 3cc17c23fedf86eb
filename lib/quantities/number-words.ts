import type { Token } from './tokens';
import { lexicon } from './lexicon';

/**
 * English number words: "eighteen", "twenty-one", "a hundred", "two dozen", "half a million",
 * "one hundred and five", "three and a half". Reads from a token index and says where it ended.
 */
const ONES: ReadonlyMap<string, number> = lexicon({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: ReadonlyMap<string, number> = lexicon({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
/** Either list, asked of every word of a sentence with a figure: one lookup where two were. */
const ONES_OR_TENS: ReadonlyMap<string, number> = lexicon(Object.fromEntries([...ONES, ...TENS]));
/** Multiplying words, in words or in the short forms news uses after digits ("2.1m", "$42bn"). */
export const SCALES: ReadonlyMap<string, number> = lexicon({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12, dozens: 12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9, tn: 1e12, trn: 1e12, tln: 1e12,
  // Other languages' scale words after digits ("2 Millionen", "3 millions", "5 millones").
  millionen: 1e6, millions: 1e6, millones: 1e6, 'milhões': 1e6, milioni: 1e6, miljoen: 1e6, milliarden: 1e9,
  milliards: 1e9, milliard: 1e9, milliarde: 1e9, mio: 1e6, mrd: 1e9, 'millón': 1e6, 'milhão': 1e6,
});
/** Short scales only read when written tight against the digits ("2.1m", "10k", "$3b"). */
export const TIGHT_SCALES: ReadonlyMap<string, number> = lexicon({ m: 1e6, k: 1e3, b: 1e9, bn: 1e9, mn: 1e6, tn: 1e12 });

/** Scales that multiply what comes before them; Indian English counts in lakhs and crores ("three lakh crore"). */
const BIG_SCALES: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion', 'lakh', 'lakhs', 'crore', 'crores']);

export function wordValue(lower: string): number | undefined {
  return ONES.get(lower) ?? TENS.get(lower);
}

export interface WordNumber {
  value: number;
  /** Index of the last token used. */
  last: number;
}

/** Whether a number in words can start with this word (readNumberWords reads from no other). */
export function startsNumberWords(lower: string): boolean {
  // "hundred" only before a bigger scale ("hundred thousand dollars"): readNumberWords checks that.
  return ONES_OR_TENS.has(lower) || lower === 'a' || lower === 'an' || lower === 'half' || lower === 'hundred';
}

/** Reads a number written in words starting at token i, or null. "a"/"an" count only before a scale. */
export function readNumberWords(tokens: readonly Token[], i: number): WordNumber | null {
  const first = tokens[i]?.lower;
  if (first === undefined) return null;
  if (!startsNumberWords(first)) return null;
  // "hundred thousand dollars": a hundred before a bigger scale needs no "a".
  const bareHundred = first === 'hundred' && BIG_SCALES.has(lowerAt(tokens, i + 1) ?? '') && !/^(a|one|\d+)$/.test(lowerAt(tokens, i - 1) ?? '') && tokens[i - 1]?.kind !== 'num';
  if (first === 'hundred' && !bareHundred) return null;
  let total = 0;
  let current = 0;
  let last = -1;
  let any = false;
  let lastScale = 0;
  let afterScale = { total: 0, last: -1 };
  let j = i;
  // "half a million", "a hundred", "a dozen", "an estimated" is not a number.
  if ((lowerAt(tokens, j) === 'a' || lowerAt(tokens, j) === 'an') && SCALES.get(lowerAt(tokens, j + 1) ?? '') && lowerAt(tokens, j + 1) !== 'mn' && lowerAt(tokens, j + 1)!.length > 3) {
    current = 1;
    j++;
  } else if (lowerAt(tokens, j) === 'half' && (lowerAt(tokens, j + 1) === 'a' || lowerAt(tokens, j + 1) === 'an') && SCALES.get(lowerAt(tokens, j + 2) ?? '') && lowerAt(tokens, j + 2)!.length > 3) {
    return { value: SCALES.get(lowerAt(tokens, j + 2)!)! / 2, last: j + 2 };
  } else if (lowerAt(tokens, j) === 'half' && (lowerAt(tokens, j + 1) === 'a' || lowerAt(tokens, j + 1) === 'an') && HALVED_UNITS.has(lowerAt(tokens, j + 2) ?? '')) {
    // "half a percentage point", "half an hour", "half a mile": a half of the unit that follows.
    return { value: 0.5, last: j + 1 };
  }
  for (; j < tokens.length; j++) {
    const w = lowerAt(tokens, j)!;
    const unit = ONES.get(w);
    const ten = TENS.get(w);
    if (unit !== undefined) {
      if (any && current % 10 !== 0 && current < 100) break; // "two three" is two numbers
      current += unit;
    } else if (ten !== undefined) {
      if (any && current % 100 !== 0) break;
      current += ten;
      // "twenty-one": the hyphen binds the ones word.
      if (lowerAt(tokens, j + 1) === '-' && ONES.get(lowerAt(tokens, j + 2) ?? '') !== undefined && ONES.get(lowerAt(tokens, j + 2)!)! < 10) {
        current += ONES.get(lowerAt(tokens, j + 2)!)!;
        j += 2;
      }
    } else if (w === 'hundred' && (any || current || bareHundred)) {
      current = (current || 1) * 100;
    } else if (BIG_SCALES.has(w) && (any || current)) {
      const scale = SCALES.get(w)!;
      if (lastScale && scale >= lastScale) {
        // "a thousand million": the scales multiply. "one thousand and one thousand five hundred"
        // ("between ... and ..."): a scale no smaller than the last starts a second number, so
        // this one ends after its own last scale word.
        if (current === 0 && last === j - 1) {
          total *= scale;
          lastScale = total;
        } else {
          ({ total, last } = afterScale);
          current = 0;
          break;
        }
      } else {
        total += (current || 1) * scale;
        lastScale = scale;
      }
      current = 0;
      afterScale = { total, last: j };
    } else if ((w === 'dozen' || w === 'dozens') && (any || current)) {
      // "three hundred and two dozen" is 300 + 24: the dozens multiply what follows the hundreds.
      const below = current % 100;
      current = below ? current - below + below * 12 : (current || 1) * 12;
    } else if (w === 'and' && any && shareAt(tokens, j + 1)) {
      // "three and a half", "five and three quarters"; after a scale, a share of it ("one million
      // and a half" = 1.5 million); "one billion and a half million" adds half a million, while
      // "three and a half thousand" is 3.5 thousand.
      const share = shareAt(tokens, j + 1)!;
      const scale = SCALES.get(lowerAt(tokens, share.last + 1) ?? '');
      if (scale && current === 0 && scale < lastScale && lowerAt(tokens, share.last + 1)!.length > 3) {
        total += share.value * scale;
        j = share.last + 1;
      } else {
        current += share.value * (current === 0 && lastScale ? lastScale : 1);
        j = share.last;
      }
      last = j;
      continue;
    } else if (w === 'and' && any && (ONES.get(lowerAt(tokens, j + 1) ?? '') !== undefined || TENS.get(lowerAt(tokens, j + 1) ?? '') !== undefined) && (total + current) >= 100 && current % 100 === 0) {
      continue; // "one hundred and five", "three hundred and thirty one"
    } else {
      break;
    }
    any = true;
    last = j;
  }
  if (!any || last < 0) return null;
  return { value: total + current, last };
}

/** Units a news report halves in words ("half a percentage point", "half an hour"). */
const HALVED_UNITS: ReadonlySet<string> = new Set(['percentage', 'point', 'mile', 'kilometre', 'kilometer', 'metre', 'meter', 'hour', 'day', 'year', 'century', 'degree', 'inch', 'foot', 'ton', 'tonne', 'litre', 'liter', 'gallon', 'pound', 'kilo', 'kilogram']);

const SHARES: ReadonlyMap<string, number> = lexicon({ half: 0.5, halves: 0.5, quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3 });

/** "a half", "one half", "a quarter", "three quarters", "two thirds" from token k, or null. */
function shareAt(tokens: readonly Token[], k: number): { value: number; last: number } | null {
  const count = lowerAt(tokens, k) === 'a' ? 1 : ONES.get(lowerAt(tokens, k) ?? '');
  const share = SHARES.get(lowerAt(tokens, k + 1) ?? '');
  if (count === undefined || share === undefined || count === 0 || count > 3) return null;
  return { value: count * share, last: k + 1 };
}

function lowerAt(tokens: readonly Token[], k: number): string | undefined {
  return tokens[k]?.lower;
}
