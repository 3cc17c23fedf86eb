import { describe, expect, it } from 'vitest';
import { isSpace, isWordOrDot, segmentSentences, sentenceAt } from '../../../lib/text/sentences';

const split = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it.each([
    ['Two sentences. Here is the second.', ['Two sentences.', 'Here is the second.']],
    ['Mr. Tokayev spoke on Jan. 6 in the U.S. embassy. Then he left.', ['Mr. Tokayev spoke on Jan. 6 in the U.S. embassy.', 'Then he left.']],
    ['John F. Kennedy was there. So was plan B. Nobody else came.', ['John F. Kennedy was there.', 'So was plan B.', 'Nobody else came.']],
    // Plural and less common titles, and initials before a name; a short form after a lower-case word still ends.
    ['Sens. John McCain and Del. Eleanor Holmes Norton spoke. Rep. G.K. Butterfield agreed.', ['Sens. John McCain and Del. Eleanor Holmes Norton spoke.', 'Rep. G.K. Butterfield agreed.']],
    ['Talks stalled in the E.U. The vote failed. J.R. Smith scored.', ['Talks stalled in the E.U.', 'The vote failed.', 'J.R. Smith scored.']],
    ['The letter from Reps. Adam Smith and Ann Lee came. G.K. Chesterton wrote.', ['The letter from Reps. Adam Smith and Ann Lee came.', 'G.K. Chesterton wrote.']],
    ['Rates were cut by 5 p.c. Del. Eleanor Holmes Norton spoke.', ['Rates were cut by 5 p.c.', 'Del. Eleanor Holmes Norton spoke.']],
    ['He met Sens.\nJohn and Ann.', ['He met Sens.', 'John and Ann.']],
    ['He left. The rest stayed.', ['He left.', 'The rest stayed.']],
    ['First paragraph\nSecond paragraph.', ['First paragraph', 'Second paragraph.']],
    ['“Almost 1,000 people have reportedly been injured,” the OHCHR said. It urged calm.', ['“Almost 1,000 people have reportedly been injured,” the OHCHR said.', 'It urged calm.']],
    ['Emoji 🇰🇿 first. Then 😀 second.', ['Emoji 🇰🇿 first.', 'Then 😀 second.']],
    ['', []],
    ['   \n  \n', []],
    // A line break ends a sentence, even after an abbreviation or inside a quotation.
    ['He met Mr.\nSmith later.', ['He met Mr.', 'Smith later.']],
    ['Windows lines.\r\nSecond line\r\n\r\nThird.', ['Windows lines.', 'Second line', 'Third.']],
    ['“It started,\n” she said. Then.', ['“It started,', '” she said.', 'Then.']],
    ['No full stop\n\n\nAfter gaps. And more', ['No full stop', 'After gaps.', 'And more']],
    ['Ends with a break. \n', ['Ends with a break.']],
    // A German day is an ordinal with a dot; a number at a sentence end still ends it.
    ['Am 4. Mai starben 18 Menschen. Die Zahl stieg auf 18. Die Polizei kam.', ['Am 4. Mai starben 18 Menschen.', 'Die Zahl stieg auf 18.', 'Die Polizei kam.']],
    // A scale written short before its currency goes on; at a sentence end it still ends it.
    ['Das kostet 5 Mio. Euro. Der Schaden beträgt 3 Mrd. Die Polizei kam.', ['Das kostet 5 Mio. Euro.', 'Der Schaden beträgt 3 Mrd.', 'Die Polizei kam.']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets into the original text', () => {
    const text = '  Leading space. And 😀 more.  ';
    for (const s of segmentSentences(text)) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });

  it('finds the sentence at an offset', () => {
    const text = 'One. Two. Three.';
    const sentences = segmentSentences(text);
    expect(sentenceAt(sentences, text.indexOf('Two'))).toBe(1);
    expect(sentenceAt(sentences, text.length + 5)).toBe(-1);
  });
});

describe('isSpace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});

describe('isWordOrDot', () => {
  it('agrees with /[\\p{L}.]/u on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWordOrDot(String.fromCharCode(c), 0) !== /[\p{L}.]/u.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});
