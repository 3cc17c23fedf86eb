import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';
import type { Attribution } from '../../../lib/model';

/**
 * Intentions held as an adjective ("were willing to", "intent on deciding"): the subject is the
 * source, the infinitive the content. Each row is a sentence that was missed, with the source,
 * cue and content the corpus draws.
 */
const read = (text: string): Attribution[] => readAttributions(text, segmentSentences(text, 'en'), []);
const triples = (text: string): [string | undefined, string, string][] => read(text).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('intentions held as adjectives', () => {
  it.each([
    ['But some Republicans were willing to go forward with a more limited climate bill.', 'some Republicans', 'were willing', 'to go forward with a more limited climate bill'],
    ['The money comes from a small group of super-wealthy contributors intent on deciding who will occupy the White House.', 'a small group of super-wealthy contributors', 'intent on deciding', 'who will occupy the White House'],
    ['Trump is determined to win the state.', 'Trump', 'is determined', 'to win the state'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['The country is ready to host the games.'],
    ['A determined effort was made.'],
    ['He paid the intent of the law no heed.'],
  ])('reads no intention where there is none: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('nouns of attitude with a possessor', () => {
  it('reads "His obsession with Mexico" as his stance', () => {
    expect(triples('His obsession with Mexico, China and NAFTA came up again.')).toContainEqual(['His', 'obsession with', 'Mexico']);
  });
});
