import { describe, expect, it } from 'vitest';
import { lexicon, wordSet } from '../../../lib/quantities/lexicon';

// The table of letters and lengths must never hide a word the Map holds.
const WORDS = lexicon({ one: 1, two: 2, '': 0, 'milhões': 1e6, ['x'.repeat(40)]: 40, 'émigré': 7 });

describe('lexicon', () => {
  it.each([
    ['one', 1],
    ['two', 2],
    ['', 0],
    ['milhões', 1e6],
    ['x'.repeat(40), 40],
    ['émigré', 7],
    ['owe', undefined], // same first letter and length as "one"
    ['ole', undefined], // same first and last letters and length as "one": the table lets it through, the Map says no
    ['ones', undefined],
    ['three', undefined],
    ['x'.repeat(35), undefined], // shares the top length bit with the 40-letter word
    ['One', undefined],
  ] as Array<[string, number | undefined]>)('%j -> %j', (word, value) => {
    expect(WORDS.get(word)).toBe(value);
    expect(WORDS.has(word)).toBe(value !== undefined);
  });

  it('is still a Map for its other uses', () => {
    expect(WORDS.size).toBe(6);
    expect([...WORDS.keys()]).toContain('two');
  });
});

describe('wordSet', () => {
  const SET = wordSet(['one', '', 'milhões', 'x'.repeat(40)]);
  it.each<[string, boolean]>([
    ['one', true], ['', true], ['milhões', true], ['x'.repeat(40), true],
    ['owe', false], ['ones', false], ['x'.repeat(35), false], ['One', false],
  ])('%j -> %s', (word, held) => {
    expect(SET.has(word)).toBe(held);
  });

  it('is still a Set for its other uses', () => {
    expect(SET.size).toBe(4);
    expect([...SET]).toContain('one');
  });
});
