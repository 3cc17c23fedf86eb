import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';
import type { Attribution } from '../../../lib/model';

/**
 * Rules and laws as speakers: what a rule grants or forbids is its statement. Each row is a
 * sentence that was missed, with the source, cue and content the corpus draws.
 */
const read = (text: string): Attribution[] => readAttributions(text, segmentSentences(text, 'en'), []);
const triples = (text: string): [string | undefined, string, string][] => read(text).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('rules as speakers', () => {
  it.each([
    ["The party's existing rules empower the DNC to name a replacement candidate.", "The party's existing rules", 'empower', 'the DNC to name a replacement candidate'],
    ['Though typically DNC rules permit members to appoint proxies to vote for them if they can’t appear in person, it’s prohibited when voting to fill a vacancy.', 'DNC rules', 'permit', 'members to appoint proxies to vote for them if they can’t appear in person'],
    ['The 1951 Refugee Convention, which most nations signed, obligates countries to offer protection to all those fleeing war.', 'The 1951 Refugee Convention', 'obligates', 'countries to offer protection to all those fleeing war'],
    ['The program, called EB-5, allows foreign investors to gain citizenship by investing $500,000.', 'The program', 'allows', 'foreign investors to gain citizenship by investing $500,000'],
    ['WASHINGTON - A contentious visa program that allows wealthy foreigners to obtain United States citizenship is up for renewal.', 'A contentious visa program', 'allows', 'wealthy foreigners to obtain United States citizenship is up for renewal'],
    ['The members will begin to work on measures, they said, under Article 21 in the U.N. Charter that allows for sanctions and other nonmilitary forms of discipline.', 'Article 21 in the U.N. Charter', 'allows for', 'sanctions and other nonmilitary forms of discipline'],
    ['He was accused of violating D.C. conduct standards that prohibit lawyers from representing such cases.', 'D.C. conduct standards', 'prohibit', 'lawyers from representing such cases'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['It should be allowed to expire on September 30th.'],
    ['A provision that would allow them to deduct the cost was dropped.'],
    ['State law requires a different registration for charities.'],
    ['The tax breaks allowed him to rebound.'],
  ])('reads no rule where there is none: %s', (text) => {
    expect(read(text).filter((a) => /allow|permit|requir/.test(a.cue.text))).toEqual([]);
  });
});
