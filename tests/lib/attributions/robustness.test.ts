import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAttributions } from '../../../lib/attributions';
import { findQuotations } from '../../../lib/attributions/quotes';
import { segmentSentences } from '../../../lib/text/sentences';

const read = (text: string) => readAttributions(text, segmentSentences(text, 'en'), []);
const WORDS = ['the', 'ministry', 'said', '“', '”', '"', "'", '‘', '’', '«', '»', '「', '」', 'claimed', 'according', 'to', ',', '.', ':', 'Tokayev', 'it', 'warned', '\n', 'allegedly', 'officials', 'told', 'by', 'was', 'reported', '😀', 'Министерство', 'заявило', '内务部', '表示'];

/** Every span an attribution reports is a real slice of the text. */
function checkSpans(text: string): void {
  for (const a of read(text)) {
    for (const s of [a.cue, a.content, ...(a.source ? [a.source] : []), ...a.quotes]) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThanOrEqual(s.end);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  }
}

describe('bad input', () => {
  it('never throws and reports true spans on arbitrary mixes of quotes, scripts and cues', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }), (words) => checkSpans(words.join(' '))), { numRuns: 300 });
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => checkSpans(text)), { numRuns: 200 });
  });

  it('pairs quotations whatever the marks: every end is after its start', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('“', '”', '"', "'", '‘', '’', 'a', ' ', '\n', '«', '»'), maxLength: 200 }), (text) => {
      for (const q of findQuotations(text)) {
        expect(q.innerStart).toBeGreaterThan(q.start);
        expect(q.end).toBeGreaterThanOrEqual(q.innerEnd);
        expect(q.end).toBeLessThanOrEqual(text.length);
      }
    }));
  });

  it.each([
    ['an unbalanced quote', 'The ministry said “18 died. Officials warned that more may follow.'],
    ['quotes in other scripts', 'Министерство заявило: «18 человек погибли». 内务部表示「18人死亡」。'],
    ['no sentence ends', 'the ministry said that 18 died and officials claimed more died and it warned ' + 'of more '.repeat(2000)],
  ])('%s', (_label, text) => {
    expect(() => checkSpans(text)).not.toThrow();
  });

  it('reads a 50,000-word quotation in linear time', () => {
    const quote = 'word '.repeat(50_000);
    const text = `The ministry said “${quote}” and left.`;
    const t0 = performance.now();
    const found = read(text);
    const ms = performance.now() - t0;
    // Read in windows that never end inside a quotation: the content is the whole quotation.
    expect(found[0]!.quote).toBe(true);
    expect(found[0]!.content.text.endsWith('word ”')).toBe(true);
    expect(found[0]!.quotes[0]!.text.length).toBeGreaterThan(200_000);
    expect(ms).toBeLessThan(1500);
  });

  it('scales linearly: ten times the text takes about ten times as long, not a hundred', () => {
    const para = 'The interior ministry said that 18 officers were killed. “They will be eliminated,” it warned. According to officials, 750 were hurt, it claimed. ';
    // The best of three runs: the machine may be busy with other work.
    const time = (n: number): number => {
      const text = para.repeat(n);
      const sentences = segmentSentences(text, 'en');
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        readAttributions(text, sentences, []);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(20);
    const small = Math.max(time(40), 1);
    const large = time(400);
    expect(large / small).toBeLessThan(60);
  });

  it('stays linear when one endless "sentence" holds thousands of cues (no full stops at all)', () => {
    const piece = (i: number): string => `officials said ${i} people, he told reporters, “yes” ― Ana Cruz and `;
    const time = (n: number): number => {
      const text = Array.from({ length: n }, (_, i) => piece(i)).join('');
      const sentences = segmentSentences(text, 'en');
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        readAttributions(text, sentences, []);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(50);
    const small = Math.max(time(200), 1);
    const large = time(2000);
    // Quadratic, ten times the text took a hundred times as long (1.8 s at 2,000 pieces).
    expect(large / small).toBeLessThan(40);
  });
});
