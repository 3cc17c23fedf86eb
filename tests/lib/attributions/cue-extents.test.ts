import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/** How far a cue reaches: adverbs, times, stance nouns and verbs after it; votes and "went on to". */

describe('an adverb after the verb, before a break, belongs to the cue', () => {
  it.each([
    ['“Great job,” he said sarcastically.', 'said sarcastically'],
    ['Trump said then, “Anyone who cannot name our enemy is not fit to lead.”', 'said then'],
    ['Small businesses complain bitterly that taxes are too high.', 'complain bitterly'],
  ])('%s', (text, cue) => {
    expect(read(text).map((a) => a.cue.text)).toContain(cue);
  });

  it('leaves an adverb of the content out: "has also called for immediately deducting"', () => {
    expect(read('Trump has also called for immediately deducting capital investments.').map((a) => a.cue.text)).toEqual(['has also called for']);
  });
});

describe('a bare time between the verb and its "that" or preposition belongs to the cue', () => {
  it.each([
    ['Homeland Security Secretary Jeh Johnson said Friday that hackers have targeted the registries.', 'said Friday'],
    ['The IMF announced Tuesday that it is lowering its forecast.', 'announced Tuesday'],
    ['Other officials weighed in Friday about whether the video should be released.', 'weighed in Friday about'],
    ['Clinton called Friday for releasing the police videos.', 'called Friday for'],
  ])('%s', (text, cue) => {
    expect(read(text).map((a) => a.cue.text)).toContain(cue);
  });

  it.each([
    ['The senator said on Tuesday that the workers make too little.', 'said'],
    ['“It is over,” the senator said Friday.', 'said'],
    ['Officials praised Thursday’s protests for being largely peaceful.', 'praised'],
  ])('leaves it out after a preposition, at the end or as a possessive: %s', (text, cue) => {
    expect(read(text).map((a) => a.cue.text)).toContain(cue);
  });
});

describe('verbs that need words or a clause, not an audience or a thing', () => {
  it.each([
    ['Clinton communications director Jennifer Palmieri spoke to reporters Friday after the tweets.'],
    ['A few weeks earlier, Scott was speaking to the Virginia delegation at the convention.'],
    ['That candidate would assume office in January 2017.'],
    ['She knows the gritty specifics of health care policy.'],
    ['She knows nothing, but the mouth never stops.'],
  ])('reads no cue: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['Angela Davis spoke to DuVernay about the issue of mass incarceration.', 'spoke to DuVernay about'],
    ['Speaking to ANI, Jena said the Railways had put the number of deaths at 288.', 'Speaking to'],
    ['I knew this hatred and foul talk were wrong.', 'knew'],
    ['She knows that LeBron will always be the king.', 'knows'],
  ])('keeps the cue with a topic, a clause or an opening: %s', (text, cue) => {
    expect(read(text).map((a) => a.cue.text)).toContain(cue);
  });
});

describe('new frames stay linear on hostile input', () => {
  it.each([
    ['credit dashes on one long line', '“a” ― B '.repeat(20000)],
    ['polls without end', 'in the poll in the poll '.repeat(20000)],
    ['polls in a clause without end', 'Trump fell in the poll '.repeat(20000)],
    // Many cue groups in one sentence cost frames.ts a pass over the earlier ones each: kept to a size it bears.
    ['light verbs without end', 'made it clear made the case went after Trump '.repeat(2000)],
  ])('%s', (_name, text) => {
    const started = performance.now();
    expect(() => read(text)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('votes as stances', () => {
  it.each([
    ['He promptly voted against President Bill Clinton’s crime bill.', 'He', 'promptly voted against', 'President Bill Clinton’s crime bill'],
    ['A House panel voted Thursday to hold Bryan Pagliano in contempt of Congress.', 'A House panel', 'voted', 'to hold Bryan Pagliano in contempt of Congress'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['Voting rights advocates have expressed deep concern about the policy.', 'Voting'],
    ['The vote was close.', 'vote'],
  ])('reads no vote in a noun: %s', (text, word) => {
    expect(read(text).some((a) => a.cue.text.startsWith(word))).toBe(false);
  });
});

describe('"went on to" carries the verb after it', () => {
  it.each([
    ['He went on to explain how the cuts left his hands tied.', 'He', 'went on to explain', 'how the cuts left his hands tied'],
    ['Clinton spoke for an hour, going on to say that the plan works.', 'Clinton', 'going on to say', 'that the plan works'],
    // A time between the verb of trying and its "to" is no "on to".
    ['Stumpf tried on Tuesday to make the case that the bank was sound.', 'Stumpf', 'tried on Tuesday to make the case', 'that the bank was sound'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});

describe('a stance noun put forward by the verb belongs to the cue', () => {
  it.each([
    ['Elections officials have expressed deep concern about the policy.', 'Elections officials', 'have expressed deep concern about', 'the policy'],
    ['Trump is raising questions about his microphone problems.', 'Trump', 'is raising questions about', 'his microphone problems'],
    ['The ministers unveiled a proposal for increased cooperation.', 'The ministers', 'unveiled a proposal for', 'increased cooperation'],
    ['Voters have expressed concern that the change could lead to fraud.', 'Voters', 'have expressed concern', 'that the change could lead to fraud'],
    // A verb of saying keeps its clause whole, stance nouns and all.
    ['Officials say they have several questions for the bureau.', 'Officials', 'say', 'they have several questions for the bureau'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});
