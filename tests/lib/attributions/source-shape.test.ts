import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

/** Source spans as the corpus marks them (PolNeAR develop half, exact-match misses). */
const sources = (text: string): (string | null)[] => readAttributions(text, segmentSentences(text, 'en'), []).map((a) => a.source?.text ?? null);

describe('source edges', () => {
  it.each([
    ['Not everyone finds that pitch compelling.', 'Not everyone'],
    ['India and Pakistan differ, and not everyone agrees on who is a terrorist.', 'not everyone'],
    ['Only 52 percent of registered voters agreed that Clinton is healthy.', 'Only 52 percent of registered voters'],
    ['Only Trump said the debate was rigged.', 'Trump'],
  ])('a focus word before a quantity stays in the source: %s', (text, source) => {
    expect(sources(text)).toContain(source);
  });

  it.each([
    ['Can you imagine if Trump were a woman?', []],
    ['Or would you think she must be the worst woman?', []],
    ['Do you know where your candidate\'s tax returns are?', []],
    ['How do you know when it is worth paying more?', ['you']],
  ])('a yes/no question put to the reader reports no one: %s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});
