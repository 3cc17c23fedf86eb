/**
 * Splits a sentence into tokens (numbers, words, single punctuation marks) with UTF-16 offsets.
 * One sticky regex, each alternative unambiguous, so any input (100,000 digits, 10,000 brackets)
 * is read in one linear pass.
 */
export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  text: string;
  /** Lower case, with a typographic apostrophe made plain ("country’s" -> "country's"). */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** White space comes before this token (so "2.1m" and "2.1 m" can be told apart). */
  gap: boolean;
}

// Digit runs joined by single separators ("1,175", "1.234,5", "192.168.1.2"); words may carry an
// inner apostrophe ("country's"); anything else is one code point of punctuation.
const TOKEN = /(\s+)|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|([\s\S])/uy;

// A module constant, not a literal in the loop: a regex literal makes a new object each time it is reached.
const CURLY_APOSTROPHE = /’/g;

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  // The fast paths read `text` itself by absolute offsets: a slice of a long text is a view on it,
  // and each character read through a view costs an indirection. The regex needs the sentence
  // cut out (it must not read on past its end): that slice is made only if it is needed.
  let slice: string | undefined;
  const n = end;
  let gap = true;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast paths for plain ASCII (most of any English text); anything else goes to the regex,
    // which they agree with: a space, digits with separators, a word, one punctuation mark.
    if (c === 32 || (c >= 9 && c <= 13)) {
      gap = true;
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      while (j + 1 < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      const word = text.slice(i, j);
      tokens.push({ text: word, lower: word, kind: 'num', start: i, end: j, gap });
      gap = false;
      i = j;
      continue;
    }
    if (isAsciiLetter(c)) {
      let j = i + 1;
      let upper = c <= 90;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!isAsciiLetter(d)) break;
        if (d <= 90) upper = true;
      }
      const next = j < n ? text.charCodeAt(j) : 32;
      // A word goes on past an apostrophe or a non-ASCII letter: the regex reads those.
      if (next < 128 && next !== 39) {
        const word = text.slice(i, j);
        tokens.push({ text: word, lower: upper ? word.toLowerCase() : word, kind: 'word', start: i, end: j, gap });
        gap = false;
        i = j;
        continue;
      }
    } else if (c < 128) {
      const word = text[i]!;
      tokens.push({ text: word, lower: word, kind: 'punct', start: i, end: i + 1, gap });
      gap = false;
      i++;
      continue;
    }
    slice ??= text.slice(start, end);
    TOKEN.lastIndex = i - start;
    const m = TOKEN.exec(slice)!;
    i = start + TOKEN.lastIndex;
    if (m[1] !== undefined) {
      gap = true;
      continue;
    }
    const kind: TokenKind = m[2] !== undefined ? 'num' : m[3] !== undefined ? 'word' : 'punct';
    const s = start + m.index;
    const word = m[0];
    const lower = kind === 'num' ? word : word.toLowerCase();
    tokens.push({ text: word, lower: lower.includes('’') ? lower.replace(CURLY_APOSTROPHE, "'") : lower, kind, start: s, end: s + word.length, gap });
    gap = false;
  }
  return tokens;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** True when the tokens from i spell the words of `phrase` ("more than"). */
export function matchesPhrase(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.lower !== phrase[k]) return false;
  return true;
}

/** True when the tokens ending at i (inclusive) spell `phrase`. */
export function endsWithPhrase(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  return i - phrase.length + 1 >= 0 && matchesPhrase(tokens, i - phrase.length + 1, phrase);
}
