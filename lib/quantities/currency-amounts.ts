import type { Token } from './tokens';
import type { Mention } from './mention';
import { lexicon } from './lexicon';

/**
 * Two ways of writing a sum that take more than a sign and a number:
 * - a scaled currency code, as business news in Europe writes it: "30 MUSD", "120 MEUR",
 *   "MSEK 60" (millions of that currency), "kEUR 5" (thousands);
 * - dollars and cents said together: "3 dollars 50 cents", "thirteen dollars and forty-five
 *   cents", "it costs 15 dollars 50." (the cents after the main unit, below a hundred).
 */
const CODES = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'chf', 'aud', 'cad', 'sek', 'nok', 'dkk', 'isk', 'inr', 'hkd', 'sgd', 'nzd', 'zar', 'brl', 'mxn', 'rub', 'krw', 'try', 'pln', 'czk', 'huf']);
const SCALE_PREFIX: Readonly<Record<string, number>> = { m: 1e6, mm: 1e6, mn: 1e6, k: 1e3, t: 1e3, bn: 1e9 };
const SCALED_CODE = /^(mm|mn|bn|m|k|t)([a-z]{3})$/;

/** "MUSD" -> the code and its factor; only in capitals (a "musd" in a sentence is no code), "kEUR" too. */
export function scaledCode(t: Token | undefined): { code: string; scale: number } | null {
  if (!t || t.kind !== 'word' || t.text.length < 4 || t.text.length > 5) return null;
  const m = SCALED_CODE.exec(t.lower);
  if (!m || !CODES.has(m[2]!) || t.text.slice(m[1]!.length) !== m[2]!.toUpperCase()) return null;
  return { code: m[2]!.toUpperCase(), scale: SCALE_PREFIX[m[1]!]! };
}

/** Main units whose hundredth is a cent or a penny. */
const MAIN_UNITS = /^(dollars?|euros?|pounds?|usd|eur|gbp|cad|aud|\$|€|£|dólar(es)?|pesos|reais|francs|franken)$/;
/** "and" between the two parts: "5 euros con 50 céntimos", "5 euros et 50 centimes", "5 Euro und 50 Cent". */
const AND = /^(and|con|et|e|y|und)$/;
const SPOKEN_UNITS = /^(dollars?|euros?|pounds?)$/;
const CENTS = /^(cents?|pence|p|céntimos?|centimes?|centavos?)$/;

/** Joins the cents to the main unit ("3 dollars 50 cents" = 3.5); the cents mention is dropped. */
export function readCents(tokens: readonly Token[], mentions: Mention[]): void {
  for (let n = 0; n + 1 < mentions.length; n++) {
    const a = mentions[n]!;
    if (a.kind !== 'money' || a.dropped || a.scale || !Number.isInteger(a.value) || !MAIN_UNITS.test(a.unit.toLowerCase())) continue;
    if (tokens[a.first - 1]?.lower === 'between') continue; // "between $20 and 30": a range
    const b = mentions[n + 1]!;
    const gap = b.first - a.last - 1;
    if (b.dropped || gap > 1 || (gap === 1 && !AND.test(tokens[a.last + 1]!.lower))) continue;
    if (!Number.isInteger(b.value) || b.value < 1 || b.value >= 100 || tokens[b.first]!.kind === 'punct') continue;
    // The cents are named ("50 cents"), or the amount ends there ("15 dollars 50.").
    const named = b.kind === 'money' && CENTS.test(b.unit.toLowerCase());
    const after = tokens[b.last + 1];
    // (Only after a spoken name: a written code is followed by the next sum, "rmb 10 usd 20".)
    const ends = SPOKEN_UNITS.test(a.unit.toLowerCase()) && b.kind === 'count' && b.unit === '' && (!after || (after.kind === 'punct' && after.lower !== '%' && after.lower !== '-'));
    if (!named && !ends) continue;
    a.value += b.value / 100;
    a.low = a.value;
    a.integer = false;
    a.last = b.last;
    b.dropped = true;
  }
}

const WORD_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9 };

