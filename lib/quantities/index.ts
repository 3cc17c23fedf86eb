import type { Figure, Sentence } from '../model';
import { tokenize, type Token } from './tokens';
import { numberLocale } from './locale';
import type { Mention } from './mention';
import { findNumerals, splitLists } from './numerals';
import { readTimes } from './multipliers';
import { readOtherKinds } from './kinds';
import { addEnglishWordMentions } from './english-words';
import { readUnits } from './measures';
import { readCents } from './currency-amounts';
import { joinScaledParts } from './compound-numerals';
import { readMinusWords } from './minus';
import { readOrdinalSuffixes } from './ordinal-suffixes';
import { readEuropeanTimes } from './dates-europe';
import { readDatesAndTimes } from './dates';
import { readBoundPairs, readRanges } from './ranges';
import { readHedges } from './hedges';
import { readChanges, revisionBefore } from './change';
import { readCounted } from './counted';
import { tidyEuropeanCounted } from './counted-europe';
import { mayHoldFigures } from './candidates';
import { findEuropeanNumberWords, mayHoldEuropeanWords, wordsLanguage } from './number-words-europe';
import { findEuropeanVagueAmounts } from './vague-europe';
import { findEuropeanFractions } from './fractions-europe';
import { findHalfScales } from './halves-europe';

/**
 * Reads every figure in a report's text, sentence by sentence, the way a careful editor does:
 * the value, how sure the outlet is (bound and hedge), whether it is a change, what is counted
 * and what happened to it. Numbers that are not figures of the event (dates, years, ages,
 * ordinals, scores, phone numbers) are kept with their kind so that nothing mistakes them.
 *
 * `lang` (BCP 47) decides how digits are read: "1.234,5" is 1234.5 on a German page.
 * Offsets are UTF-16 code units into `text`.
 *
 * @example
 * readFigures('At least 18 people were killed.', [{ start: 0, end: 31 }], 'en')
 * // [{ text: 'At least 18 people', value: 18, bound: '>', hedge: 'at least', predicate: 'killed', what: 'people killed', ... }]
 */
export function readFigures(text: string, sentences: readonly Sentence[], lang?: string | null): Figure[] {
  const locale = numberLocale(lang);
  const words = wordsLanguage(locale.base);
  const figures: Figure[] = [];
  sentences.forEach((sentence, index) => {
    const raw = text.slice(sentence.start, sentence.end);
    if (!mayHoldFigures(raw) && !(words && mayHoldEuropeanWords(raw, words))) return;
    const tokens = splitLists(tokenize(text, sentence.start, sentence.end), locale);
    const found = findNumerals(tokens, locale);
    // A loop, not push(...): a sentence of a hundred thousand numbers must not overflow the stack.
    if (locale.english) addEnglishWordMentions(tokens, found);
    // French, German, Spanish, Portuguese pages: their own number words and vague amounts.
    else if (words) for (const more of [findEuropeanNumberWords(tokens, words), findEuropeanVagueAmounts(tokens, words), findEuropeanFractions(tokens, words), findHalfScales(tokens, words)]) for (const m of more) found.push(m);
    const mentions = sortByPlace(found);
    // A sentence the prefilter let through may hold no number after all ("no one knows"); every
    // step below only reads and changes mentions, so with none there is nothing left to do.
    if (mentions.length === 0) return;
    if (locale.english) joinScaledParts(tokens, mentions);
    readUnits(tokens, mentions, words);
    readCents(tokens, mentions);
    readMinusWords(tokens, mentions);
    readDatesAndTimes(tokens, live(mentions));
    if (words) {
      readOrdinalSuffixes(tokens, mentions, locale.base);
      readEuropeanTimes(tokens, mentions, words);
    }
    readOtherKinds(tokens, live(mentions), wordCount(tokens));
    dropCovered(mentions);
    readTimes(tokens, mentions);
    readRanges(tokens, live(mentions), (i) => revisionBefore(tokens, i), words);
    readHedges(tokens, live(mentions), words);
    readBoundPairs(tokens, live(mentions), words);
    readChanges(tokens, live(mentions));
    readCounted(tokens, live(mentions));
    if (words) tidyEuropeanCounted(tokens, live(mentions), words);
    for (const m of live(mentions)) figures.push(toFigure(text, tokens, m, index));
  });
  return figures;
}

function sortByPlace(mentions: Mention[]): Mention[] {
  sortMentions(mentions);
  // Two readings of the same words ("hundred" in "a hundred" and in "hundreds"): keep the first, longer one.
  let end = -1;
  return mentions.filter((m) => {
    if (m.first <= end) return false;
    end = m.last;
    return true;
  });
}

/**
 * By first token, the longer first: the order Array.prototype.sort gave with the same comparison
 * (both sorts are stable). An insertion sort, as a sentence has a handful of mentions: the
 * built-in sort allocated a work array at each of its calls.
 */
function sortMentions(mentions: Mention[]): void {
  // A long list (a table of numbers in one sentence) goes to the built-in sort: n log n, not n².
  if (mentions.length > 24) {
    mentions.sort((a, b) => a.first - b.first || b.last - a.last);
    return;
  }
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    let j = i - 1;
    while (j >= 0 && (mentions[j]!.first - m.first || m.last - mentions[j]!.last) > 0) {
      mentions[j + 1] = mentions[j]!;
      j--;
    }
    mentions[j + 1] = m;
  }
}

/** A step that widened one mention ("15:47", "6 January 2022") drops the numbers it took in. */
function dropCovered(mentions: Mention[]): void {
  let end = -1;
  for (const m of mentions) {
    if (m.dropped) continue;
    if (m.first <= end) m.dropped = true;
    else end = m.last;
  }
}

/** Words and numbers: the tokens that are no punctuation. */
function wordCount(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind !== 'punct') n++;
  return n;
}

/** The mentions no step has dropped: the list itself when none was (no step changes the list it is given). */
function live(mentions: Mention[]): Mention[] {
  for (const m of mentions) if (m.dropped) return mentions.filter((x) => !x.dropped);
  return mentions;
}

function toFigure(text: string, tokens: readonly Token[], m: Mention, sentence: number): Figure {
  const start = tokens[m.first]!.start;
  const end = tokens[m.last]!.end;
  return {
    text: text.slice(start, end),
    start,
    end,
    value: m.value,
    low: m.low === m.value ? m.value : Math.min(m.low, m.value),
    high: m.high,
    bound: m.bound,
    hedge: m.hedge,
    change: m.change,
    from: m.from,
    kind: m.kind,
    unit: m.unit,
    what: m.what,
    predicate: m.predicate,
    part: m.part,
    sentence,
  };
}
