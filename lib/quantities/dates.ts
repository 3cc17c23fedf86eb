import type { Token } from './tokens';
import type { Mention } from './mention';
import { MONTH_NAMES } from '../text/months';

/**
 * Dates, times and years: numbers that say when, not how many. They stay in the output with
 * their kind, so that "Jan. 6" or "in 2022" is never compared as a toll.
 */
const MONTHS = MONTH_NAMES;
/** Words before a bare four-digit number that make it a year ("in 2022", "since 1991"). */
const YEAR_BEFORE = new Set(['in', 'since', 'of', 'by', 'until', 'till', 'from', 'to', 'before', 'after', 'during', 'year', 'early', 'late', 'mid', 'between', 'and', 'summer', 'winter', 'spring', 'autumn', 'fall', 'through', 'the', 'for', 'circa', 'c', 'season', 'fiscal', 'fy', 'class', 'around']);
const DURATION = /^(years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)$/;
const CLOCK_WORDS = new Set(['am', 'pm', "o'clock", 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst', 'pdt', 'cst', 'ist', 'hrs', 'local']);
/** Words after a number that say it counts something, so "2000 people" is no year. */
const COUNT_NOUN_AFTER = /^(people|persons|men|women|children|kids|troops|soldiers|police|officers|residents|workers|employees|staff|students|families|homes|houses|buildings|cars|vehicles|votes|voters|cases|deaths|dead|victims|patients|jobs|units|copies|tons|tonnes|refugees|migrants|protesters|members|times|more|or|to|and|of|new|additional|other|were|are|have|had|died|killed|injured)$/;

function isMonth(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  // "may" is a month only when capitalised.
  if (t.lower === 'may' || t.lower === 'mar') return t.text[0] === t.text[0]!.toUpperCase() && t.text !== t.text.toUpperCase();
  // French writes its months in lower case; "4 Mars rovers" is the planet.
  if (t.lower === 'mars') return t.text === 'mars';
  return MONTHS.has(t.lower);
}

/** Marks dates ("Jan. 6, 2022", "6 January", "2022-01-06", "6/1/2022"), times ("15:47", "3 p.m.") and years. */
export function readDatesAndTimes(tokens: readonly Token[], mentions: Mention[]): void {
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.kind !== 'count' && m.kind !== 'measure') continue;
    // "two years ago", "Nine months ago": a time, said relative to now.
    if (tokens[m.last + 1]?.lower === 'ago' || (m.kind === 'count' && tokens[m.last + 2]?.lower === 'ago' && DURATION.test(tokens[m.last + 1]?.lower ?? ''))) {
      m.kind = 'date';
      continue;
    }
    if (m.kind !== 'count') continue;
    if (m.words) {
      if (absorbClock(tokens, m)) m.kind = 'time'; // "three a.m."
      continue;
    }
    const t = tokens[m.core]!;
    const digits = t.text;
    if (isTime(tokens, m)) continue;
    // "2008-9", "2019-20": a span of years.
    if (/^\d{4}$/.test(digits) && tokens[m.last + 1]?.lower === '-' && !tokens[m.last + 1]!.gap && /^\d{1,2}$/.test(tokens[m.last + 2]?.text ?? '') && !tokens[m.last + 2]!.gap) {
      m.kind = 'year';
      m.last += 2;
      continue;
    }
    if (isNumericDate(tokens, m, mentions, n)) continue;
    const before = tokens[m.first - 1];
    const dotBefore = before?.lower === '.' ? tokens[m.first - 2] : undefined;
    const after = tokens[m.last + 1];
    const isDay = /^\d{1,2}$/.test(digits) && +digits >= 1 && +digits <= 31 && m.last === m.core;
    // "Jan. 6", "January 6", "6 January", "6th of May".
    if (isDay && (isMonth(before) || isMonth(dotBefore))) {
      setKind(m, 'date', isMonth(before) ? m.first - 1 : m.first - 2);
      absorbYear(tokens, m, mentions, n);
      continue;
    }
    // ("1er janvier", "1º de mayo", "1o de maio": the first of the month in French, Spanish, Portuguese.)
    const ordinalDay = after && !after.gap && /^(st|nd|rd|th|er|º|o)$/.test(after.lower) ? m.last + 1 : m.last;
    // "6th of May", "4 de mayo"; German writes the day as an ordinal with a dot ("4. Mai").
    const linked = tokens[ordinalDay + 1]?.lower;
    const monthAfter = linked === 'of' || linked === 'de' || (linked === '.' && !tokens[ordinalDay + 1]!.gap) ? ordinalDay + 2 : ordinalDay + 1;
    if (isDay && isMonth(tokens[monthAfter])) {
      m.last = monthAfter;
      if (tokens[m.last + 1]?.lower === '.') m.last++;
      setKind(m, 'date', m.first);
      absorbYear(tokens, m, mentions, n);
      continue;
    }
    // "January 2022", "the 1990s", "in 2022".
    if (/^\d{4}$/.test(digits) && m.last === m.core && !(after && !after.gap && after.kind === 'word' && after.lower !== 's')) {
      const year = +digits;
      const plural = after && !after.gap && (after.lower === 's' || after.lower === "'s");
      if (isMonth(before) || isMonth(dotBefore)) {
        setKind(m, 'date', isMonth(before) ? m.first - 1 : m.first - 2);
      } else if (isDimensionPair(tokens, m)) {
        // "1800 x 1920": a resolution, not two years.
      } else if (year >= 1000 && year <= 2100 && !boundedAlone(before, after) && (plural || YEAR_BEFORE.has(before?.lower ?? '') || !COUNT_NOUN_AFTER.test(after?.lower ?? ''))) {
        setKind(m, 'year', m.first);
        if (plural) m.last++;
      }
    } else if (/^'?\d0$/.test(digits) && after?.lower === 's' && !after.gap) {
      setKind(m, 'year', m.first); // "'90s", "80s"
      m.last++;
    } else if (/^\d{2}$/.test(digits) && /^['’]$/.test(before?.text ?? '') && !tokens[m.core]!.gap && m.last === m.core && !/^['’]$/.test(tokens[m.first - 2]?.text ?? '') && !(tokens[m.first - 2]?.kind === 'num' && !before!.gap)) {
      // (Not after a doubled apostrophe: "''27 companies" opens a quotation; nor in a height, "5'10\"".)
      setKind(m, 'year', m.first - 1); // "in ’91"
    }
  }
}

