import type { Token } from './tokens';
import type { Mention } from './mention';
import { STOP, isVerbish } from './counted-words';
import { predicateOf } from './predicates';
import { nounNext } from './counted-stops';

/**
 * What is counted, when the words after a number name nothing: the sentence named it earlier
 * ("the number of residents known to be safe ... stands at 200") or right after, as the whole
 * the figure is a part of ("four of the five participants").
 */

/** Nouns for "a count of": "the number of potholes the city has filled — more than 1,786,300". */
const COUNT_OF = /^(number|numbers|tally)$/;
const DETERMINER = /^(the|its|their|his|her|our)$/;
/** What a count does in the clause ("... stands at 200", "... rose to 45"): the end of its subject. */
const COUNT_VERBS = /^(stands?|stood|rises?|rose|risen|reache[sd]|reach|climb(s|ed)?|jump(s|ed)?|grows?|grew|hits?|totals?|total(l)?ed|remains?|remained|increased|decreased|fell|falls?)$/;

/**
 * The noun phrase after "number of" earlier in the clause, up to four words, with a toll
 * participle right after it ("the number of Americans killed since 9/11 ... is less than 100").
 * `previousEnd` is the last token of the figure before: its own clause ends there.
 */
export function numberOfSubject(tokens: readonly Token[], first: number, previousEnd: number): string[] {
  for (let k = first - 2; k > previousEnd && k >= first - 24; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /^[;:.!?]$/.test(t.lower)) return [];
    if (t.lower !== 'of' || !COUNT_OF.test(tokens[k - 1]?.lower ?? '')) continue;
    const words: string[] = [];
    let j = k + 1;
    if (DETERMINER.test(tokens[j]?.lower ?? '')) j++;
    for (; j < first && words.length < 4; j++) {
      const w = tokens[j]!;
      if (w.kind !== 'word' || STOP.has(w.lower) || COUNT_VERBS.test(w.lower)) break;
      if (isVerbish(w.lower)) {
        // "confirmed cases": before a noun, a participle describes it.
        if (!words.length && /ed$/.test(w.lower) && nounNext(tokens[j + 1])) {
          words.push(w.text);
          continue;
        }
        // "people killed": the participle says what happened to them, and ends the phrase.
        if (words.length && predicateOf(w.lower)) words.push(w.text);
        break;
      }
      words.push(w.text);
    }
    return words;
  }
  return [];
}

/** Whether a count is "N of the M ..." with the whole M read right after it. */
export function wholeAfter(tokens: readonly Token[], m: Mention, next: Mention | undefined): boolean {
  if (!next || next.dropped || !/^(count|vague)$/.test(next.kind)) return false;
  const of = m.last + 1;
  return tokens[of]?.lower === 'of' && DETERMINER.test(tokens[of + 1]?.lower ?? '') && next.first === of + 2;
}

/**
 * "40 people were hurt and 12 of them died": the noun the pronoun stands for, the counted noun of
 * the figure before in the sentence, or ''.
 */
export function pronounNoun(tokens: readonly Token[], mentions: readonly Mention[], n: number): string {
  const m = mentions[n]!;
  if (m.unit || tokens[m.last + 1]?.lower !== 'of' || !/^(them|those|whom)$/.test(tokens[m.last + 2]?.lower ?? '')) return '';
  for (let k = n - 1; k >= 0; k--) {
    const before = mentions[k]!;
    if (!before.dropped && (before.kind === 'count' || before.kind === 'vague') && before.unit) return before.unit;
  }
  return '';
}

/** Words before "of" that count the amount itself ("a handful of $20s", "thousands of $12-an-hour"): not what a sum is for. */
const AMOUNT_NOUNS = /^(handful|handfuls|thousands|hundreds|millions|billions|dozens|tens|scores|lots|lot|couple|pair|total|sum|series|range)$/;

export function countsTheAmount(tokens: readonly Token[], ofIndex: number): boolean {
  return AMOUNT_NOUNS.test(tokens[ofIndex - 1]?.lower ?? '');
}

/** Nouns after "in", "for", "on" that make a phrase of manner, not the thing a sum is ("in total", "on average", "for example"). */
const NOT_THE_THING = /^(total|all|average|top|record|time|hand|behalf|example|instance|return|exchange|addition|part|turn|fact|place|order|case|effect|advance|person|response|cash-only|sale|offer|now)$/;
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * "$10 billion in cash", "more than $23 million in contributions", "$50 million for personal
 * expenses", "$1 trillion on infrastructure": after a sum, these name what the money is.
 */
export function moneyInNoun(tokens: readonly Token[], j: number): boolean {
  const after = tokens[j + 1];
  return /^(in|for|on)$/.test(tokens[j]?.lower ?? '') && after?.kind === 'word' && LOWER_FIRST.test(after.text) && !STOP.has(after.lower) && !isVerbish(after.lower) && !NOT_THE_THING.test(after.lower);
}

/**
 * The last token of a list of plain nouns after the comma at `comma`, closed by "and"/"or"
 * ("individuals, companies and unions"), or -1: each item one or two words, none a verb, a
 * stop word, a number or a name: after "two Vermont developers", a list of names says who they
 * are, it is not more things counted.
 */
export function nounListEnd(tokens: readonly Token[], comma: number, limit: number, capital: boolean): number {
  if (capital) return -1;
  let inItem = 0;
  let closing = false;
  for (let k = comma + 1; k < limit && k < comma + 12; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.lower === ',' && inItem && !closing) { inItem = 0; continue; }
    if (t.kind === 'word' && /^(and|or)$/.test(t.lower) && inItem && !closing) { closing = true; inItem = 0; continue; }
    if (t.kind !== 'word' || STOP.has(t.lower) || isVerbish(t.lower) || /ly$/.test(t.lower) || !LOWER_FIRST.test(t.text) || inItem === 2) {
      return closing && inItem ? k - 1 : -1;
    }
    inItem++;
  }
  return closing && inItem ? Math.min(limit, comma + 12) - 1 : -1;
}
