import type { Token } from './tokens';
import type { NumberLocale } from './locale';
import { parseDigits } from './locale';
import { SCALES, TIGHT_SCALES, readNumberWords, startsNumberWords } from './number-words';
import { newMention, type Mention } from './mention';
import { CURRENCY_SIGNS, DURATION_UNITS, MEASURE_UNITS } from './units';
import { isLetterCurrency } from './currency-amounts';
import { andHalfAfter } from './halves-europe';
import { DIGIT_SCALES } from './number-words-lexicons';
import { wordsLanguage } from './number-words-europe';

/** Words that make "one" a pronoun or an idiom rather than a count ("no one", "the one who"). */
const ONE_NOT_COUNT_BEFORE = new Set(['no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'someone', 'anyone', 'little', 'last', 'middle', 'first', 'next', 'other', 'big', 'new', 'old', 'same', 'young', 'latest', 'right', 'wrong', 'good', 'bad', 'another', 'such']);
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
const ONE_NOT_COUNT_AFTER = new Set(['another', 'day', 'way', 'thing', 'time', 'point', 'side', 'by', 'that', 'which', 'who', 'might', 'can', 'could', 'would', 'should', 'must', 'may', 'will', 'moment']);

/**
 * Finds every number in a sentence: digit numerals with their scale ("1.2 million", "2.1m",
 * "1 234" where the language groups with spaces) and number words. Kinds, units and hedges are
 * read by later steps.
 */
export function findNumerals(tokens: readonly Token[], locale: NumberLocale): Mention[] {
  const found: Mention[] = [];
  // French, German, Spanish and Portuguese pages read their own number words (number-words-europe.ts).
  const englishWords = wordsLanguage(locale.base) === null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'num') {
      const m = readDigits(tokens, i, locale);
      if (m) {
        found.push(m);
        i = m.last;
      }
    } else if (t.kind === 'word' && englishWords) {
      // Most words start no number: asked first, so that neither test below is made for them.
      if (!startsNumberWords(t.lower)) continue;
      // "high-five", "catch-all": a number word glued into a compound is no number.
      if (tokens[i - 1]?.lower === '-' && !t.gap && !tokens[i - 1]!.gap && tokens[i - 2]?.kind === 'word' && !readNumberWords(tokens, i - 2)) continue;
      const w = readNumberWords(tokens, i);
      if (!w || isIdiomaticOne(tokens, i, w.last)) continue;
      // "a thing or two", "a word or two": a few, not two.
      if (t.lower === 'two' && tokens[i - 1]?.lower === 'or' && /^(a|an)$/.test(tokens[i - 3]?.lower ?? '')) continue;
      const m = newMention(i, w.last, w.value, true, w.value >= 1000);
      found.push(m);
      i = w.last;
    }
  }
  return found;
}

/**
 * Splits digit tokens that are no number in this locale into their parts: "22,24,26,31" is a
 * list, "192.168.1.2" an address of four numbers.
 */
export function splitLists(tokens: readonly Token[], locale: NumberLocale): readonly Token[] {
  // Nearly every sentence has no list: it keeps its tokens as they are, not a copy of them.
  let first = 0;
  while (first < tokens.length && !isList(tokens[first]!, locale)) first++;
  if (first === tokens.length) return tokens;
  const out: Token[] = tokens.slice(0, first);
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isList(t, locale)) {
      out.push(t);
      continue;
    }
    const re = /\d+|[.,]/g;
    for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
      const start = t.start + m.index;
      out.push({ text: m[0], lower: m[0], kind: /\d/.test(m[0]) ? 'num' : 'punct', start, end: start + m[0].length, gap: m.index === 0 ? t.gap : false });
    }
  }
  return out;
}

/** Only comma lists are split; "1.8.3" is a version and "192.168.1.2" an address: no figures. */
function isList(t: Token, locale: NumberLocale): boolean {
  return t.kind === 'num' && t.text.includes(',') && parseDigits(t.text, locale) === null;
}

