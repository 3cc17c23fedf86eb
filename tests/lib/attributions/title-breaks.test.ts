import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';
import { brokenAtTitle } from '../../../lib/attributions/title-breaks';

const pairs = (text: string): [string | undefined, string][] =>
  readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text]);

describe('brokenAtTitle', () => {
  it.each([
    ['Sens.', true, ' ', 'Jo', true],
    ['The letter from Reps.', false, ' ', 'Ad', true],
    ['G.K.', true, ' ', 'Ch', true],
    ['moved to the U.S.', false, ' ', 'Tr', false],
    ['Sens.', true, '\n', 'Jo', false],
    ['Sens.', true, ' ', 'jo', false],
    ['He left.', false, ' ', 'Th', false],
    ['cut by 5 p.c. Del.', false, ' ', 'El', true],
  ])('%s | %s', (tail, whole, gap, after, broken) => {
    expect(brokenAtTitle(tail as string, whole as boolean, gap as string, after as string)).toBe(broken);
  });
});

describe('sources after a title or initials the sentence breaker splits', () => {
  it.each([
    ['Sens. John McCain and Lindsey Graham said the deal was dead.', 'Sens. John McCain and Lindsey Graham'],
    ['Del. Eleanor Holmes Norton said the vote was unfair.', 'Del. Eleanor Holmes Norton'],
    ['G.K. Chesterton said the storm was deadly.', 'G.K. Chesterton'],
  ])('%s', (text, source) => {
    expect(pairs(text)).toContainEqual([source, 'said']);
  });
});
