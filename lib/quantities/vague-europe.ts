import type { Token } from './tokens';
import { newMention, type Mention } from './mention';
import { lexicon } from './lexicon';
import type { WordsLanguage } from './number-words-europe';

/**
 * Vague amounts of French, German, Spanish and Portuguese pages, read as English "dozens" and
 * "hundreds of thousands" are (vague.ts): kind "vague", bound ">", the value two of the unit
 * ("des centaines" >= 200, "Zehntausende" >= 20,000, "decenas de miles" >= 20,000); "plusieurs",
 * "mehrere", "varios", "vários" make it three. And the approximate collectives "une vingtaine
 * de", "un centenar de", "uma dezena de": a count of about that many (bound "~"); the dozen is
 * a dozen, as English "a dozen" is 12.
 */
interface VagueLexicon {
  plural: ReadonlyMap<string, number>;
  /** Singular scales read after "several" ("mehrere hundert"). */
  singular: ReadonlyMap<string, number>;
  several: ReadonlySet<string>;
  few: ReadonlySet<string>;
  /** The preposition between two plural scales ("dizaines de milliers"). */
  of: string;
  /** "une vingtaine": the articles, the nouns and their value. */
  articles: ReadonlySet<string>;
  about: ReadonlyMap<string, number>;
}

const VAGUE: Readonly<Record<WordsLanguage, VagueLexicon>> = {
  fr: {
    plural: lexicon({ dizaines: 10, douzaines: 12, centaines: 100, milliers: 1000, millions: 1e6, milliards: 1e9 }),
    singular: lexicon({}), several: new Set(['plusieurs']), few: new Set(['quelques']), of: 'de', articles: new Set(['une', 'un']),
    about: lexicon({ dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000 }),
  },
  de: {
    plural: lexicon({ dutzende: 12, hunderte: 100, tausende: 1000, zehntausende: 1e4, hunderttausende: 1e5, millionen: 1e6, milliarden: 1e9 }),
    singular: lexicon({ hundert: 100, tausend: 1000 }), several: new Set(['mehrere']), few: new Set(['einige']), of: '', articles: new Set(['ein', 'einem', 'einen']),
    about: lexicon({ dutzend: 12 }),
  },
  es: {
    plural: lexicon({ decenas: 10, docenas: 12, cientos: 100, centenares: 100, miles: 1000, millares: 1000, millones: 1e6 }),
    singular: lexicon({}), several: new Set(['varios', 'varias']), few: new Set(['unos', 'unas']), of: 'de', articles: new Set(['una', 'un']),
    about: lexicon({ decena: 10, docena: 12, veintena: 20, treintena: 30, centenar: 100, millar: 1000 }),
  },
  pt: {
    plural: lexicon({ dezenas: 10, 'dúzias': 12, centenas: 100, milhares: 1000, 'milhões': 1e6, 'bilhões': 1e9 }),
    singular: lexicon({}), several: new Set(['vários', 'várias']), few: new Set(['alguns', 'algumas']), of: 'de', articles: new Set(['uma', 'um']),
    about: lexicon({ dezena: 10, 'dúzia': 12, vintena: 20, centena: 100, milhar: 1000 }),
  },
};

export function findEuropeanVagueAmounts(tokens: readonly Token[], lang: WordsLanguage): Mention[] {
  const v = VAGUE[lang];
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const about = v.about.get(w);
    if (about !== undefined && v.articles.has(tokens[i - 1]?.lower ?? '') && collectiveEnds(tokens[i + 1], v.of)) {
      const m = newMention(i - 1, i, about, true, about >= 1000);
      if (about !== 12) m.bound = '~';
      found.push(m);
      continue;
    }
    const factor = v.several.has(w) ? 3 : v.few.has(w) ? 2 : 0;
    const after = tokens[i + 1]?.lower ?? '';
    const scaled = factor ? v.singular.get(after) ?? v.plural.get(after) : undefined;
    const scale = scaled ?? v.plural.get(w);
    if (scale === undefined) continue;
    const first = i;
    if (scaled !== undefined) i++;
    else if (tokens[i - 1]?.kind === 'num') continue; // "2 Millionen" is read with the digits
    let value = (factor || 2) * scale;
    // "des dizaines de milliers", "cientos de miles", "dezenas de milhares".
    const bigger = v.of && tokens[i + 1]?.lower === v.of ? v.plural.get(tokens[i + 2]?.lower ?? '') : undefined;
    if (bigger !== undefined && bigger > scale) {
      value *= bigger;
      i += 2;
    }
    const m = newMention(first, i, value, true, true);
    m.kind = 'vague';
    m.bound = '>';
    found.push(m);
  }
  return found;
}

/** "une vingtaine de morts", "une vingtaine d'entre eux", "ils étaient une vingtaine.": not "en quarantaine". */
function collectiveEnds(next: Token | undefined, of: string): boolean {
  if (!next || next.kind === 'punct') return true;
  if (!of) return true;
  return next.lower === of || next.lower.startsWith("d'");
}
