import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

/** Cue words in senses that report nothing (PolNeAR develop-half false positives), and their reporting senses kept. */
const cues = (text: string): string[] => readAttributions(text, segmentSentences(text, 'en'), []).map((a) => a.cue.text);

describe('senses of cue words that report nothing', () => {
  it.each([
    // acts, not words
    ['The U.S. Department of Justice is investigating the shooting.', []],
    ['He has been investigated by Congress for fraudulently promoting weight loss pills.', []],
    ['Suu Kyi personally invited him to visit her in Japan.', []],
    // weighing an option is no opinion
    ['You could save a bit more or consider a gap year between high school and college.', []],
    ['He would have to consider Rep. Don Beyer, a former lieutenant governor.', []],
    ['Regulators might stop to consider whether the deal was fair.', ['might stop to consider']],
    // a state compared, not a belief
    ['There are still some people who feel that way.', []],
    ['Many Mexicans felt betrayed when Mr. Pena Nieto invited Mr. Trump.', ['felt']],
    ['They feel that the deal was unfair.', ['feel']],
    // keeping a thing up is no claim
    ['The George W. Bush Presidential Center in Dallas maintains a program to develop young leaders.', []],
    ['Her lawyer maintains that she did nothing wrong.', ['maintains']],
    ['“I did nothing wrong,” he maintained.', ['maintained']],
    // a noun after an article or an adjective
    ['There is a gap between behavior that can be proved beyond a reasonable doubt and what most people would call fair.', ['would call']],
    ['It only protected them from any criminal charges that might have arisen.', []],
    ['Some believe the high level of priority will pay off.', ['believe']],
    ['One West Virginia official said the deal was done.', ['said']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it('never takes a verb phrase cut out of a clause as the source', () => {
    // The passive of naming is read as such ("has been called", content "He"); no frame may take
    // "called a charlatan by fellow physicians for" as its source.
    const text = 'He has been called a charlatan by fellow physicians for promoting quack cures.';
    const found = readAttributions(text, segmentSentences(text, 'en'), []);
    expect(found.map((a) => a.cue.text)).toEqual(['has been called']);
    expect(found.every((a) => !/called/.test(a.source?.text ?? ''))).toBe(true);
  });

  it.each([
    ['The migrants came into Europe last year, fueling worries from Paris to Prague that the borderless zone was at risk.', 'worries'],
    ['Washington backed out.', null],
  ])('a one-word source that names no one is left unknown, and "backed out" reports nothing: %s', (text, cue) => {
    const found = readAttributions(text, segmentSentences(text, 'en'), []);
    if (cue === null) return expect(found).toEqual([]);
    const hit = found.find((a) => a.cue.text === cue);
    if (hit) expect(hit.source?.text ?? null).not.toBe('fueling');
  });
});

describe('a participle that says which people a toll counts', () => {
  it.each([
    ['The number of people reported killed by the storm has risen sharply.', 0],
    ['There were 12 people reported missing after the flood.', 0],
    ['Twelve people were reported missing after the flood.', 1],
  ])('%s -> %d attributions', (text, count) => {
    expect(readAttributions(text, segmentSentences(text, 'en'), [])).toHaveLength(count);
  });
});
