import { describe, expect, it } from 'vitest';
import { wordsPattern } from '../../../lib/quantities/word-pattern';

describe('wordsPattern: an alternation of words as a prefix tree', () => {
  it.each<[string[], string]>([
    [['ten', 'tenth', 'two'], 't(?:en(?:th)?|wo)'],
    [['one'], 'one'],
    [['a', 'ab'], 'a(?:b)?'],
    [['dozens?', 'one'], 'one|dozens?'], // regex syntax is kept as its own alternative
    [[], ''],
  ])('%j -> %s', (words, pattern) => {
    expect(wordsPattern(words)).toBe(pattern);
  });

  const words = ['ten', 'tenth', 'tenths', 'two', 'twelve', 'twenty', 'one', 'none', 'nobody', 'hundred', 'hundreds'];
  const tree = new RegExp(`\\b(?:${wordsPattern(words)})\\b`, 'i');
  const flat = new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
  it.each<[string]>([['Ten'], ['tent'], ['tenth.'], ['a tenths-of'], ['tw'], ['twelve_'], ['NOBODY'], ['no'], ['hundredss'], ['x hundreds y'], ['']])('matches as the flat list does: %j', (s) => {
    expect(tree.test(s)).toBe(flat.test(s));
  });
});
