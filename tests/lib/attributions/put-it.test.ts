import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/**
 * "As X put it, ...": the idiom credits the rest of the sentence to X. Each row is a sentence
 * that was missed, with the source, cue and content the corpus draws.
 */

describe('"as X put it" opening or closing a sentence', () => {
  it.each([
    ['As Ms. Simonyan put it in a statement in July, RT is providing a perspective you won’t get elsewhere.', 'Ms. Simonyan', 'put it', 'RT is providing a perspective you won’t get elsewhere'],
    ['The requirement is a "lawful source of investment income," as a Homeland Security memo put it.', 'a Homeland Security memo', 'put it', 'The requirement is a "lawful source of investment income,"'],
    ['As Steven M. Rosenthal, a tax lawyer, recently put it, the returns would show a great deal.', 'Steven M. Rosenthal, a tax lawyer,', 'recently put it', 'the returns would show a great deal'],
    ['As The New Yorker put it in a lengthy expose, he is “the operator.”', 'The New Yorker', 'put it', 'he is “the operator.”'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['As he put it down, the phone rang.'],
    ['She put it on the table and left.'],
    ['They bought the house as an investment and put it up for sale.'],
  ])('reads no wording where something is put somewhere: %s', (text) => {
    expect(read(text).filter((a) => a.cue.text.endsWith('put it'))).toEqual([]);
  });
});
