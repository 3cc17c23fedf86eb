import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

const triples = (text: string): [string | undefined, string, string][] =>
  readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('a capitalised modal in a name or a date is no auxiliary of the cue', () => {
  it.each([
    ['Theresa May said the deal was dead.', 'Theresa May', 'said'],
    ['Prime Minister Theresa May has said the deal was dead.', 'Prime Minister Theresa May', 'has said'],
    ['The ministry in May said the deal was dead.', 'The ministry', 'said'],
    ['The ministry may say the deal is dead.', 'The ministry', 'may say'],
  ])('%s', (text, source, cue) => {
    expect(triples(text).map(([s, c]) => [s, c])).toContainEqual([source, cue]);
  });
});

describe('"from saying" keeps the clause\'s speaker, unless the saying was held back', () => {
  it.each([
    ['He refuses to discuss appointees, aside from saying he wants a diverse delegation.', 'He', 'saying', 'he wants a diverse delegation'],
    ['He responded by saying that the deal was dead.', 'He', 'saying', 'that the deal was dead'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});

describe('a weak verb of voice reports the quotation closed right before its speaker', () => {
  it.each([
    ['"Did you shoot him? He better not be dead," she yells.', 'she', 'yells', '"Did you shoot him? He better not be dead,"'],
    ['“Maybe I can, by speaking directly to white people,” she continued. “We must act.”', 'she', 'continued', '“Maybe I can, by speaking directly to white people,”'],
    ['“Promise mama you’ll keep your hands in sight,” Blige sings.', 'Blige', 'sings', '“Promise mama you’ll keep your hands in sight,”'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['They continued the talks.'],
    ['The crowd yells and the band sings.'],
  ])('finds no attribution in %s', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('a verb mostly used as a noun is a verb after its subject and an adverb', () => {
  it.each([
    ['The ad then references FBI criticism of Clinton’s use of a private email system.', 'The ad', 'then references', 'FBI criticism of Clinton’s use of a private email system'],
    ['The state also lists 40 deaths.', 'The state', 'also lists', '40 deaths'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['The references were checked.'],
    ['Their views differ.'],
  ])('finds no attribution in %s', (text) => {
    expect(triples(text)).toEqual([]);
  });
});