function readDigits(tokens: readonly Token[], i: number, locale: NumberLocale): Mention | null {
  const t = tokens[i]!;
  // Digits glued to letters are part of a name ("G7", "MP3", "COVID-19" is handled in kinds).
  const prev = tokens[i - 1];
  if (prev && !t.gap && prev.kind === 'word' && !(prev.text === prev.text.toUpperCase() && CURRENCY_SIGNS.has(prev.lower)) && !isLetterCurrency(tokens, i - 1)) return null;
  let raw = t.text;
  let last = i;
  // "1 234 567" in languages that group with a space.
  // "1 234 567", "40 000": groups of exactly three digits after a single space. English rarely
  // writes it, but when it does it means the same, and two counts are never written so.
  if (/^\d{1,3}$/.test(raw)) {
    while (tokens[last + 1]?.kind === 'num' && tokens[last + 1]!.gap && /^\d{3}(?:[.,]\d+)?$/.test(tokens[last + 1]!.text) && isSpaceGroup(tokens, last) && /^\d+$/.test(tokens[last]!.text)) {
      raw += tokens[last + 1]!.text;
      last++;
    }
  }
  // "1'500", "2’300’000": Swiss German groups thousands with an apostrophe.
  if (/^\d{1,3}$/.test(raw) && last === i) {
    while (isApostropheGroup(tokens, last)) {
      raw += tokens[last + 2]!.text;
      last += 2;
    }
  }
  const parsed = parseDigits(raw, locale);
  if (parsed === null) return null;
  let value = parsed;
  let grouped = raw !== t.text || raw.includes(locale.group);
  // A scale: "1.2 million", "2 Millionen", tight "2.1m", "$42bn", "10k".
  const next = tokens[last + 1];
  let applied: number | undefined;
  if (next && next.kind === 'word') {
    // The page's language first: a French "billion" is 10^12.
    const scale = DIGIT_SCALES[locale.base]?.get(next.lower) ?? SCALES.get(next.lower);
    const tight = !next.gap ? TIGHT_SCALES.get(next.lower) : undefined;
    if (scale !== undefined) {
      value *= scale;
      applied = scale;
      last++;
      grouped = true;
      // "5 Mio. Euro", "3 Mrd. €": the abbreviation's dot is part of it, not the sentence's end.
      if (ABBREVIATED_SCALES.has(next.lower) && tokens[last + 1]?.lower === '.' && !tokens[last + 1]!.gap && tokens[last + 2]) last++;
      // "3 mil millones", "2 mil milhões": a thousand millions; "2.5 lakh crore": a lakh of crores.
      // A bigger scale right after a smaller one multiplies it.
      const bigger = scale >= 1000 ? SCALES.get(tokens[last + 1]?.lower ?? '') : undefined;
      if (bigger !== undefined && bigger >= 1e6 && bigger > scale) {
        value *= bigger;
        applied = 1000 * bigger;
        last++;
      }
    } else if (tight !== undefined && (next.lower !== 'm' || millionNotMetre(tokens, i, last + 1, value))) {
      value *= tight;
      applied = tight;
      last++;
      grouped = true;
    }
  }
  // "3 million and a half": half of the scale just written.
  if (applied && applied >= 1000 && tokens[last + 1]?.lower === 'and' && tokens[last + 2]?.lower === 'a' && /^(half|quarter)$/.test(tokens[last + 3]?.lower ?? '')) {
    value += (tokens[last + 3]!.lower === 'half' ? 0.5 : 0.25) * applied;
    last += 3;
  }
  // "3 millions et demi", "2 millones y medio", "2 milhões e meio".
  const halfAt = applied && applied >= 1000 && !locale.english ? andHalfAfter(tokens, last, wordsLanguage(locale.base) ?? 'de') : -1;
  if (halfAt > 0) {
    value += 0.5 * applied!;
    last = halfAt;
  }
  let first = i;
  // A sign or a leading decimal mark written tight against the digits: "-5C", ".08", ",08" in French.
  const mark = tokens[i - 1];
  if (mark && !t.gap && (mark.gap || i === 1) && tokens[i - 2]?.kind !== 'num') {
    if (mark.lower === '-' || mark.lower === '−') {
      value = -value;
      first = i - 1;
    } else if (mark.lower === locale.decimal && /^\d+$/.test(raw) && !applied) {
      value = Number('0.' + raw);
      first = i - 1;
    }
  }
  const m = newMention(first, last, value, false, grouped);
  m.core = i;
  m.integer = Number.isInteger(value);
  if (applied !== undefined) m.scale = applied;
  return m;
}

