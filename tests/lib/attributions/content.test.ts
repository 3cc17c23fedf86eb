import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

/** Content spans as the corpus draws them around a cue set inside the words. */
const triples = (text: string): [string | undefined, string, string][] =>
  readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('a quotation broken by its cue runs from its first part to the end of the second', () => {
  it.each([
    ['"My hope," he said, "is that maybe as ex-president I can have a little more influence."', 'he', 'said', '"My hope," he said, "is that maybe as ex-president I can have a little more influence."'],
    ['“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”', 'the ad’s narrator', 'says', '“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”'],
    ["''Hopefully,'' the president said, ''this museum can help us talk to each other.''", 'the president', 'said', "''Hopefully,'' the president said, ''this museum can help us talk to each other.''"],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it('keeps a whole quoted sentence before the cue out of the next one', () => {
    expect(triples('“It was over.” He said, “We go home.”')).toContainEqual(['He', 'said', '“We go home.”']);
  });
});

describe('a reporting clause inside the sentence', () => {
  it.each([
    // A first part too short to stand alone takes the words after the clause.
    ["African-Americans, he said, can ''rock like Jimi'' and ''stir the pot like Richard Pryor.''", 'he', 'said', "African-Americans, he said, can ''rock like Jimi'' and ''stir the pot like Richard Pryor.''"],
    // The content after the cue opens with a verb: the subject is before the clause.
    ["Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes.", "one of Mr. Obama's climate advisers", 'pointed out', "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes"],
    // A first part that stands alone is the content the corpus marks first.
    ['The museum, Mr. Obama said, would make visitors face uncomfortable truths.', 'Mr. Obama', 'said', 'The museum'],
    ['Prices rose, he said, and wages fell.', 'he', 'said', 'Prices rose'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});

describe('a cue before a quotation and a post-posed clause after it', () => {
  it('keeps both frames, the first running through the quotation', () => {
    const text = 'DuVernay said she felt the 13th Amendment was worth examining because “most people don’t know about that loop-hole,” she said.';
    expect(triples(text)).toEqual([
      ['DuVernay', 'said', 'she felt the 13th Amendment was worth examining because “most people don’t know about that loop-hole,”'],
      ['she', 'said', '“most people don’t know about that loop-hole,”'],
    ]);
  });
});

describe('an addressee before a colon and a quotation', () => {
  it.each([
    ['Sen. Claire McCaskill scolded him: “The scientific community is almost monolithic against you.”', 'Sen. Claire McCaskill', 'scolded', '“The scientific community is almost monolithic against you.”'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});

describe('a day with a possessive opens the content', () => {
  it.each([
    ['President Obama condemned Friday\'s test as "provocative and destabilizing."', 'President Obama', 'condemned', 'Friday\'s test as "provocative and destabilizing."'],
    ['Officials praised Thursday’s protests for being largely peaceful and calm.', 'Officials', 'praised', 'Thursday’s protests for being largely peaceful and calm'],
    ['He said Friday that it was over.', 'He', 'said Friday', 'that it was over'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});

describe('a letter or a statement that carries the words', () => {
  it.each([
    ['The Security Council issued a statement calling the overnight nuclear test "a clear violation" of previous resolutions.', 'The Security Council', 'issued', 'the overnight nuclear test "a clear violation" of previous resolutions'],
    ['He released a letter from his doctor Friday afternoon that says he has “extraordinarily good health” for a 63-year-old.', 'He', 'released', 'he has “extraordinarily good health” for a 63-year-old'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it('keeps a letter that carries nothing as the content', () => {
    expect(triples('The ministry released a letter from the mayor.')).toContainEqual(['The ministry', 'released', 'a letter from the mayor']);
  });
});

describe('a cue after a quotation, with a setting after the cue', () => {
  it.each([
    ['“It’s finished,” she said of the 2016 presidential election, in which she was sure Trump would triumph.', 'she', 'said', '“It’s finished,”'],
    ['"My name may not be on the ballot, but our progress is on the ballot," Mr. Obama said at the Congressional Black Caucus Foundation gala dinner in Washington.', 'Mr. Obama', 'said', '"My name may not be on the ballot, but our progress is on the ballot,"'],
    ["''Their strategy is very clear,'' Michael McFaul, a former ambassador to Russia, said of RT.", 'Michael McFaul, a former ambassador to Russia,', 'said', "''Their strategy is very clear,''"],
    ['"God forbid we ask the FBI anything," Gowdy said sarcastically.', 'Gowdy', 'said sarcastically', '"God forbid we ask the FBI anything,"'],
    ['“It never crossed my mind that I’m losing it,” she said several months after her release.', 'she', 'said', '“It never crossed my mind that I’m losing it,”'],
    ['"Let everyone know that Europe must be able to defend itself," said French President Francois Hollande as he entered the talks.', 'French President Francois Hollande', 'said', '"Let everyone know that Europe must be able to defend itself,"'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it('reads a setting before "that" as before', () => {
    expect(triples('He said at a briefing that it was over.')).toEqual([['He', 'said', 'that it was over']]);
  });
});

describe('a connective opening the sentence stays out of the content before a cue', () => {
  it.each([
    ['However, slower growth in developed nations is being offset by emerging economies, the IMF said.', 'slower growth in developed nations is being offset by emerging economies'],
    ['In addition, the campaign plans to release more records soon, the spokesman said.', 'the campaign plans to release more records soon'],
    // Without its comma "however" is a degree, and part of the words.
    ['However laudable the goal, the tax is a misguided approach, Mr. Burman said.', 'However laudable the goal, the tax is a misguided approach'],
    ['But the mayor will seek a second term, aides said.', 'But the mayor will seek a second term'],
  ])('%s', (text, content) => {
    expect(triples(text).map((t) => t[2])).toContain(content);
  });
});
