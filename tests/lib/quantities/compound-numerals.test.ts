import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('digits with scale words, continued as number words are', () => {
  it.each([
    ['I can give you 3 hundred and 21 yuan.', 321],
    ['4 thousand 3 hundred and 21 is a valid number.', 4321],
    ['3 hundred and one is a valid number.', 301],
    ['I count 6 crore and two hundred', 60000200],
  ])('%s -> %d', (sentence, value) => {
    expect(read(sentence)[0]?.value).toBe(value);
  });

  it.each([
    ['They killed 2 thousand and 50 were hurt.', [2000, 50]],
    ['It cost 1.5 million and 300 jobs were lost.', [1.5e6, 300]],
    ['4 thousand 3 hundred and 0 are two valid numbers.', [4300, 0, 2]],
  ])('%s: counted apart', (sentence, values) => {
    expect(read(sentence).map((f) => f.value)).toEqual(values);
  });
});

describe('a hundred before a bigger scale, and vague hundreds of thousands', () => {
  it.each([
    ['hundred thousand dollars', 1e5, '='],
    ['Several hundred thousand people marched.', 3e5, '>'],
    ['a few hundred million dollars', 2e8, '>'],
  ])('%s -> %d', (sentence, value, bound) => {
    const f = read(sentence)[0];
    expect([f?.value, f?.bound]).toEqual([value, bound]);
  });

  it('a fraction after "above" and "below" bounds a range', () => {
    const f = read('The number is above one quarter and below a half.')[0];
    expect([f?.value, f?.high]).toEqual([0.25, 0.5]);
  });
});
