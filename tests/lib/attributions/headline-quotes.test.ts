import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/**
 * A title-case headline whose verb is followed by a quotation ("Retired General Reveals
 * ‘Demoralizing’ Experience"): the capitalised verb is a verb, not part of a name.
 */

describe('title-case headlines with a quotation after the verb', () => {
  it.each([
    ['Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Obama.', 'Retired General', 'Reveals', '‘Demoralizing’ Experience Of Serving Under Obama'],
    ['Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting.', 'Hillary Clinton', 'Speaks', '‘Directly To White People’ After Latest Police Shooting'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});