/** Words of comparison: a number after one is an amount ("above 1000 and below 1500"), not a year. */
const COMPARISON_BEFORE = new Set(['above', 'below', 'over', 'under', 'exceeding']);
/** Comparisons of amounts: "more than 2000", "at least 1500" are never years. */
const AMOUNT_BEFORE = new Set(['than', 'least', 'most']);

/** "below 1500": compared and standing alone; "below 1990 levels" names a year's level and stays a year. */
function boundedAlone(before: Token | undefined, after: Token | undefined): boolean {
  return AMOUNT_BEFORE.has(before?.lower ?? '') || (COMPARISON_BEFORE.has(before?.lower ?? '') && (!after || after.kind !== 'word'));
}

function isDimensionPair(tokens: readonly Token[], m: Mention): boolean {
  return (isTimesSign(tokens[m.last + 1]) && tokens[m.last + 2]?.kind === 'num') || (isTimesSign(tokens[m.first - 1]) && tokens[m.first - 2]?.kind === 'num');
}

function isTimesSign(t: Token | undefined): boolean {
  return !!t && (t.lower === 'x' || t.lower === '×');
}

function setKind(m: Mention, kind: Mention['kind'], first: number): void {
  m.kind = kind;
  m.first = first;
}

/** ", 2022" after a day and month joins the date, as does the end of a span of days ("Sept. 19 to 22"). */
function absorbYear(tokens: readonly Token[], m: Mention, mentions: Mention[], n: number): void {
  const span = mentions[n + 1];
  if (span && /^(to|-|–|and)$/.test(tokens[m.last + 1]?.lower ?? '') && span.core === m.last + 2 && /^\d{1,2}$/.test(tokens[span.core]!.text) && +tokens[span.core]!.text <= 31) {
    m.last = span.last;
    span.dropped = true;
  }
  let k = m.last + 1;
  if (tokens[k]?.lower === ',') k++;
  const next = mentions[n + 1];
  if (next && next.core === k && /^\d{4}$/.test(tokens[k]!.text)) {
    m.last = next.last;
    next.dropped = true;
  }
}

/** "15:47", "3 p.m.", "10am", "7.30pm". */
function isTime(tokens: readonly Token[], m: Mention): boolean {
  const t = tokens[m.core]!;
  const colon = tokens[m.last + 1];
  if (colon?.lower === ':' && !colon.gap && tokens[m.last + 2]?.kind === 'num' && /^\d{2}$/.test(tokens[m.last + 2]!.text) && +t.text <= 24) {
    m.last += 2;
    if (tokens[m.last + 1]?.lower === ':' && /^\d{2}$/.test(tokens[m.last + 2]?.text ?? '')) m.last += 2;
    absorbClock(tokens, m);
    m.kind = 'time';
    return true;
  }
  if (!/^\d{1,2}([.]\d{2})?$/.test(t.text) || m.last !== m.core) return false;
  if (absorbClock(tokens, m)) {
    m.kind = 'time';
    return true;
  }
  return false;
}

function absorbClock(tokens: readonly Token[], m: Mention): boolean {
  const a = tokens[m.last + 1];
  if (!a) return false;
  if (CLOCK_WORDS.has(a.lower)) {
    m.last++;
    return true;
  }
  // "3 p.m." / "3 a.m."
  if ((a.lower === 'a' || a.lower === 'p') && tokens[m.last + 2]?.lower === '.' && tokens[m.last + 3]?.lower === 'm') {
    m.last += tokens[m.last + 4]?.lower === '.' ? 4 : 3;
    return true;
  }
  return false;
}

/** "2022-01-06", "6/1/2022", "06.01.2022". */
function isNumericDate(tokens: readonly Token[], m: Mention, mentions: Mention[], n: number): boolean {
  const t = tokens[m.core]!;
  if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(t.text)) {
    m.kind = 'date';
    return true;
  }
  const sep = tokens[m.last + 1]?.lower;
  if ((sep !== '-' && sep !== '/') || tokens[m.last + 1]!.gap) return false;
  const parts = [t.text];
  let k = m.last;
  while (parts.length < 3 && tokens[k + 1]?.lower === sep && !tokens[k + 1]!.gap && tokens[k + 2]?.kind === 'num' && !tokens[k + 2]!.gap) {
    parts.push(tokens[k + 2]!.text);
    k += 2;
  }
  const iso = parts.length === 3 && /^\d{4}$/.test(parts[0]!) && /^\d{1,2}$/.test(parts[1]!) && /^\d{1,2}$/.test(parts[2]!);
  const dmy = parts.length === 3 && /^\d{1,2}$/.test(parts[0]!) && /^\d{1,2}$/.test(parts[1]!) && /^(\d{2}|\d{4})$/.test(parts[2]!);
  if (!iso && !dmy) return false;
  m.kind = 'date';
  m.last = k;
  for (let x = n + 1; x < mentions.length && mentions[x]!.core <= k; x++) mentions[x]!.dropped = true;
  return true;
}
