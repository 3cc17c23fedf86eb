import type { Token } from './tokens';
import { newMention, type Mention } from './mention';
import { FRENCH, PORTUGUESE, SPANISH, type Part, type RomanceLexicon } from './number-words-lexicons';
import { germanWordValue } from './number-words-de';
import { andHalfAfter, germanHalf } from './halves-europe';
import { lexicon } from './lexicon';

/**
 * Number words of French, German, Spanish and Portuguese pages: "dix-huit", "soixante-dix-huit",
 * "vingt et un", "achtzehn", "zwei Millionen", "dieciocho", "mil quinientos", "cento e cinquenta".
 * Read only when the page is in that language, so English pages pay nothing. The article that is
 * also "one" ("un homme", "ein Mann", "um homem") is read only inside a longer number
 * ("un million", "vingt et un"), as English "a man" is no figure.
 */
export type WordsLanguage = 'fr' | 'de' | 'es' | 'pt';

/** Part "g": a German word that is a whole number below a million ("dreihundertfünfundvierzig"). */
type Piece = readonly [number, Part | 'g'];

const GERMAN_ONE = new Set(['ein', 'eine', 'einen', 'einem', 'einer']);
const GERMAN_SCALES: ReadonlyMap<string, number> = lexicon({ million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, billion: 1e12, billionen: 1e12 });
const ROMANCE: Readonly<Record<Exclude<WordsLanguage, 'de'>, RomanceLexicon>> = { fr: FRENCH, es: SPANISH, pt: PORTUGUESE };

export function wordsLanguage(base: string): WordsLanguage | null {
  return base === 'fr' || base === 'de' || base === 'es' || base === 'pt' ? base : null;
}

function pieceOf(word: string, lang: WordsLanguage): Piece | undefined {
  if (lang !== 'de') return ROMANCE[lang].words.get(word);
  if (GERMAN_ONE.has(word)) return [1, 'one'];
  const scale = GERMAN_SCALES.get(word);
  if (scale !== undefined) return [scale, 's'];
  if (word === 'dutzend') return [12, 'd'];
  const v = germanWordValue(word) ?? germanHalf(word);
  return v === undefined ? undefined : [v, 'g'];
}

interface State { total: number; current: number; words: number; onlyOne: boolean }

/** Adds one word to the number read so far, or null when it cannot continue it ("deux trois"). */
function add(state: State, [v, part]: Piece, lang: WordsLanguage): State | null {
  const { total, current } = state;
  const rest = current % 100;
  let next = current;
  let sum = total;
  if (part === 'n' || part === 'one') {
    if (rest === 0) next = current + v;
    else if (rest >= 10 && rest % 10 === 0 && v < 10) next = current + v; // "dix-huit", "vingt-deux", "treinta y dos"
    else if (lang === 'fr' && (rest === 60 || rest === 80) && v >= 10 && v < 20) next = current + v; // "soixante-dix-huit"
    else if (lang === 'fr' && rest === 4 && v === 20) next = current + 76; // "quatre-vingt(s)"
    else return null;
  } else if (part === 'h' || part === 'g') {
    if (current !== 0) return null;
    next = v;
  } else if (part === 'd') {
    if (rest === 0) return null;
    next = current - rest + rest * 12; // "trois cent deux douzaines": 300 + 2 dozen
  } else if (part === 'x') {
    if (current >= 10) return null; // "deux cents", "cent"
    next = (current || 1) * 100;
  } else {
    // A scale: "mil" and "mille" may stand alone; "millions" alone is a vague amount, read elsewhere.
    if (state.words === 0 && v !== 1000) return null;
    // The part already read below this scale is multiplied by it: "mil millones",
    // "tres billones cuatrocientos cincuenta y cinco mil millones" (3,455,000,000,000).
    const below = total % v;
    if (state.words > 0 && current === 0 && below === 0) return null; // "millions millions"
    sum = total - below + (below + current || 1) * v;
    next = 0;
  }
  return { total: sum, current: next, words: state.words + 1, onlyOne: state.onlyOne && part === 'one' };
}

export interface WordNumber { value: number; last: number }

const ELIDED = /^(d|qu)['’]/;

/** Reads a number in words from token i on a page in `lang`, or null. */
export function readEuropeanNumberWords(tokens: readonly Token[], i: number, lang: WordsLanguage): WordNumber | null {
  // German capitalises nouns: after another word, "Acht" is "außer Acht lassen", "Tausende" is
  // read by the vague step; a number word is written in lower case there.
  if (lang === 'de' && tokens[i - 1]?.kind === 'word' && tokens[i]!.text !== tokens[i]!.lower) return null;
  let state: State = { total: 0, current: 0, words: 0, onlyOne: true };
  let last = -1;
  const and = lang === 'de' ? '' : ROMANCE[lang].and;
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    // French elides "de" and "que" before a vowel: "plus d'un million", "qu'un million".
    const word = j === i && lang === 'fr' ? t.lower.replace(ELIDED, '') : t.lower;
    const piece = t.kind === 'word' ? pieceOf(word, lang) : undefined;
    const after = piece && add(state, piece, lang);
    if (!after) break;
    state = after;
    last = j;
    // A hyphen ("dix-huit") or the language's "and" ("vingt et un", "cento e cinquenta") joins
    // the next word only when that word continues the number.
    const joiner = tokens[j + 1];
    const glued = joiner?.lower === '-' && !joiner.gap && tokens[j + 2] && !tokens[j + 2]!.gap;
    if (joiner && (glued || (and && joiner.lower === and)) && tokens[j + 2]?.kind === 'word') {
      const more = pieceOf(tokens[j + 2]!.lower, lang);
      if (more && add(state, more, lang)) {
        j += 2;
        continue;
      }
      break;
    }
    j++;
  }
  if (last < 0 || state.onlyOne) return null;
  return { value: state.total + state.current, last };
}

