import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';
import type { Attribution } from '../../../lib/model';

/**
 * Cues PolNeAR counts that the lexicon once missed: credit lines, polls, multi-word and
 * nominal cues. Each row is a sentence that was misread, with the source, cue and content the
 * corpus draws.
 */
const read = (text: string): Attribution[] => readAttributions(text, segmentSentences(text, 'en'), []);
const triples = (text: string): [string | undefined, string, string][] => read(text).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('credit lines: a quotation, a dash and a name ending the line', () => {
  it.each([
    ['“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan\n', 'Steve Quinlan', '―', '“Maybe, we can build a wall around Donald Trump.”'],
    ['“The most unqualified child to ever run for president.” ― Francisco Herrero.\nNext line.', 'Francisco Herrero', '―', '“The most unqualified child to ever run for president.”'],
    ['“He has spread hate. He is not fit to lead.”— Edwin G. Monroy\n', 'Edwin G. Monroy', '—', '“He has spread hate. He is not fit to lead.”'],
    ['”Fear. I am truly afraid.” ― Ana de la Cruz\n', 'Ana de la Cruz', '―', '”Fear. I am truly afraid.”'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['The film ― which weaves together the voices of historians ― explains the history.'],
    ['“It is over,” ― and then the crowd left the hall for the night.\n'],
    ['He called it “a disaster” — Trump said so on Monday, in a speech to supporters.\n'],
  ])('reads no credit line in a sentence that goes on: %s', (text) => {
    expect(read(text).some((a) => a.cue.text === '―' || a.cue.text === '—')).toBe(false);
  });
});
