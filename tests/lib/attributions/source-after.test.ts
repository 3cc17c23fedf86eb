import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

/** Sources after their cue (inverted, "according to"), as the corpus draws them. */
const triples = (text: string): [string | undefined, string, string][] =>
  readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('the source after a cue', () => {
  it.each([
    // A time phrase after a participle is inside the name.
    ['Mrs. Clinton now holds a gaping advantage among black voters, according to a New York Times/CBS News poll released last week.', 'a New York Times/CBS News poll released last week', 'according to', 'Mrs. Clinton now holds a gaping advantage among black voters'],
    // An aside after the comma is no apposition.
    ['The top 1 percent would see their incomes go up by 19.9 percent, according to the Tax Foundation, more than twice what it projected for the middle.', 'the Tax Foundation', 'according to', 'The top 1 percent would see their incomes go up by 19.9 percent'],
    ['“The exact cause has not been determined,” said O\'Neill, on what was his first full day on the job.', "O'Neill", 'said', '“The exact cause has not been determined,”'],
    ["However laudable the goal, using the tax ''is a misguided approach,'' said Mr. Burman (a view echoed by everyone I interviewed).", 'Mr. Burman', 'said', "However laudable the goal, using the tax ''is a misguided approach,''"],
    ['“There was no basis for any prosecution,” said Rep. Elijah Cummings, the top Democrat on the Oversight Committee, in a statement.', 'Rep. Elijah Cummings, the top Democrat on the Oversight Committee,', 'said', '“There was no basis for any prosecution,”'],
    // An apposition is kept.
    ['“It was a spectacular deal,” said Patrick McGinley, a law professor at West Virginia University.', 'Patrick McGinley, a law professor at West Virginia University', 'said', '“It was a spectacular deal,”'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});
