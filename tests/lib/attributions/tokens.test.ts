import { describe, expect, it } from 'vitest';
import { tokenize, type Token, type TokenKind } from '../../../lib/attributions/tokens';

/** The tokenizer as its regex alone reads the text: what the ASCII fast paths must agree with. */
const TOKEN = /''|[\p{L}\p{M}\p{N}]+(?:(?:n['’]t)|(?:[.\-&/][\p{L}\p{M}\p{N}]+)|(?:['’](?![sS]\b|ll\b|re\b|ve\b|d\b|m\b)[\p{L}\p{M}\p{N}]+))*\.?|['’](?:s|S|ll|re|ve|d|m)\b|\S/uy;
const QUOTE_MARKS = new Set(["''", '"', '“', '”', '„', '«', '»', '‹', '›', '「', '」', '『', '』', '‘', '’', "'", '‚']);
const DOTTED = /^(?:\p{L}|(?:\p{L}\.)+\p{L}|mr|mrs|ms|dr|gov|sen|rep|gen|lt|col|sgt|capt|prof|rev|st|jr|sr|inc|corp|co|ltd|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|dept|ft|mt)\.$/iu;
function byRegex(text: string): Omit<Token, 'word'>[] {
  const out: Omit<Token, 'word'>[] = [];
  let i = 0;
  while (i < text.length) {
    // The white space the tokenizer skips; any other space character is a token of its own.
    if (/[ \t\n\r\u00a0\u2000-\u200b\u3000]/.test(text[i]!)) { i++; continue; }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    let raw = m ? m[0] : text[i]!;
    const c = text.charCodeAt(i);
    if (!m && c >= 0xd800 && c <= 0xdbff) raw = text.slice(i, i + 2);
    if (raw.length > 1 && raw.endsWith('.') && !DOTTED.test(raw)) raw = raw.slice(0, -1);
    const first = raw[0]!;
    const letterOrDigit = /[\p{L}\p{N}]/u.test(first);
    const kind: TokenKind = QUOTE_MARKS.has(raw) ? 'quote' : letterOrDigit || (raw.length > 1 && (first === "'" || first === '’')) ? 'word' : 'punct';
    out.push({ start: i, end: i + raw.length, text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), kind, upper: first !== first.toLowerCase() });
    i += raw.length;
  }
  return out;
}

describe('attributions tokenize', () => {
  it.each([
    'The ministry said 18 people died, Mr. Tokayev told reporters: “It is over.”',
    "U.S. officials don't say; the country's Gov. J. Smith (AT&T) said it's 3-2 at 10:30.",
    'Kassym-Jomart Tokayev’s aides — and O’Neill’s — weren’t there?! Yes!',
    "''Quoted'' and \"straight\" and ‘single’ «angle» marks, plus #tags & 50% / 2.5.",
    'Über naïve café, Ωmega and 東京 text; emoji 😀 and flags 🇰🇿.',
    'Tabs\tand\nnew lines\r\nand\u00a0no-break\u2009spaces\u200b, form\ffeed\u2028line',
    'A trailing abbrev. Inc. and etc. and the end.',
    '',
    // A closing dot, a possessive: the fast path's ends, and the near misses it leaves to the regex.
    'He said. Gov. Smith said.\nThe end.” U.S. etc.. 3.5 pp.) J. Jr. Sept. Inc.',
    "Trump's aides, Trump’s aides, Trump’s. Dunn's_x O's Trump'st, Trump’ll go; Wells'",
    'Word.', 'word.a', 'WORD.\tnext', 'sept.” then',
    // Short spellings (keyed by their letters) beside near ones: case, length, non-ASCII letters.
    'of Of OF off of. a A I é É éa aé ab ba abc abcd abcde 1 12 1234 12345 ü‘s é-a',
  ])('%j reads as the regex does', (text) => {
    expect(tokenize(text).map(({ word: _word, ...t }) => t)).toEqual(byRegex(text));
  });

  it('shares one record among the tokens of a short spelling, and only of that spelling', () => {
    const [a, b, c, d] = tokenize('of of Of off');
    expect(a!.word).toBe(b!.word);
    expect(c!.word).not.toBe(a!.word);
    expect(d!.word.text).toBe('off');
  });

  it('shares one record among the tokens of a spelling', () => {
    const [a, b, , c] = tokenize('said said. Said');
    expect(a!.word).toBe(b!.word);
    expect(a!.word).not.toBe(c!.word);
    expect(c!.word.lower).toBe('said');
  });
});