/** "75 USD million": a scale written after the code multiplies the amount. */
export function scaleAfterCode(tokens: readonly Token[], codeIndex: number): { last: number; scale: number } | null {
  if (!CODES.has(tokens[codeIndex]!.lower) && !isCurrencyCode(tokens[codeIndex])) return null;
  const scale = WORD_SCALES[tokens[codeIndex + 1]?.lower ?? ''];
  return scale ? { last: codeIndex + 1, scale } : null;
}

// Word lists as lexicons, not objects: an object also answered "constructor" ("5 constructor
// cranes" was 5 million of a currency), and looked each word up more slowly (lexicon.ts).
/** Scale letters written tight before a currency sign ("3 M€", "2,5 Md€", "500 k€", "5 Mrd€"). */
const SIGN_SCALES: ReadonlyMap<string, number> = lexicon({ m: 1e6, mio: 1e6, mn: 1e6, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, bn: 1e9, k: 1e3 });
const SIGNS = /^[$€£¥₹]$/;
/** Mexican news: "50 mdd" (millones de dólares), "200 mdp" (millones de pesos). */
const MILLIONS_OF: ReadonlyMap<string, string> = lexicon({ mdd: 'USD', mdp: 'MXN' });

/** A scaled sum written after the amount at token j: its factor, currency and last token. */
export function scaledSignAfter(tokens: readonly Token[], j: number): { last: number; scale: number; unit: string } | null {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  const millionsOf = MILLIONS_OF.get(t.lower);
  if (millionsOf) return { last: j, scale: 1e6, unit: millionsOf };
  const scale = SIGN_SCALES.get(t.lower);
  const sign = tokens[j + 1];
  if (!scale || !sign || sign.gap || !SIGNS.test(sign.text)) return null;
  return { last: j + 1, scale, unit: sign.text };
}

/**
 * ISO 4217 codes news writes in capitals beside an amount ("AED 5 million", "100 million SEK").
 * Codes that are also words or names in capitals are left out: ALL, TOP, CUP, PEN, MAD, TRY,
 * COP (the climate conference), PHP (the language), AMD, NIO (companies), GEL, BOB, MOP, SOS.
 */
const ISO_CODES = new Set([
  'aed', 'sar', 'qar', 'kwd', 'bhd', 'omr', 'jod', 'egp', 'ils', 'zar', 'ngn', 'kes', 'ksh', 'ghs', 'ugx', 'tzs', 'etb', 'tnd', 'dzd',
  'xof', 'xaf', 'sek', 'nok', 'dkk', 'isk', 'pln', 'czk', 'huf', 'ron', 'bgn', 'hrk', 'rsd', 'uah', 'kzt', 'byn', 'azn', 'inr', 'pkr',
  'bdt', 'lkr', 'npr', 'mmk', 'thb', 'vnd', 'idr', 'myr', 'sgd', 'hkd', 'twd', 'krw', 'jpy', 'cny', 'rmb', 'aud', 'nzd', 'cad', 'usd',
  'mxn', 'brl', 'ars', 'clp', 'uyu', 'eur', 'gbp', 'chf', 'rub', 'irr', 'iqd', 'lbp', 'syp', 'afn', 'ves',
]);

/** An ISO currency code in capitals. */
export function isCurrencyCode(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text.length === 3 && ISO_CODES.has(t.lower) && t.text === t.text.toUpperCase();
}

const LETTER_SIGNS = new Set(['R', 'Sh', 'KSh', 'Ksh']);
const SCALE_WORDS = /^(thousand|million|billion|trillion|m|bn|k|mn)$/;

/**
 * A letter written tight before the digits as the currency: the South African rand ("R50
 * million", "R1,500") and the Kenyan shilling ("Sh10 million", "KSh2.5bn"). Only with a scale
 * or a grouped or decimal amount: "R101" is a road, "R2" a Renault.
 */
export function isLetterCurrency(tokens: readonly Token[], k: number): boolean {
  const sign = tokens[k];
  const digits = tokens[k + 1];
  if (!sign || !digits || digits.gap || digits.kind !== 'num' || !LETTER_SIGNS.has(sign.text)) return false;
  if (tokens[k - 1] && !sign.gap && tokens[k - 1]!.kind !== 'punct') return false;
  return /[.,]/.test(digits.text) || SCALE_WORDS.test(tokens[k + 2]?.lower ?? '');
}
