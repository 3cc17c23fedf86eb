import type { Token } from './tokens';
import type { Mention } from './mention';
import type { WordsLanguage } from './number-words-europe';

/**
 * What is counted, on French, Spanish, Portuguese and German pages. counted.ts reads the noun
 * phrase after a number with English function words; here the phrase it read is trimmed by the
 * page's own: "de" before the noun goes ("un million de personnes" counts "personnes"), and the
 * phrase ends at a conjunction, preposition, article or verb ("5 500 morts et touche" counts
 * "morts"). The figure's text ends where the counted noun now does.
 */
const OF: Readonly<Record<WordsLanguage, RegExp>> = {
  fr: /^(de|des|du)$/, es: /^(de|del)$/, pt: /^(de|do|da|dos|das)$/, de: /^$/,
};
const ELIDED_OF = /^d['’](?=\p{L})/u;
const STOP: Readonly<Record<WordsLanguage, ReadonlySet<string>>> = {
  fr: new Set(['et', 'ou', 'qui', 'que', 'dont', 'dans', 'sur', 'pour', 'par', 'avec', 'sans', 'sont', 'est', 'ont', 'a', 'été', 'était', 'étaient',
    'selon', 'mais', 'lors', 'depuis', 'pendant', 'après', 'avant', 'contre', 'entre', 'chez', 'vers', 'ne', 'se', 'sera', 'seront', 'le', 'la',
    'les', 'un', 'une', 'des', 'du', 'au', 'aux', 'en', 'y', 'à', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'dans', 'touche', 'touchent']),
  es: new Set(['y', 'o', 'e', 'u', 'que', 'quien', 'en', 'con', 'por', 'para', 'sin', 'es', 'son', 'fue', 'fueron', 'ha', 'han', 'según', 'pero',
    'desde', 'durante', 'tras', 'entre', 'contra', 'hacia', 'se', 'el', 'la', 'los', 'las', 'del', 'al', 'un', 'una', 'su', 'sus', 'a']),
  pt: new Set(['e', 'ou', 'que', 'em', 'no', 'na', 'nos', 'nas', 'com', 'por', 'para', 'sem', 'é', 'são', 'foi', 'foram', 'há', 'segundo', 'mas',
    'desde', 'durante', 'após', 'entre', 'contra', 'se', 'o', 'a', 'os', 'as', 'do', 'da', 'dos', 'das', 'um', 'uma', 'seu', 'sua', 'ao']),
  de: new Set(['und', 'oder', 'die', 'der', 'das', 'den', 'dem', 'des', 'in', 'im', 'mit', 'für', 'von', 'vom', 'auf', 'zu', 'zum', 'zur', 'ist',
    'sind', 'war', 'waren', 'wurde', 'wurden', 'hat', 'haben', 'nach', 'bei', 'seit', 'aus', 'gegen', 'sich', 'ein', 'eine', 'einem', 'einen', 'bis']),
};

/** The words of a counted phrase that stay: without a leading "de", up to the first stop word. */
function kept(words: string[], lang: WordsLanguage): string[] {
  let from = 0;
  if (words.length && OF[lang].test(words[0]!.toLowerCase())) from = 1;
  const out: string[] = [];
  for (let k = from; k < words.length; k++) {
    let w = words[k]!;
    if (k === from && ELIDED_OF.test(w) && lang === 'fr') w = w.slice(2); // "d'habitants"
    if (STOP[lang].has(w.toLowerCase())) break;
    out.push(w);
  }
  // "sénateurs de la majorité": no dangling "de" once the phrase is cut.
  while (out.length > 1 && OF[lang].test(out[out.length - 1]!.toLowerCase())) out.pop();
  return out;
}

export function tidyEuropeanCounted(tokens: readonly Token[], mentions: Mention[], lang: WordsLanguage): void {
  for (const m of mentions) {
    if (m.dropped || (m.kind !== 'count' && m.kind !== 'vague') || !m.unit) continue;
    const words = m.unit.split(' ');
    const keep = kept(words, lang);
    if (keep.length === words.length && keep[0] === words[0]) continue;
    // Where the phrase starts: the first token after the number that spells its first word.
    let start = m.last;
    for (let k = m.core + 1; k <= m.last; k++) {
      if (tokens[k]!.text === words[0]) {
        start = k;
        break;
      }
    }
    // The token each kept word ends at (a hyphenated word spans three tokens).
    let end = start - 1;
    let at = start;
    const skipped = words.length - keep.length > 0 && OF[lang].test(words[0]!.toLowerCase()) ? 1 : 0;
    for (let k = 0; k < skipped + keep.length && at <= m.last; k++) {
      at += 2 * (words[k]!.split('-').length - 1);
      end = at;
      at++;
    }
    const phraseEnd = start - 1 + countTokens(words);
    if (m.last === phraseEnd) m.last = keep.length ? end : start - 1;
    m.unit = keep.join(' ');
    m.what = kept(m.what.split(' '), lang).join(' ');
  }
}

function countTokens(words: string[]): number {
  let n = 0;
  for (const w of words) n += 1 + 2 * (w.split('-').length - 1);
  return n;
}
