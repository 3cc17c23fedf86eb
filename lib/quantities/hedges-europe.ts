import type { Bound } from '../model';
import type { WordsLanguage } from './number-words-europe';

/**
 * Bounds and hedges of French, German, Spanish and Portuguese pages, as hedges.ts reads the
 * English ones: "plus de 100" and "más de 100" are "more than 100", "au moins", "mindestens"
 * at least, "environ", "unos", "cerca de", "rund" about, "jusqu'à", "bis zu", "hasta" up to.
 */
export type Hedge = [string[], Bound];

const phrases = (list: Record<string, Bound>): Hedge[] =>
  Object.entries(list).map(([w, b]) => [w.split(' '), b] as Hedge).sort((x, y) => y[0].length - x[0].length);

const BEFORE: Readonly<Record<WordsLanguage, Hedge[]>> = {
  fr: phrases({
    'plus de': '>', 'au moins': '>', 'pas moins de': '>', 'au minimum': '>', 'au-delà de': '>', 'supérieur à': '>', 'plus que': '>', 'bien plus de': '>', 'plus grand que': '>', 'supérieure à': '>', 'supérieurs à': '>', 'supérieures à': '>',
    'moins de': '<', "jusqu'à": '<', 'jusqu’à': '<', 'au plus': '<', 'au maximum': '<', 'pas plus de': '<', 'inférieur à': '<', 'plus petit que': '<', 'inférieure à': '<', 'inférieurs à': '<', 'inférieures à': '<', 'moins que': '<', 'tout au plus': '<',
    environ: '~', 'près de': '~', quelque: '~', 'autour de': '~', approximativement: '~', presque: '~', quasiment: '~', pratiquement: '~',
    'à peu près': '~', 'aux alentours de': '~', "de l'ordre de": '~', 'une estimation de': '~', 'un peu plus de': '>', 'un peu moins de': '<',
  }),
  es: phrases({
    'más de': '>', 'mas de': '>', 'al menos': '>', 'por lo menos': '>', 'como mínimo': '>', 'un mínimo de': '>', 'por encima de': '>', 'superior a': '>', 'poco más de': '>', 'mayor que': '>', 'mayor a': '>', 'mayores que': '>', 'mayores a': '>', 'más que': '>',
    'menos de': '<', hasta: '<', 'como máximo': '<', 'un máximo de': '<', 'no más de': '<', 'por debajo de': '<', 'inferior a': '<', 'poco menos de': '<', 'menor que': '<', 'menor a': '<', 'menores que': '<', 'menores a': '<', 'menos que': '<',
    unos: '~', unas: '~', 'cerca de': '~', 'alrededor de': '~', aproximadamente: '~', casi: '~', 'en torno a': '~', 'aproximadamente unos': '~', 'alrededor de unos': '~',
  }),
  pt: phrases({
    'mais de': '>', 'pelo menos': '>', 'ao menos': '>', 'no mínimo': '>', 'acima de': '>', 'superior a': '>', 'um mínimo de': '>', 'maior que': '>', 'maior do que': '>', 'mais do que': '>',
    'menos de': '<', 'até': '<', 'no máximo': '<', 'abaixo de': '<', 'inferior a': '<', 'um máximo de': '<', 'menor que': '<', 'menor do que': '<', 'menos do que': '<',
    'cerca de': '~', quase: '~', aproximadamente: '~', 'em torno de': '~', 'por volta de': '~', 'perto de': '~', uns: '~', umas: '~', 'aproximadamente uns': '~',
  }),
  de: phrases({
    'mehr als': '>', mindestens: '>', 'über': '>', wenigstens: '>', 'gut': '>', 'knapp über': '>', 'weit über': '>', 'größer als': '>', 'höher als': '>',
    'weniger als': '<', 'bis zu': '<', 'höchstens': '<', maximal: '<', unter: '<', 'knapp unter': '<', 'kleiner als': '<', 'niedriger als': '<',
    rund: '~', etwa: '~', 'ungefähr': '~', fast: '~', knapp: '~', beinahe: '~', circa: '~', 'ca .': '~', zirka: '~', nahezu: '~', 'annähernd': '~', schätzungsweise: '~',
  }),
};

/** After the number: "100 ou plus", "100 o más", "100 oder mehr". */
const AFTER: Readonly<Record<WordsLanguage, Hedge[]>> = {
  fr: phrases({ 'ou plus': '>', 'et plus': '>', 'au moins': '>', 'environ': '~', 'ou moins': '<' }),
  es: phrases({ 'o más': '>', 'o mas': '>', 'y más': '>', 'como mínimo': '>', 'o menos': '<' }),
  pt: phrases({ 'ou mais': '>', 'e mais': '>', 'no mínimo': '>', 'ou menos': '<' }),
  de: phrases({ 'oder mehr': '>', 'und mehr': '>', 'oder weniger': '<' }),
};

function byLastWord(entries: readonly Hedge[]): Map<string, Hedge[]> {
  const map = new Map<string, Hedge[]>();
  for (const entry of entries) {
    const last = entry[0][entry[0].length - 1]!;
    map.set(last, [...(map.get(last) ?? []), entry]);
  }
  return map;
}

const LANGS: WordsLanguage[] = ['fr', 'es', 'pt', 'de'];
export const EUROPEAN_BEFORE: Readonly<Record<WordsLanguage, Map<string, Hedge[]>>> = Object.fromEntries(LANGS.map((l) => [l, byLastWord(BEFORE[l])])) as Record<WordsLanguage, Map<string, Hedge[]>>;
export const EUROPEAN_AFTER = AFTER;
/** The word "or" of each language: "100 personnes ou plus" may put the noun before the bound. */
export const EUROPEAN_OR: Readonly<Record<WordsLanguage, string>> = { fr: 'ou', es: 'o', pt: 'ou', de: 'oder' };
/**
 * French elides "de" before a vowel: "plus d'un million" is "plus de" + "un million". The
 * phrases ending in "de", without it, for a number whose first word carries the "d'".
 */
export const FRENCH_ELIDED: Map<string, Hedge[]> = byLastWord(BEFORE.fr.filter(([p]) => p.length > 1 && p[p.length - 1] === 'de').map(([p, b]) => [p.slice(0, -1), b] as Hedge));
