import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';
import type { Attribution } from '../../../lib/model';

/**
 * Feelings whose holder is the verb's object: the one moved is the source, what moves them the
 * content. Each row is a sentence that was missed, with the source, cue and content the corpus draws.
 */
const read = (text: string): Attribution[] => readAttributions(text, segmentSentences(text, 'en'), []);
const triples = (text: string): [string | undefined, string, string][] => read(text).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('the one moved holds the feeling', () => {
  it.each([
    ['Clarke wants to take over a troubled mine. That worries environmentalists.', 'environmentalists', 'worries', 'That'],
    ['It has not been happening for Clinton, which is something that concerns Henry Crespo, president of the Miami-based Florida Democratic Black Caucus.', 'Henry Crespo, president of the Miami-based Florida Democratic Black Caucus', 'concerns', 'that'],
    ['The Justice Department has lagged in enforcing the law, frustrating Scott.', 'Scott', 'frustrating', 'The Justice Department has lagged in enforcing the law'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['Patriot sold not only the troubled Federal mine to Mr. Clarke.'],
    ['He said that concerns about her health were overblown.'],
    ['That concerns the budget.'],
    ['The storm hit the coast, worrying the markets.'],
  ])('reads no feeling where there is none: %s', (text) => {
    expect(read(text).filter((a) => /troubl|concern|worr/.test(a.cue.text))).toEqual([]);
  });
});
