import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';
import type { Attribution } from '../../../lib/model';

/**
 * A present verb after a singular noun whose determiner stands a modifier or two before it
 * ("The GOP candidate proposes ..."): the noun is the subject even with a bare object next.
 * Each row is a sentence that was missed, with the source, cue and content the corpus draws.
 */
const read = (text: string): Attribution[] => readAttributions(text, segmentSentences(text, 'en'), []);
const triples = (text: string): [string | undefined, string, string][] => read(text).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('subjects determined across a modifier', () => {
  it.each([
    ["The GOP candidate proposes allowing parents to deduct the average cost of their state's care from their income taxes.", 'The GOP candidate', 'proposes', "allowing parents to deduct the average cost of their state's care from their income taxes"],
    ['The Republican candidate proposes tax cuts.', 'The Republican candidate', 'proposes', 'tax cuts'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['The state prison documents were sealed.'],
    ['In the tax plans released Friday, nothing changed.'],
  ])('reads no verb where a noun stands: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
