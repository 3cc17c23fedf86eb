import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/**
 * Stances held as a predicate: a side noun ("is a staunch opponent of"), a thing held in mind
 * ("has no illusions about"), a state ("are in despair over") or an adjective ("were coy
 * about"). Each row is a sentence that was missed, with the source, cue and content the corpus draws.
 */

describe('stances held as a predicate', () => {
  it.each([
    ['Kaine is a former civil rights lawyer who is a staunch opponent of the death penalty.', 'who', 'is a staunch opponent of', 'the death penalty'],
    ['Hillary Clinton, a longtime member of the Senate Armed Services Committee, has been a consistent and outspoken supporter of NATO.', 'Hillary Clinton, a longtime member of the Senate Armed Services Committee,', 'has been a consistent and outspoken supporter of', 'NATO'],
    ['She has no illusions about Putin’s threat to Eastern Europe.', 'She', 'has no illusions about', 'Putin’s threat to Eastern Europe'],
    ['The leaders privately are in despair over Trump’s pro-Russian statements.', 'The leaders', 'privately are in despair over', 'Trump’s pro-Russian statements'],
    ['Both men had essentially the same position on global warming.', 'Both men', 'had essentially the same position on', 'global warming'],
    ['Clinton aides were coy about whether they would change their approach.', 'Clinton aides', 'were coy about', 'whether they would change their approach'],
    ['Mr. McKinley is bearish on the future of student loans.', 'Mr. McKinley', 'is bearish on', 'the future of student loans'],
    ['It is because the S.E.C. has been so vague about the definitions of a subsidiary.', 'the S.E.C.', 'has been so vague about', 'the definitions of a subsidiary'],
    ['Mr. Obama is also determined to warn his supporters about the dangers.', 'Mr. Obama', 'is also determined', 'to warn his supporters about the dangers'],
    ['Republicans were also incensed that the deals did not require witnesses to cooperate.', 'Republicans', 'were also incensed', 'that the deals did not require witnesses to cooperate'],
    ['In the election she was sure Trump would triumph.', 'she', 'was sure', 'Trump would triumph'],
    ['We are convinced this is the only country.', 'We', 'are convinced', 'this is the only country'],
    ['If Trump could make money doing it, Vermont Sen. Bernie Sanders is against it.', 'Vermont Sen. Bernie Sanders', 'is against', 'it'],
    ['He is firmly against the deal.', 'He', 'is firmly against', 'the deal'],
    ['Many voters harbor deep reservations about Trump.', 'Many voters', 'harbor deep reservations about', 'Trump'],
    ['He holds strong views on trade.', 'He', 'holds strong views on', 'trade'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['The company is a major supplier of steel.'],
    ['He has no interest payments this year.'],
    ['The company has an interest in the hotel.'],
    ['The house was in disrepair over the winter.'],
    ['I am sure.'],
    ['The odds are against him.'],
    ['Right now, the vote is against Trump.'],
    ["Monday's debate will be Trump's first against a single opponent."],
  ])('reads no stance where none is held: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('"make" with a noun of saying', () => {
  it.each([
    ["The United Nations Security Council on Friday made a strong condemnation of North Korea's latest nuclear test.", 'The United Nations Security Council', 'made a strong condemnation of', "North Korea's latest nuclear test"],
    ['The Supreme Court made a surprise 5-4 decision to grant a request by the challengers.', 'The Supreme Court', 'made a surprise 5-4 decision', 'to grant a request by the challengers'],
    ['Sanders made the following comment: the rate is 51 percent.', 'Sanders', 'made the following comment:', 'the rate is 51 percent'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['He made a controversial comment that angered voters.'],
    ['They made a cake for the party.'],
  ])('reads no relative clause or thing made as content: %s', (text) => {
    expect(read(text).filter((a) => a.cue.text.startsWith('made'))).toEqual([]);
  });
});
