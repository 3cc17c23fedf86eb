import { describe, expect, it } from 'vitest';
import { mayHoldFigures } from '../../../lib/quantities/candidates';

describe('mayHoldFigures: the quick test before a sentence is tokenised', () => {
  it.each<[string, boolean]>([
    ['The weather was fine on Tuesday.', false],
    ['18 people died.', true],
    ['Two people died.', true],
    ['Prices rose tenfold last year.', true],
    ['Prices rose TENFOLD last year.', true],
    ['The problems are manifold.', true],
    // "fold" alone, or not ending its word, is no multiplier.
    ['She would fold the letter.', false],
    ['The plan unfolded slowly.', false],
    ['There were no casualties.', true],
    ['There was no rain.', false],
  ])('%s', (sentence, expected) => {
    expect(mayHoldFigures(sentence)).toBe(expected);
  });
});
