import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';
import type { Attribution } from '../../../lib/model';

/**
 * A title-case headline whose verb is followed by a quotation ("Retired General Reveals
 * ‘Demoralizing’ Experience"): the capitalised verb is a verb, not part of a name.
 */
const read = (text: string): Attribution[] => readAttributions(text, segmentSentences(text, 'en'), []);
const triples = (text: string): [string | undefined, string, string][] => read(text).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('title-case headlines with a quotation after the verb', () => {
  it.each([
    ['Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Obama.', 'Retired General', 'Reveals', '‘Demoralizing’ Experience Of Serving Under Obama'],
    ['Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting.', 'Hillary Clinton', 'Speaks', '‘Directly To White People’ After Latest Police Shooting'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});
