import type { WordsLanguage } from './number-words-europe';

/**
 * The words of a range in French, German, Spanish and Portuguese, as their English
 * counterparts, so ranges.ts reads "entre 10 et 20", "de 10 à 20", "zwischen 10 und 20",
 * "von 10 bis 20", "de 10 a 20", "entre 10 y 20", "10 ou 12" as it reads "between 10 and 20".
 */
const WORDS: Readonly<Record<WordsLanguage, Readonly<Record<string, string>>>> = {
  fr: { entre: 'between', et: 'and', 'à': 'to', ou: 'or', de: 'from' },
  es: { entre: 'between', y: 'and', a: 'to', hasta: 'to', o: 'or', de: 'from', desde: 'from' },
  pt: { entre: 'between', e: 'and', a: 'to', 'até': 'to', ou: 'or', de: 'from' },
  de: { zwischen: 'between', und: 'and', bis: 'to', oder: 'or', von: 'from' },
};

/** The English word a range word of `lang` stands for; the word itself otherwise (and on English pages). */
export function rangeWord(lower: string, lang: WordsLanguage | null): string {
  return (lang && WORDS[lang][lower]) || lower;
}

/**
 * A verb of change before "de ... à": "le chômage est passé de 8 à 7", "subió de 10 a 12",
 * "caiu de 5 a 3" is a change from one level to another, not a range.
 */
const CHANGE_VERBS: Readonly<Record<WordsLanguage, RegExp>> = {
  fr: /^(pass|augment|baiss|chut|grimp|recul|progress|diminu|mont|descend|tomb|bondi|réduit|ramen|port)/,
  es: /^(pas|sub|baj|aument|cay|ca[eí]|descend|crec|disminu|redu|increment|elev)/,
  pt: /^(pass|sub|aument|diminu|cresc|redu|ca[ií]|baix|elev)/,
  de: /^(stieg|steig|sank|sink|fiel|fäll|fall|wuchs|wächst|gestiegen|gesunken|gefallen|erhöh|senk|sprang)/,
};

export function changedBefore(lower: string | undefined, lang: WordsLanguage | null): boolean {
  return !!lang && !!lower && CHANGE_VERBS[lang].test(lower);
}
