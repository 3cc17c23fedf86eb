import type { Token } from './tokens';
import type { Mention } from './mention';
import type { WordsLanguage } from './number-words-europe';
import { changedBefore, rangeWord } from './range-words-europe';

/**
 * Ranges: "between 500 and 1,000", "500-800", "400 to 750", "two or three", "$5 to $10 million".
 * The two ends become one figure: value = low, high = the upper end. "from 238 to 261" after a
 * verb of change is a revision, read by the change step instead.
 */
const JOINERS = new Set(['-', '–', '—', 'to', 'or', 'through', 'thru']);
const UPPER_HEDGES = new Set(['more than', 'over', 'at least', 'nearly', 'almost', 'about', 'around', 'roughly', 'well over', 'just over', 'just under']);
const bare = (x: Mention) => x.kind === 'count' && x.unit === '';
const RANGE_KINDS = new Set(['count', 'money', 'percent', 'measure', 'multiplier', 'age', 'time']);

export function readRanges(tokens: readonly Token[], mentions: Mention[], isRevision: (i: number) => boolean, lang: WordsLanguage | null = null): void {
  // On French, German, Spanish and Portuguese pages their own words ("entre 10 et 20") stand for the English ones.
  const wordAt = (k: number) => rangeWord(tokens[k]?.lower ?? '', lang);
  for (let n = 0; n + 1 < mentions.length; n++) {
    const a = mentions[n]!;
    const b = mentions[n + 1]!;
    if (a.dropped || b.dropped) continue;
    // "1000-5000": a four-digit start is no year when the end, just after it, cannot be one
    // ("In 2014 the company cut 5,000 jobs" keeps its year).
    if (a.kind === 'year' && b.kind === 'count' && b.value > 2100 && b.first - a.last === 2 && /^(-|–|—|to|or|through|thru|and)$/.test(rangeWord(tokens[a.last + 1]!.lower, lang))) a.kind = 'count';
    if (!RANGE_KINDS.has(a.kind) || !RANGE_KINDS.has(b.kind)) continue;
    let joiner = tokens.slice(a.last + 1, b.first);
    // "18- to 24-year-old", "two- and three-bedroom": a suspended hyphen before the joiner.
    if (joiner.length === 2 && joiner[0]!.lower === '-' && !joiner[0]!.gap && /^(to|and|or)$/.test(joiner[1]!.lower)) joiner = joiner.slice(1);
    // "$500,000 to more than $1 million": the upper end may carry its own hedge.
    if (joiner.length > 1 && joiner[0]!.lower === 'to' && UPPER_HEDGES.has(joiner.slice(1).map((t) => t.lower).join(' '))) joiner = joiner.slice(0, 1);
    const word = joiner.map((t) => rangeWord(t.lower, lang)).join(' ');
    // "raised it by 0.1 points to 4.2 percent": a change and the new level, not a range.
    if (word === 'to' && tokens[a.first - 1]?.lower === 'by') continue;
    // "fell 0.5 percentage points to 4.1%": the change in points, then the new level.
    if (word === 'to' && /points?$/.test(a.unit) && !/points?$/.test(b.unit)) continue;
    // "27 and 29 years old": a pair of ages.
    if (word === 'and' && b.kind === 'age' && bare(a)) {
      a.kind = 'age';
      continue;
    }
    // "between 500 and 1,000"; "between the ages of 25 and 54".
    const between = word === 'and' && (wordAt(a.first - 1) === 'between' || (a.kind === 'age' && tokens.slice(Math.max(0, a.first - 5), a.first).some((t) => rangeWord(t.lower, lang) === 'between')));
    if (!between && !(joiner.length === 1 && JOINERS.has(word))) continue;
    if (word === 'or' && (a.kind !== 'count' || !a.words)) continue; // "two or three", not "5 or 6 pm"
    if (word === '-' && a.words && !joiner[0]!.gap) {
      a.kind = b.kind = 'other'; // "a one-two punch"
      continue;
    }
    // Both ends the same kind, or one end a bare number that takes the other's ("5 to 10%", "aged 25 to 54").
    if (a.kind !== b.kind && !bare(a) && !bare(b)) continue;
    if (wordAt(a.first - 1) === 'from' && word === 'to' && (isRevision(a.first - 1) || changedBefore(tokens[a.first - 2]?.lower, lang))) continue;
    // Scale and unit written once for both ends: "5 to 10 million", "20-30%".
    let low = a.value;
    if (b.scale && !a.scale && a.value * b.scale <= b.value) low = a.value * b.scale;
    if (low > b.value) continue; // "10-3" is not a range (scores, identifiers)
    a.value = a.low = low;
    a.high = b.value;
    if (bare(a)) a.kind = b.kind;
    a.unit = b.unit || a.unit;
    a.last = b.last;
    a.integer = a.integer && b.integer;
    if (between && wordAt(a.first - 1) === 'between') a.first--;
    else if (wordAt(a.first - 1) === 'from' && word === 'to') a.first--;
    b.dropped = true;
  }
}

/**
 * Two opposite bounds joined by "and": "above 1000 and below 1500", "at most 100 and at least 20".
 * Read after the hedges; the ends must make an interval.
 */
export function readBoundPairs(tokens: readonly Token[], mentions: Mention[], lang: WordsLanguage | null = null): void {
  for (let n = 0; n + 1 < mentions.length; n++) {
    const a = mentions[n]!;
    const b = mentions[n + 1]!;
    if (a.dropped || b.dropped || a.high !== null || b.high !== null || a.kind !== b.kind) continue;
    if (!((a.bound === '>' && b.bound === '<') || (a.bound === '<' && b.bound === '>'))) continue;
    const joiner = tokens.slice(a.last + 1, b.first).map((t) => rangeWord(t.lower, lang)).join(' ');
    if (joiner !== 'and' && joiner !== 'but' && joiner !== 'pero' && joiner !== 'mais' && joiner !== 'aber' && joiner !== 'mas') continue;
    const [low, high] = a.bound === '>' ? [a.value, b.value] : [b.value, a.value];
    if (low > high) continue;
    a.value = a.low = low;
    a.high = high;
    a.bound = '=';
    a.hedge = `${a.hedge ?? ''} … ${b.hedge ?? ''}`.trim();
    a.last = b.last;
    b.dropped = true;
  }
}