/** French "neuf" is also "new" ("un bâtiment neuf"): alone, it counts only before a noun. */
function isAdjectiveNeuf(tokens: readonly Token[], i: number, last: number, lang: WordsLanguage): boolean {
  if (lang !== 'fr' || i !== last || tokens[i]!.lower !== 'neuf') return false;
  const next = tokens[i + 1];
  return !next || next.kind !== 'word' || next.lower === 'et' || next.lower === 'ou' || next.lower === 'de';
}

/** The ordinal or fraction a number word begins: "vingt et unième", "vingt-deuxième", "veintiunavo". */
const ORDINAL_END = /^[\p{L}]*(?:i[eè]mes?|[eé]sim[oa]s?|avos?)$/u;

/** A number word inside a hyphenated name or noun ("Trois-Rivières", "deux-roues") is no figure. */
function inCompound(tokens: readonly Token[], i: number, last: number, lang: WordsLanguage): boolean {
  const before = tokens[i - 1];
  const after = tokens[last + 1];
  if (lang !== 'de' && after && (after.lower === '-' || after.lower === ROMANCE[lang].and) && ORDINAL_END.test(tokens[last + 2]?.lower ?? '')) return true;
  const glued = (t: Token | undefined, k: number) => t?.lower === '-' && !t.gap && tokens[k]?.kind === 'word' && !tokens[k]!.gap;
  if (glued(before, i) && tokens[i - 2]?.kind === 'word' && !tokens[i - 1]!.gap && !pieceOf(tokens[i - 2]!.lower, lang)) return true;
  return glued(after, last + 2) && !pieceOf(tokens[last + 2]!.lower, lang);
}

export function findEuropeanNumberWords(tokens: readonly Token[], lang: WordsLanguage): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    // "un et demi": the article is one here, with its half.
    const w = readEuropeanNumberWords(tokens, i, lang) ?? (pieceOf(tokens[i]!.lower, lang)?.[1] === 'one' && andHalfAfter(tokens, i, lang) > 0 ? { value: 1, last: i } : null);
    if (!w) continue;
    if (isAdjectiveNeuf(tokens, i, w.last, lang) || inCompound(tokens, i, w.last, lang)) {
      i = w.last;
      continue;
    }
    // "un million et demi", "tres millones y medio": half of the scale just written; "cinq et demi": a half.
    const half = andHalfAfter(tokens, w.last, lang);
    const piece = half > 0 ? pieceOf(tokens[w.last]!.lower, lang) : undefined;
    const value = half > 0 ? w.value + (piece?.[1] === 's' ? piece[0] / 2 : 0.5) : w.value;
    found.push(newMention(i, half > 0 ? half : w.last, value, true, value >= 1000));
    i = half > 0 ? half : w.last;
  }
  return found;
}

/**
 * The quick pre-test of candidates.ts for these languages' words (it knows English only): a
 * sentence without digits passes when it holds one of them, or a share of a whole ("moitié").
 * German glues its number words together, so its test looks inside words.
 */
const MAY_HOLD: Readonly<Record<WordsLanguage, RegExp>> = {
  fr: /(?<![\p{L}\p{M}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|millions?|milliards?|dizaines?|douzaines?|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaines?|milliers?|demie?|moiti[ée]|tiers|quarts?)(?![\p{L}\p{M}])/iu,
  de: /eins|zwei|drei|vier|fünf|fuenf|zwoelf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|ßig|ssig|zig|hundert|tausend|million|milliard|billion|dutzend|halb|hälfte|haelfte|drittel|viertel/i,
  es: /(?<![\p{L}\p{M}])(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\p{L}+|veint\p{L}+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\p{L}+cient[oa]s|quinient[oa]s|mil|mill[oó]n|millones|bill[oó]n|billones|decenas?|docenas?|veintena|treintena|cientos|centenar(?:es)?|miles|millar(?:es)?|mitad|tercios?)(?![\p{L}\p{M}])/iu,
  pt: /(?<![\p{L}\p{M}])(?:dois|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|[cq]u?atorze|quinze|deze\p{L}+|deza\p{L}+|dezoito|vinte|trinta|quarenta|cinq[uü]enta|sessenta|setenta|oitenta|noventa|cem|cento|\p{L}+cent[oa]s|duzent[oa]s|trezent[oa]s|quinhent[oa]s|mil|milh[ãa]o|milh[õo]es|bilh[ãa]o|bilh[õo]es|trilh[ãa]o|trilh[õo]es|bili[ãõ][oe]s?|dezenas?|d[uú]zias?|vintena|centenas?|milhar(?:es)?|metade|ter[çc]os?)(?![\p{L}\p{M}])/iu,
};

export function mayHoldEuropeanWords(sentence: string, lang: WordsLanguage): boolean {
  return MAY_HOLD[lang].test(sentence);
}
