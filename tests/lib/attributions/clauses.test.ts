import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

/** A linked participle (", saying ...") with no frame before it speaks for the clause's subject. */
const triples = (text: string): [string | undefined, string, string][] =>
  readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('the subject a linked participle speaks for', () => {
  it.each([
    ["The New York Times and the Gannett newspaper chain filed a motion to unseal the records, arguing the move was needed to contribute to public debate.", 'The New York Times and the Gannett newspaper chain', 'arguing', 'the move was needed to contribute to public debate'],
    ['Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would “never” diagnose someone through television.', 'Dean, a medical doctor,', 'saying', 'he would “never” diagnose someone through television'],
    ['In 2015, several environmental groups granted Mr. Clarke an extension, saying his "start-up capital was less than expected."', 'several environmental groups', 'saying', 'his "start-up capital was less than expected."'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});

describe('a reporting clause closing the sentence', () => {
  it.each([
    ['It also does not answer whether Scott had a gun, as police have said.', 'police', 'have said', 'It also does not answer whether Scott had a gun'],
    ['“The impact of the debate is still small,” wrote Cameron Easley for Morning Consult.', 'Cameron Easley for Morning Consult', 'wrote', '“The impact of the debate is still small,”'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it('leaves an "as" clause inside the sentence alone', () => {
    expect(triples("If, as I've suggested, he and other developers benefit from the rules, he should say so.").some(([, cue, content]) => cue === "'ve suggested" && content.startsWith('If'))).toBe(false);
  });
});

describe('a dateline before the subject', () => {
  it('starts the source after the dash', () => {
    const text = 'WASHINGTON -- President Obama, dedicating the National Museum of African American History and Culture on Saturday, said it would tell an American story.';
    expect(triples(text)).toContainEqual(['President Obama', 'said', 'it would tell an American story']);
  });
});

describe('pastSetting: a setting before a parenthetical frame takes the clause after it', () => {
  const read = (text: string) => readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.cue.text, a.content.text]);
  it.each([
    ['On Tuesday, officials said, the toll rose to 40.', 'said', 'On Tuesday, officials said, the toll rose to 40'],
    ['The toll rose to 40, officials said, and more were missing.', 'said', 'The toll rose to 40'],
    ['In the city where he was born, officials said, the toll rose.', 'said', 'In the city where he was born'],
  ])('%s', (text, cue, content) => {
    expect(read(text)).toContainEqual([cue, content]);
  });
});

describe('a closing phrase naming whom the speaker cites ends the clause', () => {
  const read = (text: string) => readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text, a.content.text]);
  it.each([
    ["The Beirut port blast has now claimed 158 lives, Al Arabiya television reported on Saturday with reference to Lebanon's Health Ministry.", 'Al Arabiya television', 'reported', 'The Beirut port blast has now claimed 158 lives'],
    ['At least 40 people died, the agency reported, citing local officials.', 'the agency', 'reported', 'At least 40 people died'],
    ['At least 40 people died, the agency reported citing local officials.', 'the agency', 'reported', 'At least 40 people died'],
  ])('%s', (text, source, cue, content) => {
    expect(read(text)).toContainEqual([source, cue, content]);
  });
});

describe('", saying" speaks for the subject the sentence opens with', () => {
  it.each([
    ['In August, several environmental groups granted Mr. Clarke an extension on a court order, saying his "start-up capital was less than expected."', 'several environmental groups', 'saying', 'his "start-up capital was less than expected."'],
    ['The groups granted Mr. Clarke an extension, saying that his capital was less than expected.', 'The groups', 'saying', 'that his capital was less than expected'],
    ['Last year, the groups granted Mr. Clarke an extension, saying his capital was less than expected.', 'the groups', 'saying', 'his capital was less than expected'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});
