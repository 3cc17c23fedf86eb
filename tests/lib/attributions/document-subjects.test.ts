import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/**
 * Documents, studies and ads whose subject runs long before the verb (a participle phrase, a
 * dashed aside, "not only"). Each row is a sentence that was missed, with the source, cue and
 * content the corpus draws (the source may stop before an aside the corpus keeps).
 */

describe('documents as the subject of a verb of showing', () => {
  it.each([
    ['But a 46-page suicide analysis released by the Department of Veterans Affairs last month reveals just how swift this current is flowing.', 'a 46-page suicide analysis released by the Department of Veterans Affairs last month', 'reveals', 'just how swift this current is flowing'],
    ['The transcript of the debate–published by The Washington Post–shows that Clinton talked about criminal justice reform.', 'The transcript of the debate', 'shows', 'that Clinton talked about criminal justice reform'],
    ['A Government Accountability Office report released last year found that the agency could not be sure.', 'A Government Accountability Office report released last year', 'found', 'that the agency could not be sure'],
    ['An exhaustive study being released on Tuesday by a group of researchers shows in detail how companies have sheltered profits.', 'An exhaustive study being released on Tuesday by a group of researchers', 'shows in detail', 'how companies have sheltered profits'],
    ['The film ― which weaves together the voices of historians ― explains America’s historical treatment of black people.', 'The film', 'explains', 'America’s historical treatment of black people'],
    ['The research not only documented faster increases in temperatures.', 'The research', 'documented', 'faster increases in temperatures'],
    ['A web video by the Republican National Committee references four cases in which Kaine defended people.', 'A web video by the Republican National Committee', 'references', 'four cases in which Kaine defended people'],
    ['The gap grew after leaked documents from his 1995 tax return show he took a massive loss.', 'leaked documents from his 1995 tax return', 'show', 'he took a massive loss'],
    ["A document on the Trump campaign's website states that same-sex couples would receive the leave.", "A document on the Trump campaign's website", 'states', 'that same-sex couples would receive the leave'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['The report released last year cost the agency $2 million.'],
    ['The video by the campaign features a dog.'],
  ])('reads nothing where the document only does: %s', (text) => {
    expect(read(text).filter((a) => /features|cost/.test(a.cue.text))).toEqual([]);
  });

  it('leaves a document inside what someone else reports to them', () => {
    const text = 'Local media have reported that an engineering review in 2018 identified damage to the pool deck.';
    expect(triples(text)).toEqual([['Local media', 'have reported', 'that an engineering review in 2018 identified damage to the pool deck']]);
  });
});
