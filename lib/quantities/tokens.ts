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

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let gap = true;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    if (m[1] !== undefined) {
      gap = true;
      continue;
    }
    const kind: TokenKind = m[2] !== undefined ? 'num' : m[3] !== undefined ? 'word' : 'punct';
    const s = start + m.index;
    const word = m[0];
    const lower = kind === 'num' ? word : word.toLowerCase();
    tokens.push({ text: word, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, kind, start: s, end: s + word.length, gap });
    gap = false;
    if (TOKEN.lastIndex >= slice.length) break;
  }
  return tokens;
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
