import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

const read = (text: string) => readAttributions(text, segmentSentences(text, 'en'), []);

describe('impressions nobody is named for ("seems", "can seem")', () => {
  it.each([
    ['If you do not own a home, or drawing on home equity seems too risky or needlessly expensive, wait.', 'seems', 'too risky or needlessly expensive, wait'],
    ['You can see why RT can seem like just another entrant with an agenda.', 'can seem', 'like just another entrant with an agenda'],
    ['Now Melania seems to have vanished from the campaign trail.', 'seems', 'to have vanished from the campaign trail'],
    ['The Syrian conflict may once have seemed far away.', 'may once have seemed', 'far away'],
  ])('%s', (text, cue, content) => {
    const found = read(text).map((a) => [a.source, a.cue.text, a.content.text, a.stance]);
    expect(found).toContainEqual([null, cue, content, 'tentative']);
  });

  it.each([
    ['It seems as though he is late.'],
    ['That makes him seem kinder to Mr. Trump.'],
    ['As improbable as it may seem, the deal went ahead.'],
    ['“The race seems to be tightening,” said Caddell.'],
  ])('finds no impression in %s', (text) => {
    expect(read(text).map((a) => a.cue.text).filter((c) => /seem/.test(c))).toEqual([]);
  });
});
