import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/quantities/tokens';
import { addEnglishWordMentions } from '../../../lib/quantities/english-words';
import { findVagueAmounts } from '../../../lib/quantities/vague';
import { findMultipliers } from '../../../lib/quantities/multipliers';
import { findZeros } from '../../../lib/quantities/zeros';
import { findOrdinalWords } from '../../../lib/quantities/kinds';
import { findFractions } from '../../../lib/quantities/fractions';
import { findPairs } from '../../../lib/quantities/pairs';

/** What the six steps find when each walks the whole sentence, in their order. */
function everyStep(text: string) {
  const tokens = tokenize(text, 0, text.length);
  return [findVagueAmounts(tokens), findMultipliers(tokens), findZeros(tokens), findOrdinalWords(tokens), findFractions(tokens), findPairs(tokens)].flat();
}

describe('addEnglishWordMentions', () => {
  it.each([
    ['Hundreds of thousands fled; several hundred stayed and a few thousand returned.', 3],
    ['Tens of thousands marched, scores of them hurt.', 2],
    ['Prices doubled, then halved; a twofold rise, a 3-fold jump, twice as many, double the price.', 6],
    ['No one was hurt and none of the passengers were injured; no casualties.', 3],
    ['It was the third time in the first week.', 2],
    ['Two thirds of voters and half a million people, a quarter million, a half-century.', 3],
    ['A pair of shoes.', 1],
    // Words that start no reading: nothing, and no step need run.
    ['The minister said a plan was one of many.', 0],
    ['', 0],
  ])('%j: what every step finds (%i)', (text, count) => {
    const tokens = tokenize(text, 0, text.length);
    const found: ReturnType<typeof everyStep> = [];
    addEnglishWordMentions(tokens, found);
    expect(found).toEqual(everyStep(text));
    expect(found.length).toBe(count);
  });
});
