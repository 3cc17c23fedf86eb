import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/**
 * A possessor as the source of a nominal cue: the possessive mark stays in the source, as the
 * corpus mostly marks it; the possessor is a noun phrase, not the clause before it; a time may
 * come between the noun and its preposition.
 */

describe('possessors of nominal cues', () => {
  it.each([
    ['Clinton’s comments Tuesday on the shooting death of Crutcher came as facts emerged.', 'Clinton’s', 'comments Tuesday on', 'the shooting death of Crutcher came as facts emerged'],
    ["The Chinese were also swayed by Mr. Obama's announcement in 2014 of his regulations.", "Mr. Obama's", 'announcement in 2014 of', 'his regulations'],
    ['Politifact seized on Trump’s claim that there have been “thousands of shootings” in Chicago.', 'Trump’s', 'claim', 'that there have been “thousands of shootings” in Chicago'],
    ["But the sanctions have done nothing to stop the government's determination to further its quest.", "the government's", 'determination', 'to further its quest'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});
