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
});
