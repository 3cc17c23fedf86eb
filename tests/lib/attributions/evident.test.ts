import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/**
 * The writer's own evaluations with no source ("it's obvious that ..."). Each row is a sentence
 * that was missed, with the cue and content the corpus draws.
 */

describe('evaluations of plain evidence', () => {
  it.each([
    ["At this juncture, it's obvious that they are wasting their breath.", "it's obvious", 'that they are wasting their breath'],
    ['By now it should be obvious that voters want to see the returns.', 'it should be obvious', 'that voters want to see the returns'],
    ['It is apparent that Clinton wanted to shield her dealings.', 'It is apparent', 'that Clinton wanted to shield her dealings'],
    ['Nor is it clear that further sanctions would be a deterrent.', 'Nor is it clear', 'that further sanctions would be a deterrent'],
    ['It was clear Clinton is attempting to reach out to black voters.', 'It was clear', 'Clinton is attempting to reach out to black voters'],
  ])('%s', (text, cue, content) => {
    expect(triples(text)).toContainEqual([undefined, cue, content]);
  });

  it.each([
    ['It is not clear what effect it might have.'],
    ['It was clear to everyone.'],
    ['It is unclear whether the vote will happen.'],
    ['The water was clear and cold.'],
  ])('reads no claim without a clause of plain evidence: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
