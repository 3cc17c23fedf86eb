import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

const pairs = (text: string): [string | undefined, string][] =>
  readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text]);

describe('sources after a title or initials the sentence breaker splits', () => {
  it.each([
    ['Sens. John McCain and Lindsey Graham said the deal was dead.', 'Sens. John McCain and Lindsey Graham'],
    ['Del. Eleanor Holmes Norton said the vote was unfair.', 'Del. Eleanor Holmes Norton'],
    ['G.K. Chesterton said the storm was deadly.', 'G.K. Chesterton'],
  ])('%s', (text, source) => {
    expect(pairs(text)).toContainEqual([source, 'said']);
  });
});
