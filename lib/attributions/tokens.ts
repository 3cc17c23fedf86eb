/**
 * Words and marks of a text with their offsets: the unit the attribution patterns walk over.
 * One linear pass with a sticky regular expression, so a 50,000-word text costs one scan.
 */

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes straightened ("’s" -> "'s"). */
  lower: string;
  kind: TokenKind;
  /** First letter is upper case (a name, or the first word of a sentence). */
  upper: boolean;
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
    // Fast path: a plain ASCII word or number followed by a space or ordinary punctuation
    // (what makeToken would make of it, without its lookups: a word, lower case only if needed).
    if (isAsciiAlnum(c)) {
      let j = i + 1;
      let capitals = c >= 65 && c <= 90;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!isAsciiAlnum(d)) break;
        if (d >= 65 && d <= 90) capitals = true;
      }
      const next = j < n ? text.charCodeAt(j) : 32;
      if (next === 32 || next === 10 || next === 44 || next === 59 || next === 58 || next === 41 || next === 63 || next === 33 || next === 34 || next === 0x201d) {
        const raw = text.slice(i, j);
        tokens.push({ start: i, end: j, text: raw, lower: capitals ? raw.toLowerCase() : raw, kind: 'word', upper: c >= 65 && c <= 90 });
        i = j;
        continue;
      }
    } else if (c < 128 && c !== 39 && c > 32) {
      // One ASCII mark (no apostrophe: it may open a clitic or "''"): the regex would take it alone.
      const raw = text[i]!;
      tokens.push({ start: i, end: i + 1, text: raw, lower: raw, kind: c === 34 ? 'quote' : 'punct', upper: false });
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    let raw = m ? m[0] : text[i]!;
    // A surrogate pair is one character; never split it.
    if (!m && c >= 0xd800 && c <= 0xdbff && i + 1 < n) raw = text.slice(i, i + 2);
    if (raw.length > 1 && raw.endsWith('.') && !DOTTED.test(raw)) raw = raw.slice(0, -1);
    tokens.push(makeToken(raw, i));
    i += raw.length;
  }
  return tokens;
}

function makeToken(raw: string, start: number): Token {
  const first = raw[0]!;
  const code = raw.charCodeAt(0);
  const letterOrDigit = code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : /[\p{L}\p{N}]/u.test(first);
  const kind: TokenKind = QUOTE_MARKS.has(raw) ? 'quote' : letterOrDigit || (raw.length > 1 && (first === "'" || first === '’')) ? 'word' : 'punct';
  const lower = raw.toLowerCase();
  return {
    start,
    end: start + raw.length,
    text: raw,
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    kind,
    upper: code < 128 ? code >= 65 && code <= 90 : first !== first.toLowerCase(),
  };
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
