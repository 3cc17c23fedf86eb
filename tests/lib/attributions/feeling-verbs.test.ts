import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/**
 * Verbs of liking and of feeling at something (love, despise, respect, bristle at, seethe,
 * rejoice in) report an evaluation. Each row is a sentence that was missed.
 */

describe('verbs of liking and feeling', () => {
  it.each([
    ['Amelize Joseph loves the public school that her daughter attends.', 'Amelize Joseph', 'loves', 'the public school that her daughter attends'],
    ['I despise Trump because his speech is full of hate.', 'I', 'despise', 'Trump because his speech is full of hate'],
    ['My father would have loved Trump.', 'My father', 'would have loved', 'Trump'],
    ['Top black lawmakers bristled at the continued questions about the legitimacy of the president.', 'Top black lawmakers', 'bristled at', 'the continued questions about the legitimacy of the president'],
    ['He was clearly rejoicing in the glorious history of the museum.', 'He', 'was clearly rejoicing in', 'the glorious history of the museum'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['With respect to taxes, the plan changes little.'],
    ['Its love of country is clear.'],
  ])('reads no verb in a noun: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
