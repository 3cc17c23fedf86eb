import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

/** Subjects before present-tense verbs, read through the whole attribution step. */
const triples = (text: string): [string | undefined, string, string][] =>
  readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('a plural subject set off by a comma, then a base-form verb of saying', () => {
  it.each([
    ['Language unclear on whether single mothers are covered, experts say.', 'experts', 'say', 'Language unclear on whether single mothers are covered'],
    ["Donald Trump's new proposal is vague about who would be eligible, labor-policy experts say, including a provision.", 'labor-policy experts', 'say', "Donald Trump's new proposal is vague about who would be eligible"],
    ['The plan would cost far more than promised, economists warn.', 'economists', 'warn', 'The plan would cost far more than promised'],
    ['In recent days, advisers to Mr. Obama say, the president has grown exasperated.', 'advisers to Mr. Obama', 'say', 'In recent days, advisers to Mr. Obama say, the president has grown exasperated'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['The rules are clear, as the laws say.'],
    ['Voters will have their say.'],
    ['The deal was signed, Obama say.'],
  ])('finds no such frame in %s', (text) => {
    expect(triples(text).map(([, cue]) => cue)).not.toContain('say');
  });
});

describe('a clause that lost its "that": subject, verb of saying, then an auxiliary', () => {
  it.each([
    ['Crews worked in what officials fear could prove the deadliest building collapse.', 'officials', 'fear', 'could prove the deadliest building collapse'],
    ['It was a scheme which experts say would fail within a year.', 'experts', 'say', 'would fail within a year'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it('reads the content after a name in "Everything Trump says is a lie."', () => {
    expect(triples('Everything Trump says is a lie.').map(([, cue, content]) => [cue, content])).toEqual([['says', 'is a lie']]);
  });

  it.each([
    ['Health worries have dogged Hillary Clinton.'],
    ['Their hopes were dashed by the vote.'],
  ])('finds no attribution in %s', (text) => {
    expect(triples(text)).toEqual([]);
  });
});
