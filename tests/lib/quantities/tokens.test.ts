import { describe, expect, it } from 'vitest';
import { tokenize, type Token, type TokenKind } from '../../../lib/quantities/tokens';

/** The tokenizer as one regex reads the text: what the ASCII fast paths must agree with. */
const READING = /(\s+)|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|([\s\S])/uy;
function byRegex(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const out: Token[] = [];
  let gap = true;
  READING.lastIndex = 0;
  for (let m = READING.exec(slice); m; m = READING.exec(slice)) {
    if (m[1] !== undefined) gap = true;
    else {
      const kind: TokenKind = m[2] !== undefined ? 'num' : m[3] !== undefined ? 'word' : 'punct';
      const lower = kind === 'num' ? m[0] : m[0].toLowerCase().replace(/’/g, "'");
      out.push({ text: m[0], lower, kind, start: start + m.index, end: start + m.index + m[0].length, gap });
      gap = false;
    }
    if (READING.lastIndex >= slice.length) break;
  }
  return out;
}

describe('quantities tokenize', () => {
  it.each([
    'At least 1,175 people died, 2.1m fled and 1.234,5 tonnes fell.',
    "The country's toll: 18 (eighteen) — up 3% on Monday's count.",
    'Über 5 000 Menschen; naïve café résumé 12,5 %.',
    'Commas 1,2, dots 3.4. and 5..6 then 7,,8 end.',
    'Tabs\tand\nnew lines\r\nand\u00a0no-break\u2009spaces 9',
    'Emoji 😀 and 🇰🇿 flags, COVID-19, G7, MP3s, 3D.',
    "Quotes 'single' “double” ‘curly’ don't rock’n’roll O'Brien.",
    '',
    '   ',
  ])('%j reads as the regex does', (text) => {
    expect(tokenize(text, 0, text.length)).toEqual(byRegex(text, 0, text.length));
  });

  it('keeps offsets into the whole text for a sentence inside it', () => {
    const text = 'First one. Then 2,500 Kazakh troops’ arrival.';
    const start = text.indexOf('Then');
    expect(tokenize(text, start, text.length)).toEqual(byRegex(text, start, text.length));
    expect(tokenize(text, start, text.length)[1]).toMatchObject({ text: '2,500', kind: 'num', start: start + 5 });
  });
});
