import type { Token } from './tokens';
import { newMention, type Mention } from './mention';
import { lexicon } from './lexicon';
import type { WordsLanguage } from './number-words-europe';

/**
 * Shares of a whole in French, German, Spanish and Portuguese, read as English "half of",
 * "two-thirds of" are (fractions.ts): kind "multiplier", the value the fraction.
 * "la moitié des personnes", "plus de la moitié", "deux tiers des électeurs", "la mitad de la
 * clase", "a metade dos votos", "die Hälfte der Stimmen", "zwei Drittel der Befragten".
 * A fraction other than the half is read only with its count and "of" after it, since
 * "cuarto" and "quarto" are also rooms, "Viertel" a district and "un quart d'heure" a time.
 */
interface ShareWords {
  /** The words for a half, read alone: "moitié" is always a half. */
  half: ReadonlySet<string>;
  /** Denominators read after a count ("deux tiers"). */
  parts: ReadonlyMap<string, number>;
  counts: ReadonlyMap<string, number>;
  /** The word for "of" after the share. */
  of: RegExp;
}

const SHARES: Readonly<Record<WordsLanguage, ShareWords>> = {
  fr: {
    half: new Set(['moitié', 'moitie']), parts: lexicon({ tiers: 3, quart: 4, quarts: 4 }),
    counts: lexicon({ un: 1, deux: 2, trois: 3 }), of: /^(de|des|du|d'\p{L}*|d’\p{L}*)$/u,
  },
  es: {
    half: new Set(['mitad']), parts: lexicon({ tercio: 3, tercios: 3 }),
    counts: lexicon({ un: 1, dos: 2 }), of: /^(de|del)$/,
  },
  pt: {
    half: new Set(['metade']), parts: lexicon({ 'terço': 3, 'terços': 3, terco: 3, tercos: 3 }),
    counts: lexicon({ um: 1, dois: 2 }), of: /^(de|do|da|dos|das)$/,
  },
  de: {
    half: new Set(['hälfte', 'haelfte']), parts: lexicon({ drittel: 3, viertel: 4 }),
    counts: lexicon({ ein: 1, einem: 1, zwei: 2, drei: 3 }), of: /^(der|des|aller|von)$/,
  },
};
/** Times a quarter is of ("un quart d'heure"): a duration, not a share. */
const TIME_AFTER = /(heure|stunde|siècle|jahrhundert)/;

export function findEuropeanFractions(tokens: readonly Token[], lang: WordsLanguage): Mention[] {
  const words = SHARES[lang];
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (words.half.has(w)) {
      const m = newMention(i, i, 0.5, true, false);
      m.kind = 'multiplier';
      found.push(m);
      continue;
    }
    const part = words.parts.get(w);
    const count = words.counts.get(tokens[i - 1]?.lower ?? '');
    const of = tokens[i + 1]?.lower ?? '';
    if (part === undefined || count === undefined || !words.of.test(of) || TIME_AFTER.test(of + ' ' + (tokens[i + 2]?.lower ?? ''))) continue;
    // "un tiers", "deux tiers": the plural goes with more than one (French "tiers" is both).
    const m = newMention(i - 1, i, count / part, true, false);
    m.kind = 'multiplier';
    found.push(m);
  }
  return found;
}