/** Scale words written short with a dot ("Mio.", "Mrd.", "Tsd.", "mln.", "bln."). */
const ABBREVIATED_SCALES = new Set(['mio', 'mrd', 'tsd', 'mln', 'bln', 'mill', 'mds', 'md']);

/** An apostrophe and three digits tight after the digits at k ("1'500"); "5'10" is a height. */
function isApostropheGroup(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k + 1];
  const group = tokens[k + 2];
  if (!mark || !group || mark.gap || group.gap || (mark.text !== "'" && mark.text !== '’') || group.kind !== 'num') return false;
  return /^\d{3}(?:[.,]\d+)?$/.test(group.text) && !(tokens[k + 3] && !tokens[k + 3]!.gap && (tokens[k + 3]!.text === "'" || tokens[k + 3]!.text === '’') && tokens[k + 4]?.kind !== 'num');
}

function isSpaceGroup(tokens: readonly Token[], k: number): boolean {
  // Only a real space between the groups; the tokenizer dropped it, so compare offsets.
  return tokens[k + 1]!.start - tokens[k]!.end === 1;
}

/** A tight "m" is million after a currency sign, a decimal, or before a plural noun; else metres. */
function millionNotMetre(tokens: readonly Token[], i: number, mIndex: number, value: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (before === '$' || before === '€' || before === '£' || before === '¥' || before === '₹') return true;
  if (tokens[mIndex]!.text === 'M') return true; // metres are never a capital M
  const after = tokens[mIndex + 1];
  // "1.8m tall", "a 3m wall": metres; "2.1m people", "£2.1m": million.
  if (after?.kind === 'word' && /^(tall|long|high|wide|deep|away|wall|fence|drop|high|above|below|under|from|in|of)$/.test(after.lower)) return after.lower === 'in' || after.lower === 'of' ? !Number.isInteger(value) : false;
  if (!Number.isInteger(value)) return true;
  return after?.kind === 'word' && /^[a-z]+s$/.test(after.text);
}

function isIdiomaticOne(tokens: readonly Token[], i: number, last: number): boolean {
  if (tokens[i]!.lower !== 'one' || last !== i) return false;
  const before = tokens[i - 1]?.lower ?? '';
  const after = tokens[i + 1]?.lower ?? '';
  // "that one mile", "the one kilometre stretch": before a unit of measure, one counts it.
  if (MEASURE_UNITS.has(after) && !DURATION_UNITS.has(after) && !ONE_NOT_COUNT_AFTER.has(after) && after !== 'second') return false;
  // "a simple one", "the now-infamous one", "a “shared” one": an article a few words back makes it a pronoun.
  let article = false;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k]!;
    if (/^(a|an|the)$/.test(t.lower)) {
      article = k < i - 1;
      break;
    }
    if (t.kind === 'num' || (t.kind === 'punct' && !/^[-"“”‘’']$/.test(t.text))) break;
    if (t.kind === 'word' && /^(of|how|in|on|at|to|for|with|by|from|and|or|that|which|who|is|was|are|were|be|if|than)$/.test(t.lower)) break;
  }
  // "one city after another", "one structure over another".
  const another = tokens.slice(i + 1, i + 5).some((t) => t.lower === 'another');
  // "one or two" is a range, "one or the other" is not.
  const orOther = after === 'or' && !readNumberWords(tokens, i + 2);
  const onOneHand = after === 'hand' && (before === 'on' || before === 'the');
  // "only one coach was left" counts (hedged by "only"); "his only one", "only one." do not.
  const onlyOne = before === 'only' && (tokens[i + 1]?.kind !== 'word' || POSSESSIVES.has(tokens[i - 2]?.lower ?? ''));
  return ONE_NOT_COUNT_BEFORE.has(before) || onlyOne || ONE_NOT_COUNT_AFTER.has(after) || after === "'s" || article || orOther || onOneHand || another;
}
