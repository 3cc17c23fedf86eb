import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/**
 * Judgements received: the judges follow "from", what is judged is the "for" or "of" phrase or
 * else the one judged. Each row is a sentence that was missed, with the source, cue and content
 * the corpus draws.
 */

describe('judgements received', () => {
  it.each([
    ['The clip has faced ridicule online since it was released on Tuesday.', undefined, 'ridicule', 'The clip'],
    ['In 2009, the United Nations came under withering criticism for its failure to speak out on the violations.', undefined, 'withering criticism for', 'its failure to speak out on the violations'],
    ['He cited criticism of NBC\'s Matt Lauer, who took heat for his questioning of the Republican candidate.', undefined, 'heat for', 'his questioning of the Republican candidate'],
    ['For her part, Suu Kyi has faced sharp criticism for failing to address ethnic violence.', undefined, 'sharp criticism for', 'failing to address ethnic violence'],
    ['Matt Lauer faced heavy criticism from mainstream media outlets after the forum.', 'mainstream media outlets', 'heavy criticism', 'Matt Lauer'],
    ["Given the intense criticism of NBC's Matt Lauer, the moderators will be tougher.", undefined, 'the intense criticism of', "NBC's Matt Lauer"],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['Firefighters came under fire from the rebels.'],
    ['The heat was intense all week.'],
    ['He faced the crowd in the heat of the afternoon.'],
  ])('reads no judgement where there is none: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads a feeling at what happened: "much to the chagrin of X"', () => {
    const text = 'Her campaign departed from the tactic, much to the chagrin of fellow Democrats.';
    expect(triples(text)).toContainEqual(['fellow Democrats', 'much to the chagrin of', 'Her campaign departed from the tactic']);
  });
});
