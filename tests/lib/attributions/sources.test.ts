import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

/** Source noun phrases as the corpus draws them. */
const triples = (text: string): [string | undefined, string, string][] =>
  readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('a relative clause with no subject of its own belongs to the source', () => {
  it.each([
    ['A 2014 study that appeared in the British Medical Journal found that half of his advice was wrong.', 'A 2014 study that appeared in the British Medical Journal', 'found', 'that half of his advice was wrong'],
    ["Surety companies that had insured Patriot's obligations agreed to release millions in cash.", "Surety companies that had insured Patriot's obligations", 'agreed', 'to release millions in cash'],
    ['Officials who were briefed on the matter said it was over.', 'Officials who were briefed on the matter', 'said', 'it was over'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it('leaves a "that" clause with its own subject alone', () => {
    expect(triples('He said that officials found 18 bodies.')).toEqual([['He', 'said', 'that officials found 18 bodies']]);
  });
});

describe('names joined before the cue', () => {
  it.each([
    ['After a telling side-by-side, one Twitter user @nycsouthpaw pointed out that the gap is vast.', 'one Twitter user @nycsouthpaw', 'pointed out', 'that the gap is vast'],
    ['My siblings and I understood this because we were victims too.', 'My siblings and I', 'understood', 'this because we were victims too'],
    ["Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.", 'Johnnie Wilson, of Springfield, Va.,', 'said', 'he had fought in Vietnam'],
    ["John Dickey, the chief executive of Ora Media -- the production company that owns the programming -- told me it was a content deal.", 'John Dickey, the chief executive of Ora Media -- the production company that owns the programming --', 'told', 'it was a content deal'],
    ['Jon Tester (D-Mont.) and David Vitter (R-La.) said the bank had failed.', 'Jon Tester (D-Mont.) and David Vitter (R-La.)', 'said', 'the bank had failed'],
    ['In the meeting, the United States, Britain and France said the test was a provocation.', 'the United States, Britain and France', 'said', 'the test was a provocation'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['Overall, the fund predicted that growth would slow.', 'the fund'],
    ['On Monday, the ministry said 18 people died.', 'the ministry'],
    ['In a meeting with the board he said it was over.', 'he'],
    // An adverb left before the cue once a time phrase is dropped is not the name's.
    ['Wells Fargo just this month announced it would get rid of these incentives.', 'Wells Fargo'],
    ['On September 27 they published the results of their check.', 'they'],
    // The pronoun is what is said; the speaker follows it.
    ['We don\'t care. Everything Trump says is a lie unless proven otherwise.', 'Trump'],
    ['In a Bloomberg interview Trump declared that NATO may be obsolete.', 'Trump'],
  ])('keeps an opening adverbial out: %s', (text, source) => {
    expect(triples(text)[0]?.[0]).toBe(source);
  });
});

describe('a relative clause after a name and its apposition', () => {
  it.each([
    ['Michael Mulgrew, president of the United Federation of Teachers, which represents New York City educators, said he hopes the day sends a message.', 'Michael Mulgrew, president of the United Federation of Teachers,', 'said', 'he hopes the day sends a message'],
    // After an age the clause still describes the person.
    ['Schiff, 56, who has served on the Intelligence Committee for a decade, said the hacking is clear.', 'Schiff, 56, who has served on the Intelligence Committee for a decade,', 'said', 'the hacking is clear'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});

describe('an "including" segment after the subject', () => {
  it.each([
    ['Other major unions, including the American Federation of Teachers and the AFL-CIO, have also endorsed Clinton in the race.', 'Other major unions, including the American Federation of Teachers and the AFL-CIO,', 'have also endorsed', 'Clinton in the race'],
    ['Proponents, including the United States Conference of Mayors, have urged Congress to leave the program intact.', 'Proponents, including the United States Conference of Mayors,', 'have urged', 'Congress to leave the program intact'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});

describe('a segment with a verb of its own is no apposition', () => {
  it('reads the speaker after the cue', () => {
    const text = 'Trump would expand the standard deduction they take, but for some, the losses would outstrip the gains, said Batchelder.';
    expect(triples(text)).toContainEqual(['Batchelder', 'said', 'Trump would expand the standard deduction they take, but for some, the losses would outstrip the gains']);
  });
});

describe('an opening adverbial that starts with a time', () => {
  it('leaves the speaker at its end, not the year inside it', () => {
    const text = 'In a March 2016 meeting with the editorial board of the Washington Post Trump said that U.S. involvement in NATO may need to be rethought.';
    expect(triples(text)[0]?.[0]).toMatch(/Trump$/);
  });
});
