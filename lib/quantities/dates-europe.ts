import type { Token } from './tokens';
import type { Mention } from './mention';
import type { WordsLanguage } from './number-words-europe';

/**
 * Times, decades and compared amounts as French, Spanish, Portuguese and German pages write
 * them, read after the dates step:
 * - "5h45", "à 20h", "17h30" (French and Portuguese), "17 Uhr", "17.30 Uhr" (German): a time;
 * - "les années 90", "los años 90", "os anos 90": a decade, which is a year as English "the 90s";
 * - "más de 2000", "plus de 1500", "mehr als 2000": an amount compared, never a year.
 */
const AMOUNT_WORDS = /^(más|mas|plus|mais|menos|moins|mehr|weniger)$/;
const AMOUNT_LINK = /^(de|d'|d’|als|que|do)$/;
const DECADE_NOUN = /^(años|années|anos)$/;
const DECADE_ARTICLE = /^(los|les|os|des|dos|das|las)$/;
/** Words before a clock time: "à 20h", "vers 18h", "dès 7h", "às 15h". */
const AT_CLOCK = /^(à|vers|dès|avant|après|jusqu'à|jusqu’à|às|até|depois|antes)$/;

export function readEuropeanTimes(tokens: readonly Token[], mentions: Mention[], lang: WordsLanguage): void {
  for (const m of mentions) {
    if (m.dropped) continue;
    const before = tokens[m.first - 1];
    if (m.kind === 'year') {
      if (AMOUNT_LINK.test(before?.lower ?? '') && AMOUNT_WORDS.test(tokens[m.first - 2]?.lower ?? '')) m.kind = 'count';
      continue;
    }
    const digits = tokens[m.core]!.text;
    // "à 20h", "às 15h": a read "20h" measure is a time after a word of the clock.
    if (m.kind === 'measure' && m.unit === 'h' && (lang === 'fr' || lang === 'pt') && /^\d{1,2}$/.test(digits) && +digits <= 24 && AT_CLOCK.test(before?.lower ?? '')) {
      m.kind = 'time';
      continue;
    }
    if (m.kind !== 'count' || m.words || m.last !== m.core) continue;
    if (/^\d0$/.test(digits) && DECADE_NOUN.test(before?.lower ?? '') && DECADE_ARTICLE.test(tokens[m.first - 2]?.lower ?? '')) {
      m.kind = 'year';
      m.first--;
      continue;
    }
    const after = tokens[m.last + 1];
    if ((lang === 'fr' || lang === 'pt') && /^\d{1,2}$/.test(digits) && +digits <= 24 && after && !after.gap && after.lower === 'h') {
      m.kind = 'time';
      m.last++;
      const minutes = tokens[m.last + 1];
      if (minutes && !minutes.gap && /^\d{2}$/.test(minutes.text)) m.last++;
    } else if (lang === 'de' && /^\d{1,2}([.:]\d{2})?$/.test(digits) && after?.lower === 'uhr') {
      m.kind = 'time';
      m.last++;
    }
  }
}
