import { describe, expect, it } from 'vitest';
import { read } from './read';

/**
 * A noun of intent with a possessor and an infinitive ("his determination to act alone"): PolNeAR
 * draws the possessor as source, the noun as cue and the infinitive as content. Each row is a
 * sentence that was missed.
 */
// The content is checked from its start: where a subject noun's own verb ends it is left open.
const triples = (text: string, length: number): [string | undefined, string, string][] => read(text).map((a) => [a.source?.text, a.cue.text, a.content.text.slice(0, length)]);

describe('a possessor, a noun of intent and its infinitive', () => {
  it.each([
    ['The order rests on his determination to act alone.', 'his', 'determination', 'to act alone'],
    ['President Obama’s decision to jump-start dormant U.S. relations with Myanmar came in 2012.', 'President Obama’s', 'decision', 'to jump-start dormant U.S. relations with Myanmar'],
    ['It was Trump’s latest effort to bounce back from Monday night’s widely panned debate performance.', 'Trump’s', 'latest effort', 'to bounce back from Monday night’s widely panned debate performance'],
    ['His promises to stick it to the rich notwithstanding, the plan cuts taxes at the top.', 'His', 'promises', 'to stick it to the rich'],
    ['The state has its own plan to achieve that goal.', 'its', 'own plan', 'to achieve that goal'],
    ['In Tehran, the government’s determination to further its quest for missiles is clear.', 'the government’s', 'determination', 'to further its quest for missiles'],
    ['In part, the speech reflected the president\'s eagerness to use the outsize sway he has with black voters.', 'the president\'s', 'eagerness', 'to use the outsize sway he has with black voters'],
    // A title-case headline capitalises the infinitive too.
    ['Gold Star Mom Corners Obama On His Refusal To Use The Words ‘Islamic Terrorist.’', 'His', 'Refusal', 'To Use The Words'],
    // A letter of opinion with its topic: "earlier missive on".
    ['Bornsten\'s earlier missive on Trump was widely ridiculed.', 'Bornsten\'s', 'earlier missive on', 'Trump'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text, content.length)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['The campaign has refocused its efforts to a big turnout push.'],
    ['His trip to Paris was long.'],
    ['They went to the store to buy milk.'],
    ['He raised his commitment to the group to $20 million.'],
  ])('reads no intent where "to" opens a place or a thing: %s', (text) => {
    expect(read(text).filter((a) => /effort|trip|commitment/.test(a.cue.text))).toEqual([]);
  });
});
