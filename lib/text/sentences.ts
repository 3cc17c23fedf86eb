import type { Sentence } from '../model';
import { TITLES } from './titles';
import { MONTH_NAMES } from './months';

/**
 * Abbreviations after which ICU's sentence breaker wrongly ends a sentence
 * ("Mr. Tokayev", "the U.S. embassy", "Jan. 6"). Lower case, without the final dot.
 */
const ABBREVIATIONS = new Set([
  ...TITLES, 'st', 'sr', 'jr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'approx', 'est', 'dept', 'univ', 'ave', 'mt', 'ft',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c',
]);

const SCALE_SHORT = new Set(['mio', 'mrd', 'mrds', 'tsd', 'mds', 'md', 'mln', 'bln', 'mill']);
const CURRENCY_NEXT = /^\s+(?:[€$£¥₹]|(?:euros?|dollars?|franken|pfund|yen|yuan|rubel|chf|usd|eur|gbp|de|d['’])(?![\p{L}]))/iu;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string | null | undefined): Intl.Segmenter {
  const key = lang || 'en';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(key, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

// Module constants, not literals in the loops: a regex literal makes a new object each time it is reached.
const WORD_OR_DOT = /[\p{L}.]/u;
const CAPITAL = /^\p{Lu}$/u;
const NAME_BEFORE = /\p{Lu}\p{Ll}+\s$/u;
const NAME_AFTER = /^\s+\p{Lu}/u;
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
const LOWER_WORD_BEFORE = /(?:^|[^\p{L}])\p{Ll}\p{L}*\s+$/u;
const ORDINAL_DAY = /(?:^|[^\d])(?:[1-9]|[12]\d|3[01])\.$/;
const NEXT_WORD = /^\s+(\p{Lu}\p{L}+)/u;

function nextWord(text: string, i: number): string {
  return NEXT_WORD.exec(text.slice(i, i + 16))?.[1] ?? '';
}

/** The word just before `end` if the text there ends with "word." */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  if (text[i - 1] !== '.') return false;
  let j = i - 1;
  while (j > start && isWordOrDot(text, j - 1)) j--;
  const word = text.slice(j, i - 1).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A scale written short before its currency: "5 Mio. Euro", "3 Mrd. €", "2 Mds. de dollars".
  if (SCALE_SHORT.has(word) && CURRENCY_NEXT.test(text.slice(i, i + 12))) return true;
  // A German day is an ordinal with a dot: "am 4. Mai", "bis zum 31. Dezember".
  if (word === '' && ORDINAL_DAY.test(text.slice(Math.max(start, i - 4), i)) && MONTH_NAMES.has(nextWord(text, i).toLowerCase())) return true;
  // Initials before a name ("Rep. G.K. Butterfield", "J.R.R. Tolkien"), not a short form after a
  // lower-case word ("... in the E.U. The ...").
  // (The lengths first: two or three capitals with dots are 4 to 9 code units, a capital 1 or 2,
  // and most sentences end with a longer word; the regexes need a fresh slice each.)
  if (i - j >= 4 && i - j <= 9 && INITIALS.test(text.slice(j, i)) && NAME_AFTER.test(text.slice(i, i + 3)) && !LOWER_WORD_BEFORE.test(text.slice(Math.max(start, j - 20), j))) return true;
  // A middle initial ("John F. Kennedy"): a capitalised name on both sides. A lone capital after
  // a lower-case word ends a sentence ("... plan B. Nobody").
  return i - 1 - j >= 1 && i - 1 - j <= 2 && CAPITAL.test(text.slice(j, i - 1)) && NAME_BEFORE.test(text.slice(Math.max(start, j - 20), j)) && NAME_AFTER.test(text.slice(i, i + 3));
}

/** WORD_OR_DOT of the character at i: ASCII by its code (most of any text), the rest by the regex. */
export function isWordOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return WORD_OR_DOT.test(text[i]!);
}

/**
 * Splits text into sentences with Intl.Segmenter, merging the breaks it makes after
 * abbreviations. A line break always ends a sentence (the segmenter breaks after every one, and
 * no merge crosses it), so paragraphs never run together. Spans exclude surrounding white space.
 * The whole text is segmented at once: one segmenter call per paragraph costs three times more.
 */
export function segmentSentences(text: string, lang?: string | null): Sentence[] {
  const sentences: Sentence[] = [];
  const segmenter = segmenterFor(lang);
  let pending: Sentence | null = null;
  for (const segment of segmenter.segment(text)) {
    const end = segment.index + segment.segment.length;
    const span = trimSpan(text, segment.index, end);
    if (span) {
      if (pending && endsWithAbbreviation(text, pending.start, pending.end)) {
        pending.end = span.end;
      } else {
        if (pending) sentences.push(pending);
        pending = span;
      }
    }
    if (pending && text.charCodeAt(end - 1) === 10) {
      sentences.push(pending);
      pending = null;
    }
  }
  if (pending) sentences.push(pending);
  return sentences;
}

function trimSpan(text: string, start: number, end: number): Sentence | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

/**
 * Exactly what /\s/ matches (ECMAScript WhiteSpace and LineTerminator), by code: each segment is
 * trimmed on both sides, and a regex test of a one-character string there cost more than this.
 */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The index of the sentence that contains `offset` (binary search), or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
