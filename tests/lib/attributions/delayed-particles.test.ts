import { describe, expect, it } from 'vitest';
import { read } from './read';

/** Talking verbs reaching their topic over a short setting; verbs read by their infinitive or particle. */
describe('talking topics and present verbs before "to" or a particle', () => {
  it.each([
    // The topic comes past a manner, a place, an occasion or an audience: the cue runs to "about"/"of".
    ['Lynch speaks more frequently in public about racial issues than gender ones.', 'Lynch', 'speaks more frequently in public about', 'racial issues than gender ones'],
    ['Activist Angela Davis talks to DuVernay about the issue of mass incarceration.', 'Activist Angela Davis', 'talks to DuVernay about', 'the issue of mass incarceration'],
    ['Mr. Obama spoke emotionally of his many flights on Marine One.', 'Mr. Obama', 'spoke emotionally of', 'his many flights on Marine One'],
    ['Mr. Obama spoke during his speech of a stone slaver\'s block on exhibit.', 'Mr. Obama', 'spoke during his speech of', 'a stone slaver\'s block on exhibit'],
    // A singular noun before a verb with its own particle is the verb's subject.
    ['Former DNC chairman calls for Clinton contingency plan.', 'Former DNC chairman', 'calls for', 'Clinton contingency plan'],
    // A mostly-noun present form before an infinitive is a verb.
    ['House panel votes to hold Clinton tech aide Bryan Pagliano in contempt.', 'House panel', 'votes', 'to hold Clinton tech aide Bryan Pagliano in contempt'],
    ['The group aims to rely less on U.S. support.', 'The group', 'aims', 'to rely less on U.S. support'],
    // A present verb after ", and" or ", yet" shares the clause's subject.
    ['He proposes doing away with the mandate, and plans to reduce the cost of insurance.', 'He', 'plans', 'to reduce the cost of insurance'],
    ['Trump demands accountability from our president, yet refuses to release his tax records.', 'Trump', 'refuses', 'to release his tax records'],
  ])('%s', (text, source, cue, content) => {
    const found = read(text);
    expect(found.map((a) => [a.source?.text, a.cue.text, a.content.text])).toContainEqual([source, cue, content]);
  });

  it.each([
    // A measure, a stranded audience, a figure's "points to": no attribution.
    'She spoke for about an hour.',
    'Several people Republicans have tried to talk to about the matter have refused.',
    'It edged up its forecast by 0.1 percentage points to 4.2 percent.',
  ])('%s: none', (text) => {
    expect(read(text)).toHaveLength(0);
  });
});
