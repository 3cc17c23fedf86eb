import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';
import type { Attribution } from '../../../lib/model';

/**
 * Acts of office as attributions: what a government, council or legislature imposes, enacts,
 * repeals, abolishes, appoints or overrides is its stance, as the corpus reads it. Each row is a
 * sentence that was missed, with the source, cue and content the corpus draws.
 */
const read = (text: string): Attribution[] => readAttributions(text, segmentSentences(text, 'en'), []);
const triples = (text: string): [string | undefined, string, string][] => read(text).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('acts of office', () => {
  it.each([
    ['He enacted rules to cut planet-heating emissions across much of the economy.', 'He', 'enacted', 'rules to cut planet-heating emissions across much of the economy'],
    ['The Security Council has imposed sanctions on individual terrorists, freezing their assets.', 'The Security Council', 'has imposed', 'sanctions on individual terrorists'],
    ['Of the judges, six were appointed by Democratic presidents.', 'Democratic presidents', 'were appointed', 'six'],
    ['He did appoint several women to key posts.', 'He', 'did appoint', 'several women to key posts'],
    ['It was the 13th Amendment, which abolished slavery.', 'which', 'abolished', 'slavery'],
    ['Congress would have successfully overridden an Obama veto.', 'Congress', 'would have successfully overridden', 'an Obama veto'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['Veto Power Impedes Peace Efforts.'],
    ['The council has a veto over new members.'],
  ])('reads no act where there is none: %s', (text) => {
    expect(read(text).filter((a) => /veto/i.test(a.cue.text))).toEqual([]);
  });
});
