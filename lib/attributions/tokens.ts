/**
 * Words and marks of a text with their offsets: the unit the attribution patterns walk over.
 * One linear pass with a sticky regular expression, so a 50,000-word text costs one scan.
 */

import { hashStep, keyAt, keyOf, newWord, packStep, wordAt, type TokenKind, type Word } from './word-table';

export type { TokenKind, Word } from './word-table';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes straightened ("’s" -> "'s"). */
  lower: string;
  kind: TokenKind;
  /** First letter is upper case (a name, or the first word of a sentence). */
  upper: boolean;
  /** The spelling's shared record (word-table.ts): facts worked out once per spelling. */
  word: Word;
}

/**
 * A word: letters and digits joined by inner apostrophes, dots, hyphens or ampersands
 * ("don't", "U.S.", "Kassym-Jomart", "AT&T"); a clitic ("'s", "'ll", "n't" stays on its word);
 * or any other single non-space character.
 */
const TOKEN = /''|[\p{L}\p{M}\p{N}]+(?:(?:n['’]t)|(?:[.\-&/][\p{L}\p{M}\p{N}]+)|(?:['’](?![sS]\b|ll\b|re\b|ve\b|d\b|m\b)[\p{L}\p{M}\p{N}]+))*\.?|['’](?:s|S|ll|re|ve|d|m)\b|\S/uy;

const QUOTE_MARKS = new Set(["''", '"', '“', '”', '„', '«', '»', '‹', '›', '「', '」', '『', '』', '‘', '’', "'", '‚']);

/** A trailing dot stays on a word only for abbreviations and initials ("Gov.", "U.S.", "J."). */
const DOTTED = /^(?:\p{L}|(?:\p{L}\.)+\p{L}|mr|mrs|ms|dr|gov|sen|rep|gen|lt|col|sgt|capt|prof|rev|st|jr|sr|inc|corp|co|ltd|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|dept|ft|mt)\.$/iu;

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** What may follow a plain ASCII word for it to end there: space, new line, , ; : ) ? ! " ”. */
function endsPlainWord(c: number): boolean {
  return c === 32 || c === 10 || c === 44 || c === 59 || c === 58 || c === 41 || c === 63 || c === 33 || c === 34 || c === 0x201d;
}

/**
 * After a word's closing dot, what lets the dot go unread by the word (no letter, mark or digit
 * that would continue "U.S" or "2.5"): the end, a space, a new line, a quote mark, a bracket.
 */
function endsAfterDot(text: string, k: number): boolean {
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 34 || c === 41 || c === 0x201d || c === 0x2019;
}

/** "Trump's", "Trump’s" + a non-word character: the word ends before the clitic. */
function possessiveAfter(text: string, j: number): boolean {
  const s = text.charCodeAt(j + 1);
  if (s !== 115 && s !== 83) return false;
  const after = j + 2 < text.length ? text.charCodeAt(j + 2) : 32;
  return !isAsciiAlnum(after) && after !== 95;
}

/** The single ASCII marks, made once (no apostrophe: it may open a clitic or "''"). */
const MARKS: (Word | undefined)[] = [];
for (let c = 33; c < 128; c++) {
  if (c === 39 || isAsciiAlnum(c)) continue;
  const raw = String.fromCharCode(c);
  MARKS[c] = newWord(raw, raw, c === 34 ? 'quote' : 'punct', false);
}

/** Splits `text` into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Skip white space quickly (space, tab, new lines, no-break space).
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) {
      i++;
      continue;
    }
    // Fast path: a plain ASCII word or number followed by a space or ordinary punctuation (what
    // the regex would read, without it), hashed as it is scanned for its shared spelling.
    if (isAsciiAlnum(c)) {
      let j = i + 1;
      let h = hashStep(0, c);
      let packed = c;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!isAsciiAlnum(d)) break;
        h = hashStep(h, d);
        packed = packStep(packed, d);
      }
      const next = j < n ? text.charCodeAt(j) : 32;
      // A closing dot is no part of the word ("said."), but for an abbreviation or an initial
      // (at most four letters, "Gov.", "J.": those the regex reads).
      const plain = endsPlainWord(next) || (next === 46 && endsAfterDot(text, j + 1) && (j - i > 4 || !DOTTED.test(text.slice(i, j + 1)))) || ((next === 39 || next === 0x2019) && possessiveAfter(text, j));
      if (plain) {
        tokens.push(tokenOf(wordAt(text, i, j, keyOf(h, packed, j - i, true), makeWord), i, j));
        i = j;
        continue;
      }
    } else if (c < 128 && MARKS[c]) {
      tokens.push(tokenOf(MARKS[c]!, i, i + 1));
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    let length = m ? m[0].length : 1;
    // A surrogate pair is one character; never split it.
    if (!m && c >= 0xd800 && c <= 0xdbff && i + 1 < n) length = 2;
    if (length > 1 && text.charCodeAt(i + length - 1) === 46 && !DOTTED.test(m![0])) length--;
    tokens.push(tokenOf(wordAt(text, i, i + length, keyAt(text, i, i + length), makeWord), i, i + length));
    i += length;
  }
  return tokens;
}

function tokenOf(word: Word, start: number, end: number): Token {
  return { start, end, text: word.text, lower: word.lower, kind: word.kind, upper: word.upper, word };
}

function makeWord(raw: string): Word {
  const first = raw[0]!;
  const code = raw.charCodeAt(0);
  const letterOrDigit = code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : /[\p{L}\p{N}]/u.test(first);
  const kind: TokenKind = QUOTE_MARKS.has(raw) ? 'quote' : letterOrDigit || (raw.length > 1 && (first === "'" || first === '’')) ? 'word' : 'punct';
  const lower = raw.toLowerCase();
  return newWord(raw, lower.includes('’') ? lower.replace(/’/g, "'") : lower, kind, code < 128 ? code >= 65 && code <= 90 : first !== first.toLowerCase());
}

/** The index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
