import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

/** Source noun phrases as the corpus draws them. */
const triples = (text: string): [string | undefined, string, string][] =>
  readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('a relative clause with no subject of its own belongs to the source', () => {
  it.each([
    ['A 2014 study that appeared in the British Medical Journal found that half of his advice was wrong.', 'A 2014 study that appeared in the British Medical Journal', 'found', 'that half of his advice was wrong'],
    ["Surety companies that had insured Patriot's obligations agreed to release millions in cash.", "Surety companies that had insured Patriot's obligations", 'agreed', 'to release millions in cash'],
    ['Officials who were briefed on the matter said it was over.', 'Officials who were briefed on the matter', 'said', 'it was over'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it('leaves a "that" clause with its own subject alone', () => {
    expect(triples('He said that officials found 18 bodies.')).toEqual([['He', 'said', 'that officials found 18 bodies']]);
  });
});
