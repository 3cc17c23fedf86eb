import type { Token } from './tokens';
import { newMention, type Mention } from './mention';
import { germanWordValue } from './number-words-de';
import type { WordsLanguage } from './number-words-europe';
import { lexicon } from './lexicon';

/**
 * A half in French, Spanish, Portuguese and German numbers, as news writes it:
 * "3 millions et demi", "dos millones y medio", "2 milhões e meio" (half of the scale just
 * written); "cinq et demi" (and a half); "un demi-million", "medio millón", "meio milhão",
 * "une demi-douzaine", "eine halbe Million" (half a scale); "zweieinhalb", "anderthalb
 * Millionen" (German writes it in one word).
 */
const AND_HALF: Readonly<Record<Exclude<WordsLanguage, 'de'>, readonly [string, RegExp]>> = {
  fr: ['et', /^demie?$/],
  es: ['y', /^medi[oa]$/],
  pt: ['e', /^mei[oa]$/],
};
const HALF_OF: Readonly<Record<WordsLanguage, RegExp>> = { fr: /^demie?$/, es: /^medi[oa]$/, pt: /^mei[oa]$/, de: /^halbe[ns]?$/ };
const SCALES: Readonly<Record<WordsLanguage, ReadonlyMap<string, number>>> = {
  fr: lexicon({ million: 1e6, milliard: 1e9, douzaine: 12 }),
  es: lexicon({ 'millón': 1e6, millon: 1e6, 'billón': 1e12, docena: 12 }),
  pt: lexicon({ 'milhão': 1e6, milhao: 1e6, 'bilhão': 1e9, bilhao: 1e9, 'dúzia': 12, duzia: 12 }),
  de: lexicon({ million: 1e6, milliarde: 1e9, dutzend: 12 }),
};
const ARTICLES = /^(un|une|uno|una|um|uma|ein|eine|einer|einem|einen)$/;

/** "et demi" after token `last`: the token it ends at, or -1. */
export function andHalfAfter(tokens: readonly Token[], last: number, lang: WordsLanguage): number {
  if (lang === 'de') return -1;
  const [and, half] = AND_HALF[lang];
  return tokens[last + 1]?.lower === and && half.test(tokens[last + 2]?.lower ?? '') ? last + 2 : -1;
}

/** "zweieinhalb" = 2.5, "anderthalb" = 1.5, "eineinhalb" = 1.5. */
export function germanHalf(word: string): number | undefined {
  if (word === 'anderthalb') return 1.5;
  if (!word.endsWith('einhalb') || word.length === 7) return undefined;
  const head = word.slice(0, -7);
  const whole = head === 'ein' ? 1 : germanWordValue(head);
  return whole === undefined ? undefined : whole + 0.5;
}

/** "un demi-million", "medio millón", "meio milhão", "eine halbe Million": half a scale. */
export function findHalfScales(tokens: readonly Token[], lang: WordsLanguage): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!HALF_OF[lang].test(tokens[i]!.lower)) continue;
    const k = tokens[i + 1]?.lower === '-' && !tokens[i + 1]!.gap ? i + 2 : i + 1;
    const scale = SCALES[lang].get(tokens[k]?.lower ?? '');
    if (scale === undefined) continue;
    const first = ARTICLES.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
    found.push(newMention(first, k, scale / 2, true, scale >= 1000));
    i = k;
  }
  return found;
}
