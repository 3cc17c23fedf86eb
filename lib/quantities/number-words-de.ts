import { lexicon } from './lexicon';

/**
 * German writes a number below a million as one word: "einundzwanzig", "dreihundertfünfundvierzig",
 * "zweitausendvierhundert". This reads such a word by splitting it at "tausend" and "hundert";
 * the scales above ("zwei Millionen") are separate words, read by the caller.
 */
const UNITS: ReadonlyMap<string, number> = lexicon({ ein: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 });
const BELOW_HUNDRED: ReadonlyMap<string, number> = lexicon({
  eins: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, 'zwölf': 12, zwoelf: 12,
  dreizehn: 13, vierzehn: 14, 'fünfzehn': 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, 'dreißig': 30, dreissig: 30, vierzig: 40, 'fünfzig': 50, fuenfzig: 50, fuenfzehn: 15, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
});
const TENS = new Set([20, 30, 40, 50, 60, 70, 80, 90]);

/** The value of one German number word, or undefined. Lone "ein"/"eine" is the article, not 1. */
export function germanWordValue(word: string): number | undefined {
  const at = word.indexOf('tausend');
  if (at < 0) return belowThousand(word, false);
  const head = word.slice(0, at);
  const tail = word.slice(at + 7);
  const thousands = head === '' ? 1 : belowThousand(head, true);
  const rest = tail === '' ? 0 : belowThousand(tail, false);
  if (thousands === undefined || rest === undefined || tail.includes('tausend')) return undefined;
  return thousands * 1000 + rest;
}

/** `inside`: the word goes on ("eintausend"), so "ein" is a number there. */
function belowThousand(word: string, inside: boolean): number | undefined {
  const at = word.indexOf('hundert');
  if (at < 0) return belowHundred(word, inside);
  const head = word.slice(0, at);
  const tail = word.slice(at + 7);
  const hundreds = head === '' ? 1 : UNITS.get(head);
  const rest = tail === '' ? 0 : belowHundred(tail, false);
  if (hundreds === undefined || rest === undefined) return undefined;
  return hundreds * 100 + rest;
}

function belowHundred(word: string, inside: boolean): number | undefined {
  if (inside && word === 'ein') return 1;
  const whole = BELOW_HUNDRED.get(word);
  if (whole !== undefined) return whole;
  // "einundzwanzig": the unit first, then "und", then the ten.
  const und = word.indexOf('und');
  if (und < 0) return undefined;
  const unit = UNITS.get(word.slice(0, und));
  const ten = BELOW_HUNDRED.get(word.slice(und + 3));
  return unit !== undefined && ten !== undefined && TENS.has(ten) ? ten + unit : undefined;
}
