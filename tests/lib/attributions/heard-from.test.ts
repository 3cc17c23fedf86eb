import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

const triples = (text: string) => readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('"heard from X that ...": the speaker follows "from"', () => {
  it.each([
    ['At a closed meeting on July 7, families heard from Assistant Fire Chief Raide Jadallah that the dogs were being withdrawn.', 'Assistant Fire Chief Raide Jadallah', 'heard from', 'that the dogs were being withdrawn'],
    ['Reporters heard from two officials that the talks had stalled.', 'two officials', 'heard from', 'that the talks had stalled'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['Mr. Obama learned from the experience.'],
    ['We heard from them over and over again on TV.'],
  ])('finds no speaker after "from" in %s', (text) => {
    expect(triples(text).map(([, cue]) => cue)).not.toContain('heard from');
  });
});
